import type { Sentence } from '../../model.ts';
import { trimSpan } from '../../span.ts';
import { subjectBefore } from './02-attribution.ts';
import type { IndirectCandidate } from './04-indirect.ts';
import { TIME_WORDS } from './data/clauses.ts';
import { CLAUSE_FORMS } from './data/cues.ts';
import { speakerStartingAt } from './noun-phrases.ts';
import type { Phrase } from './phrases.ts';
import { MASK, wordsOf, type Word, wordStartingAt } from './tokens.ts';

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

/** The content before the comma at `comma`: from the sentence start, long enough and unquoted. */
function contentBefore(text: string, words: readonly Word[], comma: number, sentence: Sentence): IndirectCandidate['cue'] | null {
  const span = trimSpan(text, { start: sentence.start, end: (words[comma] as Word).start });
  const content = text.slice(span.start, span.end);
  if (content.includes(MASK) || words.slice(0, comma).filter((w) => w.isWord).length < MIN_CONTENT_WORDS) return null;
  return { ...span, text: content };
}

/** "..., she said." / "..., officials said Tuesday.": the subject, then the cue. */
function subjectThenCue(text: string, words: readonly Word[], cue: number, sentence: Sentence): IndirectCandidate | null {
  const phrase = subjectBefore(words, cue, 0);
  if (!phrase) return null;
  const first = wordStartingAt(words, phrase.start);
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

/**
 * Reported speech whose cue closes the sentence ("Sales were great, he said."; "The plan is
 * dead, said a spokesman."): the content is the sentence up to the comma before the cue.
 */
export function findTrailingCue(text: string, sentence: Sentence, words: readonly Word[] = wordsOf(text, sentence.start, sentence.end)): IndirectCandidate[] {
  const last = lastWordIndex(words);
  for (let cue = last; cue > 0 && cue >= last - MAX_TAIL_WORDS - 4; cue--) {
    if (!CLAUSE_FORMS.has((words[cue] as Word).lower)) continue;
    if (isTail(words, cue + 1, last)) {
      const found = subjectThenCue(text, words, cue, sentence);
      if (found) return [found];
    }
    const inverted = cueThenSubject(text, words, cue, sentence);
    return inverted ? [inverted] : [];
  }
  return [];
}
