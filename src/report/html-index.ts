/** The index page: every story with its size, dates and outlets, linking to `stories/<id>.html`. */
import type { StoryReport } from '../model.ts';
import { pageStyle } from './html-assets.ts';
import { escapeHtml } from './escape.ts';
import { articleLabels, count } from './labels.ts';

function dateRange(report: StoryReport): string {
  const dates = report.articles.map((a) => a.publishedAt).filter((d): d is string => d !== null).sort();
  const first = dates[0];
  const last = dates[dates.length - 1];
  if (first === undefined || last === undefined) return 'undated';
  return first === last ? first : `${first} to ${last}`;
}

export function renderIndexHtml(reports: readonly StoryReport[]): string {
  const rows = reports.map((r) => {
    const outlets = [...new Set(articleLabels(r).values())].map(escapeHtml).join(', ');
    const lead = r.summary[0]?.text ?? '';
    return `<tr><td><a href="stories/${encodeURIComponent(r.id)}.html">${escapeHtml(r.title || r.id)}</a><div class="small">${escapeHtml(lead)}</div></td><td class="c">${r.articles.length}</td><td class="small">${escapeHtml(dateRange(r))}</td><td class="small">${outlets}</td></tr>`;
  });
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>newsprism: ${reports.length} stories</title>
<style>${pageStyle}</style>
</head>
<body>
<header><h1>Stories</h1><p class="meta">${count(reports.length, 'story', 'stories')}, ${count(reports.reduce((n, r) => n + r.articles.length, 0), 'article', 'articles')}</p></header>
<main>
<table><thead><tr><th>Story</th><th>Articles</th><th>Published</th><th>Outlets</th></tr></thead><tbody>${rows.join('')}</tbody></table>
</main>
</body>
</html>
`;
}
