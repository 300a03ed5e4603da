import type { Phrase } from './phrases.ts';
import type { Word } from './tokens.ts';

/** Lower-case words before a phrase that make it no object of a verb: links, determiners, subordinators. */
const NOT_VERBS: ReadonlySet<string> = new Set([
  'and', 'or', 'but', 'nor', 'that', 'which', 'who', 'whom', 'as', 'than', 'if', 'when', 'while', 'because', 'although', 'though',
  'so', 'then', 'the', 'a', 'an', 'this', 'these', 'those', 'said', 'says', 'say', 'not', 'also',
  'after', 'before', 'since', 'until', 'once', 'where', 'how', 'why', 'what', 'whether', 'unless',
]);

/**
 * The index of the verb whose object a phrase is, when the phrase ends at word `last` right
 * before "and" and a lower-case word that may be a verb stands right before it ("Lee respects
 * Ruiz and calls her", "read it and said"): a cue reached across that "and" belongs to the
 * verb's subject, not to its object. -1 otherwise.
 */
export function verbBeforeObject(words: readonly Word[], phrase: Phrase, last: number): number {
  const link = words[last + 1]?.text === ',' ? last + 2 : last + 1;
  if (words[link]?.lower !== 'and') return -1;
  let at = words.findIndex((w) => w.start >= phrase.start) - 1;
  if (at < 0) return -1;
  const before = words[at] as Word;
  if (!before.isWord || before.cap || NOT_VERBS.has(before.lower) || /^\d/u.test(before.lower)) return -1;
  while (at > 0 && (words[at - 1] as Word).lower === 'to') at--;
  return at;
}
