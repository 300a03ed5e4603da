import type { Span } from '../../model.ts';
import { countryOf } from '../../lexicon/countries.ts';
import type { Gender } from '../../lexicon/given-names.ts';
import { withoutPossessive } from '../../lexicon/key.ts';
import { isRoleNoun, isTitleWord } from '../../lexicon/titles.ts';
import { NON_PERSON_HEADS, NOT_NAME_WORDS, PRONOUN_GENDER } from './data/people.ts';
import { nameAfterDescription } from './descriptor-names.ts';
import { isPossessive, type Word } from './tokens.ts';

/** `noun`: a common-noun speaker ("officials", "a White House spokesman", "the report"). */
export type PhraseKind = 'name' | 'pronoun' | 'role' | 'first-person' | 'noun';

/** Who a cue points at, as written: "Smith", "she", "the French president", "I". */
export interface Phrase extends Span {
  readonly kind: PhraseKind;
  readonly text: string;
  /** For pronouns. */
  readonly gender?: Gender;
  /** For roles: the role noun ("president") and a country its qualifier names ("france"). */
  readonly role?: string;
  readonly country?: string;
  /** For names: the last word names an organisation or place, not a person. */
  readonly nonPerson?: boolean;
  readonly possessive: boolean;
}

const PARTICLES = new Set(['de', 'del', 'la', 'le', 'van', 'von', 'der', 'da', 'dos', 'bin', 'al', 'el', 'di', 'du']);
const FIRST_PERSON = new Set(['i', 'we']);
/** Suffixes written with a period that belongs to the name ("James Comey Jr., the director"). */
const NAME_SUFFIXES = new Set(['Jr', 'Sr']);
const THIRD_PERSON = new Set(['he', 'she', 'they', 'it']);

const isNameWord = (w: Word | undefined): boolean => w !== undefined && w.isWord && w.cap;
/** A country word is a descriptor before a title ("French President ..."), else part of a name. */
const isStripped = (w: Word, next: Word | undefined): boolean =>
  NOT_NAME_WORDS.has(w.lower) ||
  isTitleWord(w.lower) ||
  (next !== undefined && isTitleWord(next.lower) && countryOf(w.text) !== undefined);

/** Names longer than this are headline fragments ("Minister Confirms Her Rejection Of ..."). */
const MAX_NAME_WORDS = 4;

/**
 * Where the name proper starts in a run whose title sits inside it ("Texas Lt. Gov. Dan Patrick",
 * "Senate Majority Leader Mitch McConnell"): after the last title word before the last word.
 */
export function afterInnerTitle(words: readonly Word[], from: number, last: number): number {
  for (let k = last - 1; k > from; k--) if (isTitleWord((words[k] as Word).lower)) return k + 1;
  return from;
}

/** Trims leading words that are not part of a name ("The", "President", "French") and titles inside it. */
export function nameWithin(words: readonly Word[], first: number, last: number): Phrase | null {
  let from = first;
  while (from <= last && isStripped(words[from] as Word, words[from + 1])) from++;
  from = afterInnerTitle(words, from, last);
  if (last - from + 1 > MAX_NAME_WORDS) return null;
  if (from > last) {
    const only = words[last] as Word;
    if (first === last && countryOf(only.text) !== undefined && !NOT_NAME_WORDS.has(only.lower)) from = last;
    else return null;
  }
  const head = words[last] as Word;
  const start = (words[from] as Word).start;
  const text = words.slice(from, last + 1).map((w) => w.text).join(' ');
  return {
    start,
    end: head.end,
    kind: 'name',
    text: withoutPossessive(text),
    nonPerson: NON_PERSON_HEADS.has(withoutPossessive(head.lower)) || countryOf(head.text) !== undefined,
    possessive: isPossessive(head),
  };
}

