/**
 * The story page: the brief with citations, facts by outlet, quote variants side by side, the
 * timeline, discrepancies with competing evidence, coverage, and every article's full text.
 * Self-contained (inline style and script); every string from input is escaped.
 */
import type { AnnotatedArticle, Evidence, Fact, Span, StoryReport } from '../model.ts';
import { articleTextHtml } from './html-article.ts';
import { pageScript, pageStyle } from './html-assets.ts';
import { escapeHtml } from './escape.ts';
import { articleLabels, reportsLine } from './labels.ts';

interface PageContext {
  readonly report: StoryReport;
  readonly labels: ReadonlyMap<string, string>;
  readonly indexOf: ReadonlyMap<string, number>;
}

/** `data-ev` value: "INDEX:START:END" per evidence span, the article by its index on the page. */
function evidenceRef(evidence: readonly Evidence[], ctx: PageContext): string {
  return evidence
    .filter((e) => ctx.indexOf.has(e.article))
    .map((e) => `${ctx.indexOf.get(e.article) ?? 0}:${e.start}:${e.end}`)
    .join(' ');
}

function label(article: string, ctx: PageContext): string {
  return escapeHtml(ctx.labels.get(article) ?? article);
}

/** One citation chip per article among the evidence, each highlighting that article's spans. */
function citations(evidence: readonly Evidence[], ctx: PageContext): string {
  const articles = [...new Set(evidence.map((e) => e.article))];
  return articles
    .map((a) => `<button type="button" class="cite" data-ev="${evidenceRef(evidence.filter((e) => e.article === a), ctx)}">${label(a, ctx)}</button>`)
    .join('');
}

function briefHtml(ctx: PageContext): string {
  const items = ctx.report.summary.map((s) => `<li>${escapeHtml(s.text)}${citations(s.citations, ctx)}</li>`);
  return `<section><h2>Brief</h2><ol class="brief">${items.join('')}</ol></section>`;
}

function factRow(f: Fact, ctx: PageContext): string {
  const cells = ctx.report.articles.map((a) => {
    const own = f.evidence.filter((e) => e.article === a.id);
    return own.length === 0
      ? '<td class="c"></td>'
      : `<td class="c"><button type="button" class="dot" title="${label(a.id, ctx)}" data-ev="${evidenceRef(own, ctx)}"></button></td>`;
  });
  return `<tr><td data-ev="${evidenceRef(f.evidence, ctx)}">${escapeHtml(f.text)}</td>${cells.join('')}</tr>`;
}

/** Facts several outlets report, in a matrix; those only one reports folded below it. */
function factsHtml(ctx: PageContext): string {
  const { report } = ctx;
  const head = `<thead><tr><th>Fact</th>${report.articles.map((a) => `<th>${label(a.id, ctx)}</th>`).join('')}</tr></thead>`;
  const shared = report.facts.filter((f) => f.articles.length > 1);
  const single = report.facts.filter((f) => f.articles.length <= 1);
  const table = (facts: readonly Fact[]) => `<table>${head}<tbody>${facts.map((f) => factRow(f, ctx)).join('')}</tbody></table>`;
  const folded =
    single.length === 0
      ? ''
      : `<details><summary>Reported by one outlet only (${single.length})</summary>${table(single)}</details>`;
  return `<section><h2>Facts by outlet</h2><p class="small">${shared.length} facts reported by several outlets. Click a fact or a dot to see it in the articles.</p>${shared.length === 0 ? '' : table(shared)}${folded}</section>`;
}

function quotesHtml(ctx: PageContext): string {
  if (ctx.report.quotes.length === 0) return '';
  const blocks = ctx.report.quotes.map((q) => {
    const variants = q.variants.map(
      (v) =>
        `<div class="variant" data-ev="${evidenceRef([v], ctx)}"><span class="small">${label(v.article, ctx)} · ${escapeHtml(v.match)}</span>“${escapeHtml(v.text)}”</div>`,
    );
    return `<div class="quote"><div><strong>${escapeHtml(q.speaker ?? 'Unknown speaker')}</strong>: “${escapeHtml(q.text)}”</div><div class="variants">${variants.join('')}</div></div>`;
  });
  return `<section><h2>Quotes as each outlet rendered them</h2>${blocks.join('')}</section>`;
}

function timelineHtml(ctx: PageContext): string {
  if (ctx.report.timeline.length === 0) return '';
  const items = ctx.report.timeline.map(
    (t) =>
      `<li><span class="date">${escapeHtml(t.date)}</span> <span class="small">(${escapeHtml(t.precision)})</span> ${escapeHtml(t.text)}${citations(t.evidence, ctx)}</li>`,
  );
  return `<section><h2>Timeline</h2><ul class="timeline">${items.join('')}</ul></section>`;
}

