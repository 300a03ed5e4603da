import type { Sentence, Span } from '../../model.ts';
import { overlapsAny } from '../../span.ts';
import { maskSpans, wordsOf, type Word } from './tokens.ts';

/**
 * The words of every sentence, read once per article: of the text (names are read there) and of
 * the masked text (cues and reported clauses are read there). A sentence without a masked quote
 * has the same words in both, so the list is shared.
 */
export interface SentenceWords {
  /** The article's text with the top-level quotes masked. */
  readonly masked: string;
  readonly plain: readonly (readonly Word[])[];
  readonly inMasked: readonly (readonly Word[])[];
}

export function sentenceWords(text: string, sentences: readonly Sentence[], quoted: readonly Span[]): SentenceWords {
  const masked = maskSpans(text, quoted);
  const plain = sentences.map((s) => wordsOf(text, s.start, s.end));
  const inMasked = sentences.map((s, i) => (overlapsAny(s, quoted) ? wordsOf(masked, s.start, s.end) : (plain[i] as Word[])));
  return { masked, plain, inMasked };
}
