/**
 * The author: the input's, else the page's metadata byline, else a "By First Last" line near the
 * top, else the page's byline element (`class="byline"`, `rel="author"`, ...; an HTML input the
 * html stage read), else the names of a credit line "Reporting by X; Editing by Y" (removed
 * boilerplate, still read).
 */
import type { AnnotatedArticle, MetaValue } from '../model.ts';
import type { ArticleStage } from '../pipeline/stage.ts';
import type { Line } from './lines.ts';
import { textLines } from './lines.ts';
import { metaValue } from './meta-value.ts';
import { cleanAuthor } from './author-clean.ts';
import { BYLINE_WINDOW, bylineNames } from './boilerplate/10-byline.ts';
import { bylineFromElements } from './author-element.ts';
import { parseHtml } from './fast/tree.ts';

const STAGE = 'author';
const CREDIT = /^\(?(?:reporting|writing|written|reported)\s+by\s+([^;|()]{1,160})/i;

/** The authors named by a byline line among the first lines. */
export function authorFromByline(lines: readonly Line[]): MetaValue<string> | null {
  for (const line of lines.slice(0, BYLINE_WINDOW)) {
    const names = bylineNames(line.text);
    const clean = names === null ? null : cleanAuthor(names);
    if (clean) return metaValue(clean, STAGE, 'byline', false, { start: line.start, end: line.end });
  }
  return null;
}

/** "Jane Doe in Paris and John Roe in Rome" -> "Jane Doe and John Roe". */
export function withoutPlaces(credit: string): string {
  return credit
    .split(/\s*,\s*|\s+and\s+/)
    .map((part) => part.replace(/\s+(?:in|from|at)\s+.*$/, ''))
    .join(' and ');
}

/** The reporters of a credit line ("Reporting by X in Place; Editing by Y" -> X). */
export function authorFromCredit(lines: readonly Line[]): MetaValue<string> | null {
  for (const line of lines) {
    const credit = CREDIT.exec(line.text)?.[1];
    const clean = credit === undefined ? null : cleanAuthor(withoutPlaces(credit));
    if (clean) return metaValue(clean, STAGE, 'credit', false, { start: line.start, end: line.end });
  }
  return null;
}

/** The byline element of the page the text was extracted from, when the text came from HTML. */
export function authorFromPage(article: AnnotatedArticle): MetaValue<string> | null {
  const { html, text } = article.input;
  if (html === undefined || text !== undefined) return null;
  const names = bylineFromElements(parseHtml(html));
  return names === null ? null : metaValue(names, STAGE, 'page-byline', false);
}

export const findAuthor: ArticleStage = {
  name: STAGE,
  run(article: AnnotatedArticle): AnnotatedArticle {
    const given = article.input.author === undefined ? null : cleanAuthor(article.input.author) ?? article.input.author.trim();
    const lines = textLines(article.text);
    const author =
      (given ? metaValue(given, STAGE, 'input', false) : null) ??
      article.meta.author ??
      authorFromByline(lines) ??
      authorFromPage(article) ??
      authorFromCredit(lines);
    return { ...article, meta: { ...article.meta, author } };
  },
};
