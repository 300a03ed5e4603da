/**
 * The subject of a clause: its first subject-like phrase (not a possessive, not after a
 * preposition, not a placeholder "it"), after an introductory or opening phrase when there is one.
 */
import { firstStartingAt } from '../../span.ts';
import { nounSubjectOpening } from './noun-phrases.ts';
import { subjectAfterOpening } from './opening-phrases.ts';
import { parentheticalClosing, parentheticalOpening } from './appositions.ts';
import { isParticipleOpener } from './participles.ts';
import { phraseStartingAt, type Phrase } from './phrases.ts';
import { prepositionBefore } from './prepositional.ts';
import type { Word } from './tokens.ts';

/** A party and state tag closed at `close` ("(D-Mass.)", "(R)", "(I-Vt.)"): an aside, not a name. */
export function isPartyTag(words: readonly Word[], close: number): boolean {
  const open = parentheticalOpening(words, close);
  return open >= 0 && PARTY_TAG.test(words[open + 1]?.text ?? '');
}
const PARTY_TAG = /^[RDI](?:-\p{Lu}[\p{L}.]{0,12})?$/u;

/** The first subject-like phrase of a clause (not a possessive, not after a preposition). */
export function firstSubject(words: readonly Word[], from: number, to: number): Phrase | null {
  for (let i = from; i < to; i++) {
    const found = phraseStartingAt(words, i);
    if (!found) continue;
    const { phrase } = found;
    const bracketed = words[i]?.text === '(';
    let first = i;
    while (first < found.last && (words[first] as Word).start < phrase.start) first++;
    const afterPreposition = [i - 1, first - 1].some((k) => PREPOSITIONS.has(words[k]?.lower ?? '') || (ARTICLES.has(words[k]?.lower ?? '') && PREPOSITIONS.has(words[k - 1]?.lower ?? '')));
    if (!phrase.possessive && !phrase.nonPerson && !bracketed && !afterPreposition && prepositionBefore(words, phrase, found.last) < 0 && !isExpletive(words, found.last)) return phrase;
    i = found.last;
  }
  return null;
}

/** Verbs after which "it" stands for no one ("It would be wrong to say", "It is clear"). */
const EXPLETIVE_VERBS = new Set(['is', 'was', 'would', 'will', 'seems', 'seemed', 'appears', 'appeared', 'remains', 'could', 'may', 'might', 'has', 'had']);

/** "It" as a placeholder subject, not a speaker: followed by a copula or an auxiliary. */
function isExpletive(words: readonly Word[], at: number): boolean {
  return words[at]?.lower === 'it' && EXPLETIVE_VERBS.has(words[at + 1]?.lower ?? '');
}

const PREPOSITIONS = new Set(['to', 'from', 'by', 'with', 'of', 'for', 'against', 'on', 'at', 'about', 'than', 'over', 'after', 'before', 'like']);
/** Articles between a preposition and a name that modifies a noun ("after the Paris attacks"). */
const ARTICLES = new Set(['the', 'a', 'an']);

/**
 * The subject after an introductory phrase whose capitalised first word looked like one ("Hours
 * later, Smith said", "Asked about it, Smith said"): a lone word opening the clause and followed
 * by a lower-case word, then a comma right before a subject that a lower-case word follows.
 */
function subjectAfterIntro(words: readonly Word[], from: number, to: number, subject: Phrase): Phrase | null {
  const opening = words[from];
  const next = words[from + 1];
  if (opening?.start !== subject.start || opening.end !== subject.end || !next?.isWord || next.cap) return null;
  for (let k = from + 2; k < to; k++) {
    if ((words[k] as Word).text !== ',') continue;
    const found = subjectOpeningAt(words, k + 1, to);
    const verb = found ? words[found.last + 1] : undefined;
    if (found && !found.phrase.possessive && verb?.isWord && !verb.cap && found.last + 1 < to) return found.phrase;
  }
  return null;
}

/**
 * A subject opening a clause at word `at`: a name, role or pronoun, its party tag included
 * ("Sen. Ana Ruiz (D-Ohio)"), else a common noun after a determiner ("the company").
 */
function subjectOpeningAt(words: readonly Word[], at: number, to: number): { phrase: Phrase; last: number } | null {
  const found = phraseStartingAt(words, at);
  if (found) return words[found.last + 1]?.text === '(' && isPartyTag(words, parentheticalClosing(words, found.last + 1)) ? { ...found, last: parentheticalClosing(words, found.last + 1) } : found;
  const noun = nounSubjectOpening(words, at, to);
  return noun ? { phrase: noun, last: firstStartingAt(words, noun.end) - 1 } : null;
}

/** The subject of the clause from `from` to `to`, an introductory phrase skipped. */
export function clauseSubject(words: readonly Word[], from: number, to: number): Phrase | null {
  const subject = firstSubject(words, from, to);
  const noun = nounSubjectOpening(words, from, to);
  if (noun && (!subject || subject.start > noun.end)) return noun;
  const afterOpening = subjectAfterOpening(words, from, to);
  if (afterOpening && (!subject || subject.start < afterOpening.start)) return afterOpening;
  if (!subject) return null;
  const afterIntro = subjectAfterIntro(words, from, to, subject);
  return afterIntro ?? (isParticipleOpener(words, from, subject) ? null : subject);
}
