/** A story report as Markdown: the brief with citations, quotes, timeline, discrepancies, coverage, facts. */
import type { Evidence, StoryReport } from '../model.ts';
import { articleLabels, reportsLine } from './labels.ts';

/** Markdown-significant characters in input text are escaped so that it prints as written. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|#]/g, (c) => `\\${c}`).replace(/\s*\n\s*/g, ' ');
}

/** A code span that holds any text: the fence is longer than any run of backticks inside. */
export function codeSpan(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${longest > 0 ? ' ' : ''}${text.replace(/\s*\n\s*/g, ' ')}${longest > 0 ? ' ' : ''}${fence}`;
}

function cite(evidence: readonly Evidence[], labels: ReadonlyMap<string, string>): string {
  const names = [...new Set(evidence.map((e) => labels.get(e.article) ?? e.article))];
  return names.length === 0 ? '' : ` [${names.map(escapeMarkdown).join('; ')}]`;
}

function articlesLine(ids: readonly string[], labels: ReadonlyMap<string, string>): string {
  return ids.map((id) => escapeMarkdown(labels.get(id) ?? id)).join(', ');
}

function section(title: string, lines: readonly string[]): string[] {
  return lines.length === 0 ? [] : [`## ${title}`, '', ...lines, ''];
}

export function renderMarkdown(report: StoryReport): string {
  const labels = articleLabels(report);
  const factText = new Map(report.facts.map((f) => [f.id, f.text]));
  const lines = [
    `# ${escapeMarkdown(report.title)}`,
    '',
    `Story \`${report.id}\`: ${reportsLine(report)}, ${report.facts.length} facts, ${report.quotes.length} quotes.`,
    '',
    ...section(
      'Brief',
      report.summary.map((s) => `- ${escapeMarkdown(s.text)}${cite(s.citations, labels)}`),
    ),
    ...section(
      'Articles',
      report.articles.map(
        (a) =>
          `- **${escapeMarkdown(labels.get(a.id) ?? a.id)}**: ${escapeMarkdown(a.title ?? '(no title)')}` +
          ` (${a.publishedAt ?? 'undated'}${a.duplicateOf === undefined ? '' : `, copy of ${escapeMarkdown(a.duplicateOf)}`}) ${codeSpan(a.path)}`,
      ),
    ),
    ...section(
      'Quotes',
      report.quotes.flatMap((q) => [
        `### ${escapeMarkdown(q.speaker ?? 'Unknown speaker')}: “${escapeMarkdown(q.text)}”`,
        '',
        ...q.variants.map((v) => `- ${escapeMarkdown(labels.get(v.article) ?? v.article)} (${v.match}): “${escapeMarkdown(v.text)}”`),
        '',
      ]),
    ),
    ...section(
      'Timeline',
      report.timeline.map((t) => `- **${t.date}** (${t.precision}): ${escapeMarkdown(t.text)} [${articlesLine(t.articles, labels)}]`),
    ),
    ...section(
      'Discrepancies',
      report.discrepancies.flatMap((d) => [
        `- **${d.kind}**: ${escapeMarkdown(d.about)}`,
        ...d.values.map((v) => `  - “${escapeMarkdown(v.value)}”: ${articlesLine(v.articles, labels)}`),
      ]),
    ),
    ...section(
      'Coverage',
      report.coverage.map(
        (c) =>
          `- **${escapeMarkdown(labels.get(c.article) ?? c.article)}**: ${c.unique.length} facts only it reports` +
          (c.omitted.length === 0 ? '' : `; leaves out: ${c.omitted.map((id) => `“${escapeMarkdown(factText.get(id) ?? id)}”`).join(' ')}`),
      ),
    ),
    ...section(
      'Facts',
      report.facts.map((f) => `- ${f.id} [${articlesLine(f.articles, labels)}]: ${escapeMarkdown(f.text)}`),
    ),
  ];
  return `${lines.join('\n').trimEnd()}\n`;
}