function discrepanciesHtml(ctx: PageContext, texts: ReadonlyMap<string, string>): string {
  if (ctx.report.discrepancies.length === 0) return '';
  const blocks = ctx.report.discrepancies.map((d) => {
    const values = d.values.map((v) => {
      const excerpts = v.evidence
        .map((e) => escapeHtml((texts.get(e.article) ?? '').slice(e.start, e.end)))
        .filter((x) => x !== '')
        .join(' · ');
      return `<li><strong>${escapeHtml(v.value)}</strong>${citations(v.evidence, ctx)}${excerpts === '' ? '' : ` <span class="small">${excerpts}</span>`}</li>`;
    });
    return `<div class="disc"><span class="kind">${escapeHtml(d.kind)}</span> ${escapeHtml(d.about)}<ul>${values.join('')}</ul></div>`;
  });
  return `<section><h2>Discrepancies</h2>${blocks.join('')}</section>`;
}

function coverageHtml(ctx: PageContext): string {
  const factText = new Map(ctx.report.facts.map((f) => [f.id, f]));
  const rows = ctx.report.coverage.map((c) => {
    const omitted = c.omitted
      .map((id) => factText.get(id))
      .filter((f) => f !== undefined)
      .map((f) => `<li data-ev="${evidenceRef(f.evidence, ctx)}">${escapeHtml(f.text)}</li>`);
    return `<tr><td>${label(c.article, ctx)}</td><td class="c">${c.unique.length}</td><td>${omitted.length === 0 ? '' : `<ul>${omitted.join('')}</ul>`}</td></tr>`;
  });
  return `<section><h2>Coverage</h2><table><thead><tr><th>Outlet</th><th>Only here</th><th>Leaves out what most others report</th></tr></thead><tbody>${rows.join('')}</tbody></table></section>`;
}

/** Every span the page can point at, per article. */
function evidenceByArticle(report: StoryReport): Map<string, Span[]> {
  const all: Evidence[] = [
    ...report.summary.flatMap((s) => s.citations),
    ...report.facts.flatMap((f) => f.evidence),
    ...report.quotes.flatMap((q) => q.variants),
    ...report.timeline.flatMap((t) => t.evidence),
    ...report.discrepancies.flatMap((d) => d.values.flatMap((v) => v.evidence)),
  ];
  const byArticle = new Map<string, Span[]>();
  for (const e of all) byArticle.set(e.article, [...(byArticle.get(e.article) ?? []), { start: e.start, end: e.end }]);
  return byArticle;
}

function articlesHtml(ctx: PageContext, articles: readonly AnnotatedArticle[]): string {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const evidence = evidenceByArticle(ctx.report);
  const blocks = ctx.report.articles.map((meta, index) => {
    const article = byId.get(meta.id);
    const details = [meta.publishedAt ?? 'undated', meta.path, meta.duplicateOf === undefined ? '' : `copy of ${meta.duplicateOf}`]
      .filter((x) => x !== '')
      .map(escapeHtml)
      .join(' · ');
    const link = meta.url === null ? '' : ` · <a href="${escapeHtml(meta.url)}" rel="noreferrer noopener">source</a>`;
    const body = article === undefined ? '<p class="small">Text not available.</p>' : `<div class="text">${articleTextHtml(article, index, evidence.get(meta.id) ?? [])}</div>`;
    return `<article id="article-${index}"><h3>${label(meta.id, ctx)}</h3><div class="meta">${escapeHtml(meta.title ?? '')}<br>${details}${link}</div>${body}</article>`;
  });
  return `<section><h2>The articles</h2><p class="small">Greyed-out text was set aside as boilerplate (hover for the reason).</p><div class="articles">${blocks.join('')}</div></section>`;
}

export function renderStoryHtml(report: StoryReport, articles: readonly AnnotatedArticle[]): string {
  const ctx: PageContext = {
    report,
    labels: articleLabels(report),
    indexOf: new Map(report.articles.map((a, i) => [a.id, i])),
  };
  const texts = new Map(articles.map((a) => [a.id, a.text]));
  const outlets = report.articles.map((a) => label(a.id, ctx)).join(', ');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(report.title)}</title>
<style>${pageStyle}</style>
</head>
<body>
<header><p class="meta"><a href="../index.html">All stories</a></p><h1>${escapeHtml(report.title)}</h1><p class="meta">${reportsLine(report)}: ${outlets}</p></header>
<main>
${briefHtml(ctx)}
${factsHtml(ctx)}
${quotesHtml(ctx)}
${timelineHtml(ctx)}
${discrepanciesHtml(ctx, texts)}
${coverageHtml(ctx)}
${articlesHtml(ctx, articles)}
</main>
<script>${pageScript}</script>
</body>
</html>
`;
}
