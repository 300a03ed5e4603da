import type { ReportArticle, StoryReport } from '../model.ts';

/** How a report names an article to a reader: its outlet, else its id; numbered when outlets repeat. */
export function articleLabels(report: StoryReport): Map<string, string> {
  const base = (a: ReportArticle): string => a.source ?? a.id;
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