/** "the French president" ending at word `j` (the role noun). */
function roleEndingAt(words: readonly Word[], j: number): Phrase | null {
  const noun = words[j] as Word;
  let role = withoutPossessive(noun.lower);
  let i = j - 1;
  if (role === 'minister' && words[i]?.lower === 'prime') {
    role = 'prime minister';
    i--;
  }
  if (!isRoleNoun(role)) return null;
  let country: string | undefined;
  for (let k = 0; k < 2 && i >= 0 && words[i]?.lower !== 'the'; k++, i--) {
    const w = words[i] as Word;
    if (!w.isWord) return null;
    country ??= countryOf(w.text);
  }
  if (words[i]?.lower !== 'the') return null;
  const start = (words[i] as Word).start;
  return {
    start,
    end: noun.end,
    kind: 'role',
    text: words.slice(i, j + 1).map((w) => w.text).join(' '),
    role,
    ...(country === undefined ? {} : { country }),
    possessive: isPossessive(noun),
  };
}

/** The verb a pronoun is written with: "he’s", "she'd", "they’ll", "we’re". */
const CONTRACTION = /[’'](?:s|d|ll|re|ve|m)$/u;

/** A personal pronoun, alone or contracted with its verb ("He’s predicting"): the pronoun's letters. */
function pronoun(word: Word): Phrase | null {
  const contracted = word.lower.length > 3 && (word.lower.includes('’') || word.lower.includes("'"));
  const lower = contracted ? word.lower.replace(CONTRACTION, '') : word.lower;
  const kind = FIRST_PERSON.has(lower) ? 'first-person' : THIRD_PERSON.has(lower) ? 'pronoun' : null;
  if (kind === null) return null;
  const start = word.start;
  const text = word.text.slice(0, lower.length);
  const gender = kind === 'pronoun' ? PRONOUN_GENDER[lower] : undefined;
  return { start, end: start + lower.length, kind, text, ...(gender ? { gender } : {}), possessive: false };
}

/** The pronoun, role or name that ends at word `j`, if any. */
export function phraseEndingAt(words: readonly Word[], j: number): Phrase | null {
  let last = j;
  if (words[last]?.text === ')') last--;
  const word = words[last];
  if (!word?.isWord) return null;
  if (!word.cap || word.text === 'I') return pronoun(word) ?? roleEndingAt(words, last);
  let first = last;
  while (first > 0 && first > last - MAX_NAME_WORDS - 4) {
    const prev = words[first - 1] as Word;
    if (isNameWord(prev) && !isPossessive(prev)) first--;
    else if (PARTICLES.has(prev.lower) && isNameWord(words[first - 2])) first -= 2;
    else break;
  }
  return pronoun(word) ?? roleEndingAt(words, last) ?? nameWithin(words, first, last);
}

/** The pronoun, role or name that starts at word `i`, with the index of its last word. */
export function phraseStartingAt(words: readonly Word[], i: number): { phrase: Phrase; last: number } | null {
  let first = i;
  if (words[first]?.text === '(') first++;
  const word = words[first];
  if (!word?.isWord) return null;
  const own = pronoun(word);
  if (own) return { phrase: own, last: first };
  if (word.lower === 'the') {
    for (let j = first + 1; j <= first + 3 && j < words.length; j++) {
      const role = roleEndingAt(words, j);
      if (role && role.start === word.start) return { phrase: role, last: j };
    }
  }
  if (!word.cap) return null;
  const named = nameAfterDescription(words, first);
  if (named >= 0) first = named;
  let last = first;
  while (last + 1 < words.length && last < first + MAX_NAME_WORDS + 4) {
    const next = words[last + 1] as Word;
    if (isPossessive(words[last] as Word)) break;
    if (isNameWord(next)) last++;
    else if (PARTICLES.has(next.lower) && isNameWord(words[last + 2])) last += 2;
    else break;
  }
  const phrase = nameWithin(words, first, last);
  const closed = words[last + 1]?.text === ')' || (words[last + 1]?.text === '.' && NAME_SUFFIXES.has((words[last] as Word).text));
  return phrase ? { phrase, last: closed ? last + 1 : last } : null;
}
