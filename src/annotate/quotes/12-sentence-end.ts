import { indexStartingAt } from '../../span.ts';
import type { Attribution } from './02-attribution.ts';
import { subjectBefore } from './02-attribution.ts';
import { isTail, lastWordIndex, LISTENER_CUES, MAX_TAIL_WORDS } from './07-trailing-cues.ts';
import { CLAUSE_FORMS } from './data/cues.ts';
import { speakerStartingAt } from './noun-phrases.ts';
import { SENTENCE_END, wordsOf, type Word } from './tokens.ts';

/** How far (in characters) after a quote the end of its sentence is looked for. */
const REACH = 240;
/** Lower-case words right after the closing mark: the sentence goes on (“...” for the victory, ...). */
const SENTENCE_GOES_ON = /^\s{0,2}\p{Ll}/u;

function cueSpan(word: Word): Attribution['cue'] {
  return { start: word.start, end: word.end, text: word.text };
}

/** ", Smith said [Tuesday]." at the cue `cue`: the subject right after a comma. */
function subjectThenCue(words: readonly Word[], cue: number): Attribution | null {
  const phrase = subjectBefore(words, cue, 0);
  if (!phrase) return null;
  const first = indexStartingAt(words, phrase.start);
  return first > 0 && words[first - 1]?.text === ',' ? { cue: cueSpan(words[cue] as Word), phrase } : null;
}

/** ", said Jane Doe, a professor at ..." at the cue `cue`: the subject right after it. */
function cueThenSubject(words: readonly Word[], cue: number, last: number): Attribution | null {
  if (words[cue - 1]?.text !== ',' || LISTENER_CUES.has((words[cue] as Word).lower)) return null;
  const subject = speakerStartingAt(words, cue + 1);
  if (!subject || !(words[subject.last + 1]?.text === ',' || isTail(words, subject.last + 1, last))) return null;
  return { cue: cueSpan(words[cue] as Word), phrase: subject.phrase };
}

/**
 * A quote its sentence goes on after, the cue closing that sentence (`“...” for the victory,
 * Sanders said.`, `“...” since most cases were close, said Jane Doe, a professor.`). Reads the
 * masked text from the closing mark (`after`) to the sentence end, before `to`.
 */
export function cueClosingSentence(original: string, masked: string, after: number, to: number): Attribution | null {
  if (!SENTENCE_GOES_ON.test(original.slice(after, after + 3))) return null;
  const words = wordsOf(masked, after, Math.min(to, after + REACH));
  const end = words.findIndex((w) => SENTENCE_END.has(w.text));
  if (end < 0) return null;
  const sentence = words.slice(0, end);
  const last = lastWordIndex(sentence);
  for (let cue = last; cue > 0 && cue >= last - MAX_TAIL_WORDS - 4; cue--) {
    if (!CLAUSE_FORMS.has((sentence[cue] as Word).lower)) continue;
    const found = isTail(sentence, cue + 1, last) ? subjectThenCue(sentence, cue) : null;
    return found ?? cueThenSubject(sentence, cue, last);
  }
  return cueBeforeApposition(sentence, last - MAX_TAIL_WORDS - 5);
}

/**
 * ", said Jane Doe, deputy manager of the 2004 campaign." further from the sentence end: the
 * last cue before `before` that a comma opens and a subject with an apposition follows.
 */
function cueBeforeApposition(words: readonly Word[], before: number): Attribution | null {
  for (let cue = before; cue > 0; cue--) {
    if (!CLAUSE_FORMS.has((words[cue] as Word).lower)) continue;
    const subject = words[cue - 1]?.text === ',' && !LISTENER_CUES.has((words[cue] as Word).lower) ? speakerStartingAt(words, cue + 1) : null;
    return subject && words[subject.last + 1]?.text === ',' ? { cue: cueSpan(words[cue] as Word), phrase: subject.phrase } : null;
  }
  return null;
}
