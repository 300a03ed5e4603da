import { isCue } from './data/cues.ts';
import type { Word } from './tokens.ts';

/** Prepositions that open a phrase describing a speaker ("a spokesman for the campaign", "Jane Doe of the institute"). */
const DESCRIBING_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'for', 'at', 'with', 'from', 'on']);
/** Words a describing phrase never holds: they open a clause or a second subject. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'that', 'who', 'whom', 'whose', 'which', 'when', 'while', 'where', 'and', 'but', 'or', 'because', 'if', 'as',
  'he', 'she', 'they', 'it', 'we', 'i', 'you',
]);
/** Words a describing phrase may span after its preposition. */
const MAX_DESCRIBING_WORDS = 7;

/**
 * Index of the cue right after a prepositional phrase that starts at word `k` and describes the
 * subject before it (`“...,” a spokesman for committee Democrats said`, `Jane Doe of the Cato
 * Institute wrote`); -1 when no such phrase leads to a cue.
 */
export function cueAfterDescribingPhrase(words: readonly Word[], k: number): number {
  if (!DESCRIBING_PREPOSITIONS.has(words[k]?.lower ?? '')) return -1;
  for (let i = k + 1; i < words.length && i <= k + MAX_DESCRIBING_WORDS + 1; i++) {
    const w = words[i] as Word;
    if (isCue(w)) return i > k + 1 ? i : -1;
    if (!w.isWord || CLAUSE_OPENERS.has(w.lower)) return -1;
  }
  return -1;
}
