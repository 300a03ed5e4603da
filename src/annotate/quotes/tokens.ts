import type { Span } from '../../model.ts';
import { NAME_ABBREVIATIONS } from './data/abbreviations.ts';

/** A word or a punctuation mark of a stretch of text, with offsets into the whole text. */
export interface Word extends Span {
  readonly text: string;
  readonly lower: string;
  /** Starts with a capital letter. */
  readonly cap: boolean;
  readonly isWord: boolean;
}

/** What stands in for quoted words in a masked text: never a word, never punctuation we match. */
export const MASK = '\u25a1';
/** Words that end a sentence for the attribution patterns (a masked quote ends one too). */
export const SENTENCE_END: ReadonlySet<string> = new Set(['.', '!', '?', MASK]);

const ABBREVIATION = NAME_ABBREVIATIONS.join('|');
/**
 * Abbreviated titles with their period ("Mr."), initialisms ("U.S."), words with inner
 * apostrophes / hyphens / dots, masked runs, punctuation.
 */
const WORD_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${ABBREVIATION})\\.(?=\\s)|\\p{Lu}(?:\\.\\p{Lu}){1,4}\\.?|[\\p{L}\\p{N}](?:[\\p{L}\\p{N}\\-’']|\\.(?=\\p{L}))*|\\u25a1+|[^\\s\\p{L}\\p{N}]`,
  'gu',
);

/** The words of `text.slice(start, end)`. Linear: one pass of a regex without backtracking. */
export function wordsOf(text: string, start: number, end: number): Word[] {
  const words: Word[] = [];
  const segment = text.slice(start, end);
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(segment); m; m = WORD_RE.exec(segment)) {
    const value = m[0];
    const isWord = /^[\p{L}\p{N}]/u.test(value);
    words.push({
      start: start + m.index,
      end: start + m.index + value.length,
      text: value,
      lower: value.toLowerCase(),
      cap: /^\p{Lu}/u.test(value),
      isWord,
    });
  }
  return words;
}

/** "Smith’s" -> true: a possessive is never the subject of a cue. */
export function isPossessive(word: Word): boolean {
  return /[’']s?$/u.test(word.text) && word.text.length > 2;
}

/** The word without a possessive ending ("France’s" -> "France"). */
export function bare(word: Word): string {
  return word.text.replace(/[’']s?$/u, '');
}

/** Replaces the given spans of `text` (same length) so that patterns cannot reach into them. */
export function maskSpans(text: string, spans: readonly Span[]): string {
  if (spans.length === 0) return text;
  const parts: string[] = [];
  let cursor = 0;
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    if (span.start < cursor) continue;
    parts.push(text.slice(cursor, span.start), MASK.repeat(span.end - span.start));
    cursor = span.end;
  }
  parts.push(text.slice(cursor));
  return parts.join('');
}
