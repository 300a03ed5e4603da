import type { ReportArticle, StoryReport } from '../model.ts';

/** The file an article came from, without folders, extension or JSONL line: "002_b64f6b58". */
function fileLabel(path: string): string {
  const file = path.replace(/:\d+$/, '').split(/[\\/]/).pop() ?? path;
  const stem = file.replace(/\.[a-z0-9.]+$/i, '');
  return stem.length > 24 ? `${stem.slice(0, 23)}…` : stem;
}

/** "1 story", "3 stories". */
export function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** How a report names an article to a reader: its outlet, else its file; numbered when outlets repeat. */
export function articleLabels(report: StoryReport): Map<string, string> {
  const base = (a: ReportArticle): string => a.source ?? `${fileLabel(a.path) || a.id} (outlet unknown)`;
  const counts = new Map<string, number>();
  for (const a of report.articles) counts.set(base(a), (counts.get(base(a)) ?? 0) + 1);
  const seen = new Map<string, number>();
  return new Map(
    report.articles.map((a) => {
      const name = base(a);
      const n = (seen.get(name) ?? 0) + 1;
      seen.set(name, n);
      return [a.id, (counts.get(name) ?? 0) > 1 ? `${name} (${n})` : name];
    }),
  );
}

/** "5 articles, 4 independent reports": syndicated copies count once. */
export function reportsLine(report: StoryReport): string {
  const independent = report.articles.filter((a) => a.duplicateOf === undefined).length;
  return `${count(report.articles.length, 'article', 'articles')}, ${count(independent, 'independent report', 'independent reports')}`;
}
