import { CLAUSE_FORMS } from './data/cues.ts';
import type { Word } from './tokens.ts';

/** Words this long, or not starting with an ASCII code, are looked up without the prefilter below. */
const MAX_PREFILTER_LENGTH = 31;

/**
 * For each ASCII code, the lengths (as bits) of the clause cue forms starting with it: a word whose
 * first code and length match no form is not looked up at all (most words of a sentence).
 */
const FORM_LENGTHS_BY_INITIAL = new Uint32Array(128);
for (const form of CLAUSE_FORMS) {
  const initial = form.charCodeAt(0);
  if (initial < 128 && form.length <= MAX_PREFILTER_LENGTH) FORM_LENGTHS_BY_INITIAL[initial] = (FORM_LENGTHS_BY_INITIAL[initial] as number) | (1 << form.length);
}

/** True when `lower` is a cue form taking a reported clause ("said", "warned"). */
export function isClauseForm(lower: string): boolean {
  const initial = lower.charCodeAt(0);
  if (!(initial < 128) || lower.length > MAX_PREFILTER_LENGTH) return CLAUSE_FORMS.has(lower);
  return (((FORM_LENGTHS_BY_INITIAL[initial] as number) >>> lower.length) & 1) === 1 && CLAUSE_FORMS.has(lower);
}

/**
 * Indices, in order, of the words of a sentence that are cue forms taking a reported clause
 * ("said", "warned"): found in one pass, then read by every finder of the sentence instead of
 * each one looking every word up again.
 */
export function clauseCueIndices(words: readonly Word[]): number[] {
  const cues: number[] = [];
  for (let i = 0; i < words.length; i++) if (isClauseForm((words[i] as Word).lower)) cues.push(i);
  return cues;
}
