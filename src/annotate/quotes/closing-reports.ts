import { firstStartingAt } from '../../span.ts';
import { lastWordIndex } from './07-trailing-cues.ts';
import { nounPhraseEndingAt } from './noun-phrases.ts';
import { phraseEndingAt } from './phrases.ts';
import type { AccordingFrame } from './19-according-frames.ts';
import { MASK, type Word } from './tokens.ts';

/**
 * "..., The Post reported." A report verb whose subject follows a comma or a quote at the end of
 * a sentence frames the whole sentence the way a closing "according to X" does: what the
 * sentence says someone said rests on the reporter's account.
 */

/** Verbs of a reporter's account (a paper, a network, a document), not of a speaker's own words. */
const REPORT_FORMS: ReadonlySet<string> = new Set(['reported', 'reports', 'wrote', 'writes']);
/** Words that may follow the verb before the sentence's end ("reported in 1991", "reported last week"). */
const MAX_AFTER_VERB = 3;

/** True when the word before a subject (its "the" aside: a name drops it) sets the subject off: a comma, or a quote (its closing comma masked with it). */
const setsOff = (w: Word | undefined): boolean => w !== undefined && (w.text === ',' || w.text.startsWith(MASK));

/**
 * The closing report of a sentence's masked words: a name or common noun (never a pronoun) set
 * off by a comma or a quote, then a report verb, then at most a few words before the end: "...,
 * CNN reported.", "...,” the Ledger wrote on Tuesday." Null when there is none.
 */
export function closingReport(words: readonly Word[]): AccordingFrame | null {
  const last = lastWordIndex(words);
  for (let verb = last; verb > 1 && verb >= last - MAX_AFTER_VERB; verb--) {
    const w = words[verb] as Word;
    if (!w.isWord) return null;
    if (!REPORT_FORMS.has(w.lower)) continue;
    const phrase = phraseEndingAt(words, verb - 1) ?? nounPhraseEndingAt(words, verb - 1);
    if (!phrase || phrase.possessive || (phrase.kind !== 'name' && phrase.kind !== 'noun')) return null;
    const opening = firstStartingAt(words, phrase.start);
    const before = words[opening - 1]?.lower === 'the' ? opening - 2 : opening - 1;
    return setsOff(words[before]) ? { start: phrase.start, end: w.end, phrase, place: 'closing', cue: w.text } : null;
  }
  return null;
}
