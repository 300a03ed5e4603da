import type { Sentence, Span } from '../../model.ts';
import { isTitleWord } from '../../lexicon/titles.ts';
import { cueInSentence, type Attribution } from './02-attribution.ts';
import { firstSubject } from './clause-subjects.ts';
import { phraseEndingAt, type Phrase } from './phrases.ts';
import { SENTENCE_END, wordsOf, type Word } from './tokens.ts';

/**
 * The last sentence of the paragraph before `paragraph`, when it introduces what follows with a
 * colon ("Reporter Jane Roe says:", "He then listed the qualities he looks for:").
 */
export function introSentence(sentences: readonly Sentence[], text: string, paragraph: number, before: number): Sentence | null {
  let found: Sentence | null = null;
  for (const s of sentences) {
    if (s.start >= before) break;
    found = s;
  }
  if (!found || found.paragraph !== paragraph - 1) return null;
  return /:\s*$/u.test(text.slice(found.start, found.end)) ? found : null;
}

/** True when the word after `end` is a lower-case word, as a verb after its subject is ("He then listed"). */
function followedByLowerWord(words: readonly Word[], end: number): boolean {
  const next = words.find((w) => w.start >= end);
  return next !== undefined && next.isWord && !next.cap;
}

/** True when the subject starts at word `first`, titles aside ("Senator Paul Lark"; not "When Wallace"). */
function opensWith(words: readonly Word[], first: number, subject: Phrase): boolean {
  for (let i = first; i < words.length && (words[i] as Word).start < subject.start; i++) if (!isTitleWord((words[i] as Word).lower)) return false;
  return true;
}

/** Words that may open a sentence before its subject ("And he wrote:"). */
const OPENERS = new Set(['and', 'but', 'so', 'then', 'later', 'also']);

/**
 * The attribution a quote paragraph takes from the colon-ended sentence introducing it: that
 * sentence's cue and subject, else the subject opening it with the colon as cue. Null without a subject.
 */
export function introAttribution(text: string, intro: Span): Attribution | null {
  const colon = text.lastIndexOf(':', intro.end);
  const cued = cueInSentence(text, intro.start, colon);
  if (cued?.phrase) return cued;
  const words = wordsOf(text, intro.start, colon);
  let first = 0;
  while (first < words.length && OPENERS.has((words[first] as Word).lower)) first++;
  const subject = firstSubject(words, first, first + 1);
  if (!subject || !opensWith(words, first, subject) || !followedByLowerWord(words, subject.end)) return null;
  return { cue: { start: colon, end: colon + 1, text: ':' }, phrase: subject };
}

/** How far (in characters) before a colon its clause is looked for. */
const COLON_REACH = 200;
/** A dash hands over from a headline to its author ("Pollsters agree - Ana Ruiz:"). */
const DASHES = new Set(['-', '\u2013', '\u2014']);
/** Words after which a name ending at the colon is where or when, not who ("on CNN:", "From the report:"). */
const BEFORE_PLACE_OR_TIME = new Set(['on', 'in', 'at', 'from', 'to', 'of', 'for', 'with', 'about', 'by', 'during', 'after', 'before']);

/** The name or role that ends right at the colon ("Pollsters agree - Ana Ruiz:"), not after a preposition. */
function nameAtColon(words: readonly Word[]): Phrase | null {
  const phrase = phraseEndingAt(words, words.length - 1);
  if (!phrase || phrase.possessive || (phrase.kind !== 'name' && phrase.kind !== 'role')) return null;
  const first = words.findIndex((w) => w.start >= phrase.start);
  return BEFORE_PLACE_OR_TIME.has(words[first - 1]?.lower ?? '') ? null : phrase;
}

/**
 * A quote right after a colon with no cue verb: the clause before the colon names its speaker,
 * by its subject ("Ana Ruiz then turned to the crowd: “...”") or by a name ending at the colon
 * ("Ana Ruiz: “...”", "Results surprised pollster Ana Ruiz: “...”"). A dash starts the clause.
 */
export function colonAttribution(text: string, from: number, open: number): Attribution | null {
  const before = text.slice(Math.max(from, open - COLON_REACH), open);
  const trailing = /:\s{0,3}$/u.exec(before);
  if (!trailing) return null;
  const colon = open - before.length + trailing.index;
  const words = wordsOf(text, open - before.length, colon);
  let first = words.length;
  while (first > 0 && !SENTENCE_END.has((words[first - 1] as Word).text) && !DASHES.has((words[first - 1] as Word).text)) first--;
  const clause = words.slice(first);
  if (clause.length === 0) return null;
  const start = (clause[0] as Word).start;
  const subject = introAttribution(text, { start, end: colon + 1 });
  if (subject) return subject;
  const named = nameAtColon(clause);
  return named ? { cue: { start: colon, end: colon + 1, text: ':' }, phrase: named } : null;
}
