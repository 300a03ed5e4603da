import type { Span } from '../model.ts';

/** A word or number of a text, with its offsets. */
export interface TextToken extends Span {
  readonly value: string;
}

/** A word (inner apostrophes, hyphens, dotted initials) or a number. */
export const WORD_PATTERN = /\p{L}[\p{L}\p{M}\p{N}]*(?:['’.-]\p{L}[\p{L}\p{M}\p{N}]*)*|\p{N}+(?:[.,]\p{N}{1,3})*/gu;

/** Words (with inner apostrophes, hyphens, dotted initials) and numbers of `text[span]`: the terms stories are compared on (not the wink tokens of `annotate/nlp.ts`). */
export function wordsIn(text: string, span: Span): TextToken[] {
  const slice = text.slice(span.start, span.end);
  const tokens: TextToken[] = [];
  for (const m of slice.matchAll(WORD_PATTERN)) {
    const start = span.start + (m.index ?? 0);
    tokens.push({ start, end: start + m[0].length, value: m[0] });
  }
  return tokens;
}

export function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

export function isNumber(word: string): boolean {
  return /^\p{N}/u.test(word);
}

/** "10,000" -> "10000", "3.5" -> "3.5": one spelling per number. */
export function normaliseNumber(word: string): string {
  return /^\p{N}{1,3}(?:,\p{N}{3})+$/u.test(word) ? word.replace(/,/gu, '') : word;
}
