/**
 * The title: the input's, else the page's (from extractHtml), else a headline line opening the
 * text: the first content line, short, without a final period, followed by running text.
 * When the title is a line of the text, that line becomes `titleSpan` and is not a sentence.
 */
import type { AnnotatedArticle, Span } from '../model.ts';
import type { ArticleStage } from '../pipeline/stage.ts';
import type { Line } from './lines.ts';
import { contentLines, isLetterOrDigit, isProse, wordCount } from './lines.ts';
import { metaValue } from './meta-value.ts';
import { onlyDate } from './dates/datelines.ts';

const STAGE = 'title';
const MIN_WORDS = 2;
const MAX_WORDS = 25;
const MAX_CHARS = 200;
/** Short lines (a date, a caption) allowed between a headline and the first paragraph. */
const MAX_LINES_BEFORE_PROSE = 3;
const MAX_INTERLUDE_WORDS = 12;

export function looksLikeHeadline(text: string, words = wordCount(text)): boolean {
  return (
    words >= MIN_WORDS &&
    words <= MAX_WORDS &&
    text.length <= MAX_CHARS &&
    /^[\p{Lu}\p{N}"“‘'¿¡]/u.test(text) &&
    !/[.:;,]$/.test(text) &&
    onlyDate(text, words) === null
  );
}

/** True when running text starts within a few short lines after `lines[at]`. */
export function followedByProse(lines: readonly Line[], at: number): boolean {
  for (let i = at + 1; i <= at + 1 + MAX_LINES_BEFORE_PROSE && i < lines.length; i++) {
    const line = lines[i];
    if (!line) continue;
    if (isProse(line.text, line.words)) return true;
    if (line.words > MAX_INTERLUDE_WORDS) return false;
  }
  return false;
}

/** The headline line opening the content, or null. */
export function headlineLine(lines: readonly Line[]): Line | null {
  const first = lines[0];
  return first && looksLikeHeadline(first.text, first.words) && followedByProse(lines, 0) ? first : null;
}

/**
 * The words of a title in lower case, one space between them, without punctuation: what
 * `s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()` gives, in one pass without a regex
 * (every article compares its title with its first line).
 */
export function comparableTitle(s: string): string {
  const lower = s.toLowerCase();
  let comparable = '';
  let wordStart = -1;
  for (let i = 0; i < lower.length; ) {
    const codePoint = lower.codePointAt(i) ?? 0;
    if (!isLetterOrDigit(codePoint)) {
      if (wordStart >= 0) comparable += lower.slice(wordStart, i);
      wordStart = -1;
    } else if (wordStart < 0) {
      if (comparable.length > 0) comparable += ' ';
      wordStart = i;
    }
    i += codePoint > 0xffff ? 2 : 1;
  }
  return wordStart >= 0 ? comparable + lower.slice(wordStart) : comparable;
}

function sameTitle(a: string, b: string): boolean {
  return comparableTitle(a) === comparableTitle(b);
}

function titleLineSpan(title: string, lines: readonly Line[]): Span | undefined {
  const first = lines[0];
  return first && sameTitle(first.text, title) ? { start: first.start, end: first.end } : undefined;
}

export const findTitle: ArticleStage = {
  name: STAGE,
  run(article: AnnotatedArticle): AnnotatedArticle {
    const lines = contentLines(article);
    const given = article.input.title?.trim();
    const known = given ? metaValue(given, STAGE, 'input', false) : article.meta.title;
    if (known) {
      const titleSpan = titleLineSpan(known.value, lines);
      return { ...article, meta: { ...article.meta, title: known }, ...(titleSpan ? { titleSpan } : {}) };
    }
    const headline = headlineLine(lines);
    if (!headline) return { ...article, meta: { ...article.meta, title: null } };
    const titleSpan = { start: headline.start, end: headline.end };
    return {
      ...article,
      titleSpan,
      meta: { ...article.meta, title: metaValue(headline.text, STAGE, 'headline', false, titleSpan) },
    };
  },
};
