import { countEndingAt } from './counts.ts';
import { nounPhraseEndingAt } from './noun-phrases.ts';
import { phraseEndingAt, type Phrase } from './phrases.ts';
import { prepositionBefore } from './prepositional.ts';
import { TIME_WORDS } from './data/clauses.ts';
import { DETERMINERS } from './data/speaker-nouns.ts';
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

/** Relative pronouns that open a restrictive clause on a subject ("officials who spoke", "groups that have endorsed"). */
const CLAUSE_RELATIVES = new Set(['who', 'that']);
/** How many words a restrictive clause may hold before the noun it ends on ("who have long praised his"). */
const MAX_CLAUSE_WORDS = 6;
/** Words that open another clause inside the relative one ("that is in what he called"): the phrase after them is its subject. */
const CLAUSE_OPENERS = new Set(['what', 'which', 'whom', 'whose', 'where', 'when', 'how', 'why', 'whether', 'if', 'because', 'and', 'but', 'or']);
/** Words that make "that" a conjunction, not a relative, when right after it ("said that the", "that in 2019"). */
const NOT_CLAUSE_VERBS = new Set([
  'the', 'a', 'an', 'this', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'some', 'many', 'most', 'all',
  'he', 'she', 'they', 'it', 'we', 'i', 'you', 'there', 'in', 'at', 'on', 'for', 'from', 'to', 'with', 'by', 'of', 'if', 'when', 'while', 'as',
]);

/**
 * The subject a restrictive relative clause describes when a phrase inside that clause ends
 * right before a cue (`officials who spoke with the paper said`, `groups that have endorsed him
 * say`): the phrase is the clause's object, the cue's subject is the noun phrase before "who" or
 * "that". `first` is the phrase's first word; null when no such clause holds it.
 */
export function restrictiveClauseHead(words: readonly Word[], first: number): Phrase | null {
  for (let k = first - 1; k > 0 && k >= first - MAX_CLAUSE_WORDS; k--) {
    const w = words[k] as Word;
    if (CLAUSE_RELATIVES.has(w.lower)) return k + 1 < first ? relativeClauseHead(words, k) : null;
    if (!w.isWord || CLAUSE_OPENERS.has(w.lower)) return null;
  }
  return null;
}

/**
 * The noun phrase a restrictive "who" or "that" at `relative` describes, when a verb follows it
 * ("groups that have endorsed"); null when "that" opens a reported clause ("that the party").
 */
export function relativeClauseHead(words: readonly Word[], relative: number): Phrase | null {
  const verb = words[relative + 1];
  if (!verb?.isWord || verb.cap || NOT_CLAUSE_VERBS.has(verb.lower)) return null;
  const head = restrictiveAntecedent(words, relative);
  return head && !TIME_WORDS.has(head.text.split(' ').pop()?.toLowerCase() ?? '') && !isGoverned(words, head, relative - 1) ? head : null;
}

/** True when a preposition makes the phrase ending at word `last` its object ("on Twitter that", "the areas of the network that"). */
function isGoverned(words: readonly Word[], phrase: Phrase, last: number): boolean {
  if (prepositionBefore(words, phrase, last) >= 0) return true;
  let k = last;
  while (k > 0 && (words[k - 1] as Word).start >= phrase.start) k--;
  if (DETERMINERS.has(words[k - 1]?.lower ?? '')) k--;
  return words[k - 1]?.lower === 'of';
}
