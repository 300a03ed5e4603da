import { countEndingAt } from './counts.ts';
import { nounPhraseEndingAt } from './noun-phrases.ts';
import { phraseEndingAt, type Phrase } from './phrases.ts';
import type { Word } from './tokens.ts';

const BEFORE_RELATIVE = new Set([',', '(', '-', '\u2014', '\u2013']);

/**
 * The phrase a relative pronoun at `relative` stands for: the name or noun phrase right before it
 * ("Ana Ruiz Jr., who said"), or a quantifier or count of people right before it ("some who
 * warned", "18% who say").
 */
export function antecedentOf(words: readonly Word[], relative: number): Phrase | null {
  const separated = BEFORE_RELATIVE.has(words[relative - 1]?.text ?? '');
  const last = nameSuffixBefore(words, separated ? relative - 2 : relative - 1);
  if (last < 0) return null;
  const phrase = phraseEndingAt(words, last) ?? nounPhraseEndingAt(words, last) ?? (separated ? null : quantifierAt(words, last));
  return phrase && !phrase.possessive && phrase.kind !== 'first-person' ? phrase : null;
}

/**
 * The subject before a relative clause that a cue follows (`the groups who wrote to her on
 * Thursday say`): the noun phrase right before "who" with no comma between; a clause set off by
 * commas is skipped elsewhere.
 */
export function restrictiveAntecedent(words: readonly Word[], relative: number): Phrase | null {
  if (BEFORE_RELATIVE.has(words[relative - 1]?.text ?? '')) return null;
  const phrase = antecedentOf(words, relative);
  return phrase?.kind === 'pronoun' ? null : phrase;
}

/** The period of a name suffix ("Jr", ".") at `at` gives way to the suffix, the name's last word. */
function nameSuffixBefore(words: readonly Word[], at: number): number {
  return words[at]?.text === '.' && NAME_SUFFIXES.has(words[at - 1]?.text ?? '') ? at - 1 : at;
}
const NAME_SUFFIXES = new Set(['Jr', 'Sr']);

/** Words that stand for people before "who" ("those who said", "some who warned"). */
const QUANTIFIER_ANTECEDENTS = new Set(['those', 'some', 'many', 'others', 'most', 'few', 'several', 'all', 'both']);

/** A quantifier or a count of people at word `at` (`some`, `18%`), as a noun phrase. */
function quantifierAt(words: readonly Word[], at: number): Phrase | null {
  const w = words[at] as Word;
  if (!QUANTIFIER_ANTECEDENTS.has(w.lower)) return countEndingAt(words, at);
  return { start: w.start, end: w.end, kind: 'noun', text: w.text, possessive: false };
}
