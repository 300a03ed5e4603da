import type { AnnotatedArticle, Span } from '../model.ts';
import { lineSpans } from '../annotate/sentences.ts';
import { contains } from '../span.ts';

/** A non-empty line of the text, trimmed, with its offsets and its position among all lines. */
export interface Line extends Span {
  readonly text: string;
  readonly index: number;
}

/** Every non-empty line of `text`, trimmed. */
export function textLines(text: string): Line[] {
  return lineSpans(text).map((span, index) => ({ ...span, text: text.slice(span.start, span.end), index }));
}

/** True when some span covers the whole line. */
export function isCovered(line: Span, spans: readonly Span[]): boolean {
  return spans.some((s) => contains(s, line));
}

/** The lines that neither removed boilerplate nor the title line cover. */
export function contentLines(article: AnnotatedArticle): Line[] {
  const excluded = [...article.removed, ...(article.titleSpan ? [article.titleSpan] : [])];
  return textLines(article.text).filter((line) => !isCovered(line, excluded));
}

const WORD = /\S*[\p{L}\p{N}]\S*/gu;

/** Whitespace-separated words that hold a letter or a digit. */
export function wordCount(s: string): number {
  return s.match(WORD)?.length ?? 0;
}

/** Ends like a sentence: final . ! ? or … possibly followed by closing quotes or brackets. */
export function endsLikeSentence(s: string): boolean {
  return /[.!?…]["'”’)\]]{0,3}$/.test(s.trim());
}

/** A line of running text: several words ending like a sentence. */
export function isProse(s: string): boolean {
  return wordCount(s) >= 8 && endsLikeSentence(s);
}
