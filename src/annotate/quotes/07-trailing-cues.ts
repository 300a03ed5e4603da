import type { Sentence } from '../../model.ts';
import { indexStartingAt, trimSpan } from '../../span.ts';
import { subjectBefore } from './02-attribution.ts';
import type { IndirectCandidate } from './04-indirect.ts';
import { TIME_WORDS } from './data/clauses.ts';
import { clauseCueIndices } from './cue-positions.ts';
import { speakerStartingAt } from './noun-phrases.ts';
import type { Phrase } from './phrases.ts';
import { MASK, wordsOf, type Word } from './tokens.ts';

/** Reported clauses shorter than this are not worth a quote ("Yes, she said"). */
const MIN_CONTENT_WORDS = 4;
/** Words that may follow a closing cue ("he said Tuesday", "she said in an interview"). */
export const MAX_TAIL_WORDS = 5;
/** Cues followed by the listener, not the speaker ("..., told the magazine."). */
export const LISTENER_CUES = new Set(['told', 'tells', 'tell', 'telling', 'assured', 'assures', 'warned', 'warns', 'urged', 'urges']);
const TAIL_OPENERS = new Set(['in', 'on', 'at', 'during', 'to', 'of', 'after', 'before', 'via', 'through']);

/** Index of the last word of the sentence body, final punctuation and closing marks left out. */
export function lastWordIndex(words: readonly Word[]): number {
  let last = words.length - 1;
  while (last >= 0 && !(words[last] as Word).isWord) {
    if ((words[last] as Word).text.startsWith(MASK)) return -1;
    last--;
  }
  return last;
}

/** True when words `from..last` are a tail a cue may carry: time words, or a short phrase after a preposition. */
export function isTail(words: readonly Word[], from: number, last: number): boolean {
  if (from > last) return true;
  if (last - from + 1 > MAX_TAIL_WORDS) return false;
  const tail = words.slice(from, last + 1);
  return tail.every((w) => TIME_WORDS.has(w.lower) || w.cap) || TAIL_OPENERS.has((words[from] as Word).lower);
}

/**
 * The content before word `comma` (a comma, or `words.length` for the whole sentence less its
 * final punctuation): from the sentence start, at least `minWords` words, unquoted.
 */
function contentBefore(text: string, words: readonly Word[], comma: number, sentence: Sentence, minWords = MIN_CONTENT_WORDS): IndirectCandidate['cue'] | null {
  const end = comma < words.length ? (words[comma] as Word).start : (words[lastWordIndex(words)]?.end ?? sentence.start);
  const span = trimSpan(text, { start: sentence.start, end });
  const content = text.slice(span.start, span.end);
  if (content.includes(MASK) || words.slice(0, comma).filter((w) => w.isWord).length < minWords) return null;
  return { ...span, text: content };
}

/** Capitalised words a subject phrase may leave out before its name ("Mr." in "Mr. Sykes", "Mayor" in "Mayor Ted Terry"). */
const MAX_TITLE_WORDS = 2;

/** Index of the first word of a subject phrase, the title words written before it included. */
export function subjectOpening(words: readonly Word[], phrase: Phrase): number {
  let first = indexStartingAt(words, phrase.start);
  for (let n = 0; n < MAX_TITLE_WORDS && first > 1 && (words[first - 1] as Word).cap; n++) first--;
  return first;
}

/** "..., she said." / "..., officials said Tuesday.": the subject, then the cue. */
function subjectThenCue(text: string, words: readonly Word[], cue: number, sentence: Sentence): IndirectCandidate | null {
  const phrase = subjectBefore(words, cue, 0);
  if (!phrase) return null;
  const first = subjectOpening(words, phrase);
  if (first < 1 || words[first - 1]?.text !== ',') return null;
  return withContent(text, words, first - 1, cue, phrase, sentence);
}

/** "..., said Jane Doe, a spokeswoman." : the cue, then the subject. */
function cueThenSubject(text: string, words: readonly Word[], cue: number, sentence: Sentence): IndirectCandidate | null {
  if (words[cue - 1]?.text !== ',' || LISTENER_CUES.has((words[cue] as Word).lower)) return null;
  const subject = speakerStartingAt(words, cue + 1);
  const last = lastWordIndex(words);
  if (!subject || !(words[subject.last + 1]?.text === ',' || isTail(words, subject.last + 1, last))) return null;
  return withContent(text, words, cue - 1, cue, subject.phrase, sentence);
}

function withContent(text: string, words: readonly Word[], comma: number, cue: number, phrase: Phrase, sentence: Sentence): IndirectCandidate | null {
  const content = contentBefore(text, words, comma, sentence);
  const word = words[cue] as Word;
  return content ? { start: content.start, end: content.end, cue: { start: word.start, end: word.end, text: word.text }, phrase } : null;
}

