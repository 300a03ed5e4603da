/**
 * Crawler headers: some crawlers save a first line of fields before the article, such as
 * " date 2025-05-04 " or " date 2025-05-05 403". The line is marked removed and its date noted
 * as a publication date candidate (source `header`); other fields (an HTTP status, a url) are ignored.
 */
import type { AnnotatedArticle, Span } from '../model.ts';
import type { ArticleStage } from '../pipeline/stage.ts';
import { metaValue } from './meta-value.ts';
import { normaliseIsoDate } from './dates/parse-date.ts';

const STAGE = 'header';
const MAX_FIELDS = 12;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
/** What every ISO_DATE token holds. */
const HOLDS_ISO_DATE = /\d{4}-\d{2}-\d{2}/;
const FIELD_KEY = /^[a-z][a-z_-]{0,19}:?$/;
const FIELD_VALUE = /^(?:\d{1,4}|https?:\/\/\S{1,2000}|\d{2}:\d{2}(?::\d{2})?)$/;
/** Keys whose date is when the page was fetched, not when it was published. */
const FETCH_KEYS = /^(?:crawled|fetched|retrieved|accessed|scraped|downloaded)/;

export interface HeaderField extends Span {
  readonly key: string | null;
  readonly value: string;
}

/** The whitespace-separated fields of the first line, or null when it is not a crawler header. */
export function parseHeaderFields(text: string): { line: Span; fields: HeaderField[] } | null {
  const end = text.indexOf('\n');
  const lineEnd = end < 0 ? text.length : end;
  const tokens: { value: string; start: number; end: number }[] = [];
  const re = /\S+/g;
  const line = text.slice(0, lineEnd);
  // Most texts open with a headline or a byline: a line without a date is dismissed before it is split.
  if (!HOLDS_ISO_DATE.test(line)) return null;
  for (let m = re.exec(line); m; m = re.exec(line)) tokens.push({ value: m[0], start: m.index, end: m.index + m[0].length });
  if (tokens.length === 0 || tokens.length > MAX_FIELDS) return null;
  if (!tokens.some((t) => ISO_DATE.test(t.value))) return null;
  const fields: HeaderField[] = [];
  let key: string | null = null;
  for (const token of tokens) {
    if (ISO_DATE.test(token.value) || FIELD_VALUE.test(token.value)) {
      fields.push({ key, value: token.value, start: token.start, end: token.end });
      key = null;
    } else if (FIELD_KEY.test(token.value)) {
      key = token.value.replace(/:$/, '');
    } else {
      return null;
    }
  }
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  if (!first || !last) return null;
  return { line: { start: first.start, end: last.end }, fields };
}

/** The publication date among the header fields: the first date not keyed as a fetch date. */
export function headerDate(fields: readonly HeaderField[]): HeaderField | null {
  return fields.find((f) => ISO_DATE.test(f.value) && !FETCH_KEYS.test(f.key ?? '')) ?? null;
}

export const readCrawlerHeader: ArticleStage = {
  name: STAGE,
  run(article: AnnotatedArticle): AnnotatedArticle {
    const header = parseHeaderFields(article.text);
    if (!header) return article;
    const removed = [...article.removed, { ...header.line, reason: 'crawler-header', by: STAGE }];
    const date = headerDate(header.fields);
    const iso = date ? normaliseIsoDate(date.value) : null;
    const outranks = article.meta.publishedAtSource === null || article.meta.publishedAtSource === 'metadata';
    if (!date || !iso || !outranks) return { ...article, removed };
    const span = { start: date.start, end: date.end };
    return {
      ...article,
      removed,
      meta: {
        ...article.meta,
        publishedAt: metaValue(iso, STAGE, 'header', false, span),
        publishedAtSource: 'header',
      },
    };
  },
};
