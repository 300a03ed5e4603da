import type { Sentence } from '../../model.ts';
import { isTitleWord } from '../../lexicon/titles.ts';
import { cueInSentence, firstSubject, type Attribution } from './02-attribution.ts';
import type { Phrase } from './phrases.ts';
import { wordsOf, type Word } from './tokens.ts';

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
export function introAttribution(text: string, intro: Sentence): Attribution | null {
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
