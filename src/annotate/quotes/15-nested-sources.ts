import type { Attribution } from './02-attribution.ts';
import { accordingSource } from './10-according.ts';
import { lastWordIndex } from './07-trailing-cues.ts';
import { isCue } from './data/cues.ts';
import { SENTENCE_END, wordsOf, type Word } from './tokens.ts';

/**
 * A source nested in an attribution: "“...,” Smith said, according to CNN." or "Smith said the
 * plan was dead, according to a transcript." The words rest on whoever reported them (a paper, a
 * transcript, a pool report, a witness), so that source is the one the attribution names.
 */

/** How far (in characters) after a cue its nested source is looked for. */
const REACH = 160;
/** Words that may stand between a cue and "according to" ("said at a press conference Tuesday,"). */
const MAX_WORDS_BETWEEN = 8;
/** How many words before a sentence's end its closing ", according to X" may start: X is a phrase of a few words. */
const CLOSING_REACH = 32;
/** Words that open a clause of their own between the cue and "according to": the source is that clause's. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['that', 'which', 'who', 'while', 'when', 'because', 'and', 'but']);

function accordingAt(words: readonly Word[], i: number): boolean {
  return words[i]?.lower === 'according' && words[i + 1]?.lower === 'to';
}

/** The attribution "according to" at word `i` makes, with the index of the source's last word. */
function nestedAt(words: readonly Word[], i: number): { attribution: Attribution; last: number } | null {
  const found = accordingSource(words, i + 2);
  if (!found) return null;
  const cue = { start: (words[i] as Word).start, end: (words[i + 1] as Word).end, text: 'according to' };
  return { attribution: { cue, phrase: found.phrase }, last: found.last };
}

/**
 * "according to X" within a few words after the end of an attribution written after its quote
 * (`from`: the end of the cue or of the subject after it), in the same sentence of the masked
 * text: `“...,” the judge said Tuesday, according to the Post.`
 */
export function nestedSourceAfterCue(masked: string, from: number, to: number): Attribution | null {
  const words = wordsOf(masked, from, Math.min(to, from + REACH));
  for (let i = 0; i < words.length && i <= MAX_WORDS_BETWEEN; i++) {
    const w = words[i] as Word;
    if (SENTENCE_END.has(w.text) || CLAUSE_OPENERS.has(w.lower) || isCue(w)) return null;
    if (accordingAt(words, i)) return nestedAt(words, i)?.attribution ?? null;
  }
  return null;
}

/**
 * ", according to X" closing the sentence whose words are `words`, after the cue at `cue`
 * ("Smith said he would win, according to press reports."): the source, else null.
 */
export function nestedSourceClosing(words: readonly Word[], cue: number): Attribution | null {
  const last = lastWordIndex(words);
  for (let i = last - 1; i > cue + 1 && i >= last - CLOSING_REACH; i--) {
    if (!accordingAt(words, i) || words[i - 1]?.text !== ',') continue;
    const found = nestedAt(words, i);
    return found && found.last === last && !opensRelativeClause(words, cue, i) ? found.attribution : null;
  }
  return null;
}

const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['which', 'who', 'whose', 'where']);

/** True when a relative clause opens between words `from` and `to` (", which stood at 263"): "according to" may be its own. */
function opensRelativeClause(words: readonly Word[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (RELATIVE_PRONOUNS.has((words[k] as Word).lower) && words[k - 1]?.text === ',') return true;
  return false;
}
