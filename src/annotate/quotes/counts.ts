import type { Phrase } from './phrases.ts';
import type { Word } from './tokens.ts';

/** Number words that count people ("nine in 10", "one in five"). */
const NUMBER_WORDS: ReadonlySet<string> = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']);
/** Shares written as words ("a third", "half", "two-thirds", "a majority"). */
const SHARE_NOUNS: ReadonlySet<string> = new Set(['half', 'third', 'thirds', 'quarter', 'quarters', 'fifth', 'fifths', 'majority', 'plurality']);
/** Words that may qualify a count before it ("about 4 in 10", "nearly a third", "just 8 percent"). */
const QUALIFIERS: ReadonlySet<string> = new Set(['about', 'nearly', 'roughly', 'almost', 'just', 'only', 'around', 'some', 'over', 'under', 'approximately']);
/** Two-word qualifiers, read backwards from their second word ("more than", "as many as"). */
const PAIRED_QUALIFIERS: ReadonlySet<string> = new Set(['more than', 'fewer than', 'less than', 'many as']);
/** Articles before a share noun ("a third", "a narrow majority" is not counted). */
const SHARE_ARTICLES: ReadonlySet<string> = new Set(['a', 'one']);

const DIGITS = /^\d[\d.,]{0,12}$/u;
const startsWithDigit = (text: string): boolean => text.charCodeAt(0) >= 48 && text.charCodeAt(0) <= 57;
const isNumber = (w: Word | undefined): boolean => w !== undefined && (startsWithDigit(w.text) ? DIGITS.test(w.text) : NUMBER_WORDS.has(w.lower));

/** The share noun a word ends in ("third" in "two-thirds" is "thirds"), else null. */
function shareNoun(lower: string): string | null {
  if (SHARE_NOUNS.has(lower)) return lower;
  const hyphen = lower.lastIndexOf('-');
  return hyphen > 0 && SHARE_NOUNS.has(lower.slice(hyphen + 1)) ? lower.slice(hyphen + 1) : null;
}

/** Index of the first word of the bare count ending at `last` ("47 %", "4 in 10", "a third", "two-thirds"), or -1. */
function countStart(words: readonly Word[], last: number): number {
  const end = words[last];
  if (end === undefined) return -1;
  if (end.text === '%' || end.lower === 'percent') return isNumber(words[last - 1]) ? last - 1 : -1;
  if (isNumber(end)) return words[last - 1]?.lower === 'in' && isNumber(words[last - 2]) ? last - 2 : -1;
  const share = shareNoun(end.lower);
  if (share === null) return -1;
  if (share !== end.lower) return last;
  if (SHARE_ARTICLES.has(words[last - 1]?.lower ?? '') && share !== 'majority' && share !== 'plurality') return last - 1;
  return share === 'half' ? last : -1;
}

/** The qualifiers written before a count that starts at `first` ("about", "more than"): the new first word. */
function withQualifiers(words: readonly Word[], first: number): number {
  const before = words[first - 1];
  if (before !== undefined && QUALIFIERS.has(before.lower)) return first - 1;
  const pair = `${words[first - 2]?.lower ?? ''} ${before?.lower ?? ''}`;
  if (PAIRED_QUALIFIERS.has(pair)) return pair === 'many as' ? first - 3 : first - 2;
  return first;
}

/**
 * A count of people ending at word `last` that stands as the subject of a cue ("About 4 in 10
 * say", "47% said", "nearly a third say", "32 percent said"): a share of the respondents of a poll,
 * their source when no poll is named.
 */
export function countEndingAt(words: readonly Word[], last: number): Phrase | null {
  const bare = countStart(words, last);
  if (bare < 0) return null;
  const first = withQualifiers(words, bare);
  const start = (words[first] as Word).start;
  const end = (words[last] as Word).end;
  const text = words.slice(first, last + 1).map((w, k) => (w.text === '%' || k === 0 ? w.text : ` ${w.text}`)).join('');
  return { start, end, kind: 'noun', text, possessive: false };
}