/** Words after a mid-sentence cue that start the narrator's own words, not more of the content ("adding", "who"). */
const NARRATION_OPENERS = new Set(['who', 'which', 'whose', 'where', 'while', 'but', 'and', 'according', 'as']);
/** How many mid-sentence cues of one sentence are tried (bounded work on a run-on line). */
const MAX_INNER_CUES = 4;

/** True when the words from `from` on go on with the reported content after a parenthetical cue. */
function contentGoesOn(words: readonly Word[], from: number): boolean {
  const next = words[from];
  if (!next?.isWord || next.cap || NARRATION_OPENERS.has(next.lower) || next.lower.endsWith('ing')) return false;
  return words.length - from >= MIN_CONTENT_WORDS;
}

/**
 * A cue set off by commas inside the sentence ("Many of the closures, he said, have involved
 * ..."; "Sales fell, Smith said, adding that ..."; "..., said Jane Doe, a spokeswoman, who ..."):
 * the content is the whole sentence when it goes on after the cue, else the words before it.
 */
function innerCue(text: string, words: readonly Word[], cue: number, sentence: Sentence): IndirectCandidate | null {
  const closing = words[cue + 1]?.text === ',' ? cue + 1 : -1;
  const phrase = closing < 0 ? null : subjectBefore(words, cue, 0);
  const first = phrase ? subjectOpening(words, phrase) : -1;
  if (phrase && first > 0 && words[first - 1]?.text === ',') {
    const word = words[cue] as Word;
    const cueSpan = { start: word.start, end: word.end, text: word.text };
    const rest = text.slice((words[closing] as Word).end, sentence.end);
    if (contentGoesOn(words, closing + 1) && !rest.includes(MASK)) {
      const whole = contentBefore(text, words, words.length, sentence, 1);
      return whole ? { start: whole.start, end: whole.end, cue: cueSpan, phrase } : null;
    }
    return withContent(text, words, first - 1, cue, phrase, sentence);
  }
  return words[cue - 1]?.text === ',' && !LISTENER_CUES.has((words[cue] as Word).lower) ? invertedInner(text, words, cue, sentence) : null;
}

/** ", said Jane Doe, ..." inside a sentence: the content is the words before the cue. */
function invertedInner(text: string, words: readonly Word[], cue: number, sentence: Sentence): IndirectCandidate | null {
  const subject = speakerStartingAt(words, cue + 1);
  if (!subject || subject.phrase.possessive || words[subject.last + 1]?.text !== ',') return null;
  return withContent(text, words, cue - 1, cue, subject.phrase, sentence);
}

/**
 * Reported speech whose cue closes the sentence ("Sales were great, he said."; "The plan is
 * dead, said a spokesman."): the content is the sentence up to the comma before the cue.
 */
export function findTrailingCue(
  text: string,
  sentence: Sentence,
  words: readonly Word[] = wordsOf(text, sentence.start, sentence.end),
  cues: readonly number[] = clauseCueIndices(words),
): IndirectCandidate[] {
  const last = lastWordIndex(words);
  const from = last - MAX_TAIL_WORDS - 4;
  const cue = lastCueWithin(cues, Math.max(1, from), last);
  if (cue === null) return innerCues(text, words, cues, from, sentence);
  if (isTail(words, cue + 1, last)) {
    const found = subjectThenCue(text, words, cue, sentence);
    if (found) return [found];
  }
  const inverted = cueThenSubject(text, words, cue, sentence);
  return inverted ? [inverted] : innerCues(text, words, cues, cue + 1, sentence);
}

/** The last of the (ascending) cue indices `cues` within `from..to`, if any. */
function lastCueWithin(cues: readonly number[], from: number, to: number): number | null {
  for (let k = cues.length - 1; k >= 0; k--) {
    const cue = cues[k] as number;
    if (cue <= to) return cue >= from ? cue : null;
  }
  return null;
}

/** The first cue (of the ascending `cues`) set off by commas before word `before` (after the sentence's first two words). */
function innerCues(text: string, words: readonly Word[], cues: readonly number[], before: number, sentence: Sentence): IndirectCandidate[] {
  let tried = 0;
  for (const cue of cues) {
    if (cue >= before || tried >= MAX_INNER_CUES) break;
    if (cue < 2 || (words[cue + 1]?.text !== ',' && words[cue - 1]?.text !== ',')) continue;
    tried++;
    const found = innerCue(text, words, cue, sentence);
    if (found) return [found];
  }
  return [];
}
