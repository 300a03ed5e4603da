import type { Sentence } from '../../model.ts';
import { isRoleNoun, isTitleWord } from '../../lexicon/titles.ts';
import { clauseSubject } from './clause-subjects.ts';
import { nameAfterDescription } from './descriptor-names.ts';
import type { Phrase } from './phrases.ts';
import { sentenceAt } from './registry.ts';
import { wordsOf, type Word } from './tokens.ts';

/** The subject of a clause when it is a person's name or a personal pronoun. */
function personSubject(words: readonly Word[]): Phrase | null {
  const subject = clauseSubject(words, 0, words.length);
  return subject && (subject.kind === 'pronoun' || (subject.kind === 'name' && !subject.nonPerson)) ? subject : null;
}

/** The last sentence before `before` when it belongs to the paragraph before `paragraph`. */
function lastSentenceBefore(sentences: readonly Sentence[], paragraph: number, before: number): Sentence | null {
  const found = sentences[sentenceAt(sentences, before - 1)];
  return found !== undefined && found.end <= before && found.paragraph === paragraph - 1 ? found : null;
}

/**
 * A quote paragraph with no cue of its own, after a paragraph of narration ("Valastro praised
 * the governor's record. / “We need someone who ...”"): the person the last sentence of that
 * paragraph is about, its subject, when that is a person's name or a personal pronoun.
 * `masked` hides the quoted words, so a quote paragraph before gives no subject.
 */
export function paragraphSubject(masked: string, sentences: readonly Sentence[], paragraph: number, open: number): Phrase | null {
  const sentence = lastSentenceBefore(sentences, paragraph, open);
  if (!sentence) return null;
  const words = wordsOf(masked, sentence.start, sentence.end);
  return personSubject(words);
}

/**
 * A quote opening a sentence in the middle of a paragraph with no cue of its own, after a
 * sentence of narration ("Lee announced the suit on Monday. “We are seeking ...”"): the subject
 * of that sentence, when it is a person's name or a personal pronoun.
 */
export function previousSentenceSubject(masked: string, sentences: readonly Sentence[], open: number): Phrase | null {
  const at = sentenceAt(sentences, open);
  const sentence = sentences[at];
  const previous = sentences[at - 1];
  if (!sentence || !previous || previous.paragraph !== sentence.paragraph || masked.slice(sentence.start, open).trim() !== '') return null;
  return personSubject(wordsOf(masked, previous.start, previous.end));
}

/**
 * A fragment quoted with no cue ("He anticipated that the hardest part would be “dealing with
 * the press.”"): the person its sentence is about, its subject before the opening mark, when
 * that is a person's name or a personal pronoun.
 */
export function sentenceSubject(masked: string, sentences: readonly Sentence[], open: number): Phrase | null {
  const sentence = sentences[sentenceAt(sentences, open)];
  if (!sentence || sentence.start >= open) return null;
  const words = wordsOf(masked, sentence.start, open);
  const subject = personSubject(words);
  return subject && opensMainClause(words, subject) ? subject : null;
}

/** Words that may open a sentence before its subject ("And he said"). */
const OPENERS = new Set(['and', 'but', 'so', 'then', 'yet', 'still']);

/**
 * True when the subject opens the sentence (an opener aside: "But he"), after its description
 * ("Republican presidential nominee Ana Ruiz"), or follows the comma of an introductory phrase
 * ("In Iowa, Trump ..."), not a subordinate clause ("... was that Crist").
 */
export function opensMainClause(words: readonly Word[], subject: Phrase): boolean {
  const at = words.findIndex((w) => w.end > subject.start);
  let first = 0;
  while (first < at && OPENERS.has((words[first] as Word).lower)) first++;
  const before = words[at - 1];
  const described = words.slice(first, at).every(isDescriptor) || nameAfterDescription(words, first) === at;
  return at <= first || described || (before?.text === ',' && !words.slice(0, at).some((w) => SUBORDINATORS.has(w.lower)));
}

/** A word of the title or description a name opens with ("Mrs.", "Former", "Obama", "spokesman"). */
const isDescriptor = (w: Word): boolean => w.isWord && (w.cap || isTitleWord(w.lower) || isRoleNoun(w.lower));

/** Words that open a subordinate clause, whose subject is not the sentence's. */
const SUBORDINATORS = new Set(['that', 'who', 'which', 'when', 'while', 'because', 'if', 'although', 'whom', 'whose', 'as']);

