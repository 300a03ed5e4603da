import { IRREGULAR_VERBS } from './data/irregular-verbs.ts';
import type { Word } from './tokens.ts';

/** Irregular past forms that are no common noun or adjective ("told", "met", "wrote"; not "cut", "set", "bid"). */
const IRREGULAR_PASTS: ReadonlySet<string> = new Set(IRREGULAR_VERBS.filter(([base, past]) => base !== past).map(([, past]) => past));
/** A regular past form: at least three letters before "-ed" ("endorsed", "praised"). */
const REGULAR_PAST = /^\p{Ll}{3,20}ed$/u;

/** True for a lower-case word shaped like a past verb ("endorsed", "told"). */
export const isPastForm = (w: Word): boolean => w.isWord && !w.cap && (REGULAR_PAST.test(w.lower) || IRREGULAR_PASTS.has(w.lower));

/**
 * The index of the first word in `from..to` that is a past verb right after a capitalised word:
 * "Mrs. Schlafly endorsed Donald Trump" (the name is the verb's subject, the one after its
 * object); -1 when none. A past form after a determiner or a lower-case word is an adjective
 * ("a retired general", "the so-called expert").
 */
export function verbAfterName(words: readonly Word[], from: number, to: number): number {
  for (let k = Math.max(from, 1); k <= to; k++) {
    const previous = words[k - 1] as Word;
    if (k - 1 >= from && previous.isWord && previous.cap && isPastForm(words[k] as Word)) return k;
  }
  return -1;
}
