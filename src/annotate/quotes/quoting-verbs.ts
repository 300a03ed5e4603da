import { MASK, SENTENCE_END, type Word } from './tokens.ts';

/** Verbs whose subject reports another's words ("CNN quoted a witness as saying", "citing an aide as saying"). */
const QUOTING_FORMS: ReadonlySet<string> = new Set(['quoted', 'quotes', 'quoting', 'cited', 'cites', 'citing']);
/** Words the quoted person's phrase may span between the verb and "as". */
const MAX_QUOTED_WORDS = 12;

/**
 * Index of the verb of "quoted X as saying" for the participle cue at `cue` (the sentence's
 * words from word `from`): the words rest on whoever quoted them; -1 when the cue is no such one.
 */
export function quotingVerbBefore(words: readonly Word[], cue: number, from: number): number {
  if (words[cue - 1]?.lower !== 'as' || !(words[cue] as Word).lower.endsWith('ing')) return -1;
  for (let k = cue - 2; k >= from && k >= cue - 2 - MAX_QUOTED_WORDS; k--) {
    const w = words[k] as Word;
    if (QUOTING_FORMS.has(w.lower)) return k;
    if (SENTENCE_END.has(w.text) || w.text.startsWith(MASK)) return -1;
  }
  return -1;
}
