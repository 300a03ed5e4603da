/**
 * An article's full text for the story page: boilerplate greyed out with its reason, the title
 * line in bold, and every span some evidence points at cut into addressable segments.
 */
import type { AnnotatedArticle, Span } from '../model.ts';
import { contains } from '../span.ts';
import { escapeHtml } from './escape.ts';

/** The pieces of `[0, length)` between every start and end of the given spans. */
export function cutPoints(length: number, spans: readonly Span[]): number[] {
  const points = new Set([0, length]);
  for (const s of spans) {
    points.add(Math.max(0, Math.min(length, s.start)));
    points.add(Math.max(0, Math.min(length, s.end)));
  }
  return [...points].sort((a, b) => a - b);
}

/** The article's text as HTML; `index` names the article in `data-ev` references. */
export function articleTextHtml(article: AnnotatedArticle, index: number, evidence: readonly Span[]): string {
  const text = article.text;
  const title = article.titleSpan;
  const points = cutPoints(text.length, [...evidence, ...article.removed, ...(title ? [title] : [])]);
  const parts: string[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const piece = { start: points[i] ?? 0, end: points[i + 1] ?? 0 };
    if (piece.end <= piece.start) continue;
    let html = escapeHtml(text.slice(piece.start, piece.end));
    if (evidence.some((e) => contains(e, piece))) {
      html = `<span class="seg" data-a="${index}" data-s="${piece.start}" data-e="${piece.end}">${html}</span>`;
    }
    if (title !== undefined && contains(title, piece)) html = `<span class="title-line">${html}</span>`;
    const removed = article.removed.find((r) => contains(r, piece));
    if (removed !== undefined) html = `<del class="removed" title="${escapeHtml(`removed: ${removed.reason}`)}">${html}</del>`;
    parts.push(html);
  }
  return parts.join('');
}
