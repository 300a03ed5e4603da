import { phraseEndingAt, type Phrase } from './phrases.ts';
import type { Word } from './tokens.ts';
import { TIME_WORDS } from './data/clauses.ts';
import { isRoleNoun, isTitleWord } from '../../lexicon/titles.ts';

/**
 * Prepositions whose object is a place, time or thing, never the subject of a verb after it
 * (unlike "half of voters said", "with Smith saying").
 */
const PREPOSITIONS: ReadonlySet<string> = new Set([
  'in', 'at', 'on', 'from', 'for', 'to', 'into', 'about', 'against', 'during', 'near', 'across', 'throughout', 'outside', 'inside', 'under', 'via', 'by',
]);
/** Words between a preposition and its object ("in the past", "at a rally"). */
const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);

/** Capitalised words a name's phrase leaves out before it ("Minnesota Sen." in "by Minnesota Sen. Al Franken"). */
const MAX_LEFT_OUT = 2;
const isLeftOutOfName = (w: Word): boolean =>
  (w.cap || isTitleWord(w.lower) || isRoleNoun(w.lower)) && !PREPOSITIONS.has(w.lower) && !TIME_WORDS.has(w.lower);

/**
 * Index of the preposition right before word `first` ("in Baltimore", "at the Grand Hotel"), else
 * -1. For a name, the title words its phrase leaves out may stand between ("by Minnesota Sen. Al
 * Franken").
 */
function prepositionAt(words: readonly Word[], first: number, name = false): number {
  let k = first - 1;
  for (let skipped = 0; name && skipped < MAX_LEFT_OUT && k > 0 && isLeftOutOfName(words[k] as Word); skipped++) k--;
  if (k > 0 && ARTICLES.has((words[k] as Word).lower)) k--;
  return first > 0 && PREPOSITIONS.has(words[k]?.lower ?? '') && !isCount(words[k - 1]) ? k : -1;
}

/** A count before the preposition makes a ratio ("four in 10 voters", "one in five"), not a place. */
const COUNT_WORDS: ReadonlySet<string> = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']);
const isCount = (w: Word | undefined): boolean => w !== undefined && (COUNT_WORDS.has(w.lower) || /^\d/.test(w.text));

/** Index of the first word of `phrase`, read back from word `last` inside it. */
function firstWordOf(words: readonly Word[], phrase: Phrase, last: number): number {
  let first = last;
  while (first > 0 && (words[first - 1] as Word).start >= phrase.start) first--;
  return first;
}

/**
 * Index of the preposition that makes `phrase` (ending at or after word `last`) its object ("in
 * Baltimore", "at the time"), also for the second part of a place between commas ("in Ames,
 * Iowa, on Sunday"); else -1.
 */
export function prepositionBefore(words: readonly Word[], phrase: Phrase, last: number): number {
  const first = firstWordOf(words, phrase, Math.min(last, words.length - 1));
  const direct = prepositionAt(words, first, phrase.kind === 'name');
  let next = first;
  while (next < words.length && (words[next] as Word).start < phrase.end) next++;
  const closed = words[next]?.text === ',';
  if (direct >= 0 || phrase.kind !== 'name' || words[first - 1]?.text !== ',' || !closed) return direct;
  const place = phraseEndingAt(words, first - 2);
  return place?.kind === 'name' ? prepositionAt(words, firstWordOf(words, place, first - 2)) : -1;
}
