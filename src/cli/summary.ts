import type { AnalyzeResult, StoreCounts, StoryExplanation, StoryReport } from '../index.ts';

const MAX_LISTED = 10;

function plural(n: number, word: string): string {
  const many = word.endsWith('y') ? `${word.slice(0, -1)}ies` : `${word}s`;
  return `${n} ${n === 1 ? word : many}`;
}

/** "3 named sources + 2 unknown": distinct outlet names, and articles whose outlet is unknown. */
function sourcesPhrase(sources: readonly (string | null)[]): string {
  const named = new Set(sources.filter((s) => s !== null)).size;
  const unknown = sources.filter((s) => s === null).length;
  if (named === 0) return unknown === 0 ? 'no sources' : `${plural(unknown, 'article')} of unknown outlet`;
  return `${plural(named, 'named source')}${unknown ? ` + ${unknown} unknown` : ''}`;
}

function storyLine(report: StoryReport): string {
  const independent = report.articles.filter((a) => a.duplicateOf === undefined).length;
  const days = report.articles.flatMap((a) => (a.publishedAt ? [a.publishedAt.slice(0, 10)] : [])).sort();
  const span = days.length === 0 ? 'undated' : days[0] === days[days.length - 1] ? days[0] : `${days[0]} to ${days[days.length - 1]}`;
  const title = report.title.length > 70 ? `${report.title.slice(0, 69)}…` : report.title;
  return `  ${report.id}  ${plural(report.articles.length, 'article')} (${independent} independent), ${sourcesPhrase(report.articles.map((a) => a.source))}, ${span}: ${title}`;
}

/** The one-screen summary printed at the end of `analyze`. */
export function analyzeSummary(result: AnalyzeResult, counts: StoreCounts, db: string, out: string): string {
  const touched = new Set(result.read);
  const reports = result.reports.filter((r) => r.articles.some((a) => touched.has(a.id)));
  const sources = result.articles.filter((a) => touched.has(a.id)).map((a) => a.meta.source?.value ?? null);
  const lines = [
    `newsprism: ${plural(result.read.length, 'article')} read (${result.added} new) in ${plural(reports.length, 'story')}; ` +
      `${sourcesPhrase(sources)}; ` +
      `${plural(result.rejected.length, 'rejected input')}` +
      (result.skipped.length ? `, ${plural(result.skipped.length, 'skipped file')}` : ''),
    ...reports.slice(0, MAX_LISTED).map(storyLine),
    ...(reports.length > MAX_LISTED ? [`  … and ${reports.length - MAX_LISTED} more (see the report index)`] : []),
    ...result.rejected.map((r) => `rejected: ${r.path}: ${r.reason}`),
    ...result.skipped.map((s) => `skipped: ${s.path}: ${s.reason}`),
    `report: ${out}/index.html`,
    `database: ${db} (${plural(counts.articles, 'article')}, ${plural(counts.stories, 'story')}, ${plural(counts.rejected, 'rejected input')})`,
  ];
  return lines.join('\n');
}

/** `stories explain` for a person: the story, the score, the shared terms, the closest articles. */
export function explainText(e: StoryExplanation): string {
  const lines = [`${e.paths[e.article] ?? e.article} is in story ${e.story.id} (${e.story.articles.length} article${e.story.articles.length === 1 ? '' : 's'})`];
  if (e.story.articles.length === 1) return `${lines[0]}: no other article reaches it.`;
  if (e.aged) return `${lines[0]}: it was published more than the grouping horizon before the newest article, so its terms are no longer held and it is not compared any more.`;
  if (e.agedMembers > 0) lines.push(`${e.agedMembers} earlier member${e.agedMembers === 1 ? '' : 's'} aged out (published more than the grouping horizon before the newest article): not compared`);
  if (e.agedMembers === e.story.articles.length - 1) return lines.join('\n');
  lines.push(`mean similarity with the others: ${e.score.toFixed(3)}`);
  lines.push(`shared terms: ${e.sharedTerms.map(termLabel).join(', ')}`);
  lines.push('closest:');
  for (const c of e.closest) lines.push(`  ${c.score.toFixed(3)}  ${e.paths[c.id] ?? c.id}`);
  return lines.join('\n');
}

const NAMESPACES: Readonly<Record<string, string>> = { 'w:': 'word', 'e:': 'name', 'n:': 'number' };

/** "e:lima" -> "lima (name)". */
function termLabel(term: string): string {
  const kind = NAMESPACES[term.slice(0, 2)];
  return kind === undefined ? term : `${term.slice(2)} (${kind})`;
}
