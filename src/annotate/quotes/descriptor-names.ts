import { countryOf } from '../../lexicon/countries.ts';
import { isRoleModifier, isRoleNoun } from '../../lexicon/titles.ts';
import { isPossessive, type Word } from './tokens.ts';

/** At most this many lower-case words describe the person between the opening word and the name. */
const MAX_DESCRIPTION_WORDS = 4;
/** A name after a description has at least two words ("Ana Ruiz") and at most this many. */
const MAX_NAME_WORDS = 4;
/** A lower-case word of a description: letters and hyphens ("presidential", "front-runner", "of"). */
const DESCRIPTION_WORD = /^\p{Ll}[\p{Ll}-]{0,24}$/u;

/** A capitalised word that opens a description of a person: a qualifier, a modifier or a demonym ("Republican", "Former", "German"). */
const opensDescription = (w: Word): boolean => w.isWord && w.cap && (isRoleModifier(w.lower) || countryOf(w.text) !== undefined);

/**
 * The index of the first word of the full name a capitalised description leads to ("Republican
 * presidential front-runner Tom Reed", "German chancellor Maria Vogel", "Former secretary
 * of state Ana Ruiz"): the opening word, one to four lower-case words, then at least two
 * capitalised words, some description word a role ("chancellor") or a compound ("front-runner"). -1 when the words at `at` are no such description. The name stands for
 * the phrase; the description before it names no one on its own.
 */
export function nameAfterDescription(words: readonly Word[], at: number): number {
  const opening = words[at];
  if (!opening || !opensDescription(opening) || isPossessive(opening)) return -1;
  let k = at + 1;
  while (k < words.length && k <= at + MAX_DESCRIPTION_WORDS && DESCRIPTION_WORD.test((words[k] as Word).text)) k++;
  const description = words.slice(at + 1, k);
  if (!description.some((w) => isRoleNoun(w.lower) || w.lower.includes('-'))) return -1;
  let last = k;
  while (last + 1 < words.length && last + 1 < k + MAX_NAME_WORDS && isNameWord(words[last + 1]) && !isPossessive(words[last] as Word)) last++;
  return isNameWord(words[k]) && last > k ? k : -1;
}

const isNameWord = (w: Word | undefined): boolean => w !== undefined && w.isWord && w.cap;
