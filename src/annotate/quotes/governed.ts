import type { Span } from '../../model.ts';
import { firstStartingAt } from '../../span.ts';
import type { VerbTest } from './09-uncued-verbs.ts';
import { MASK, type Word } from './tokens.ts';

/**
 * What governs a mention from the left: a verb whose object it is ("released a statement",
 * "called Haley") or a preposition ("to Sen. Sanders", "with Mr. Zuckerberg"). An object of
 * either is rarely the speaker of a quote beside it: the verb's subject or the preposition's
 * clause is.
 */
export type Governor = 'verb' | 'preposition' | null;

/** Words between a governor and its object ("released a statement", "with the mayor"). */
const OBJECT_OPENERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'that', 'these', 'those']);
/**
 * Prepositions whose object is not the subject of the clause around it. "by" (the agent of a
 * passive: "was asked by Baker") and "of" ("half of voters said") are left out.
 */
const GOVERNING_PREPOSITIONS: ReadonlySet<string> = new Set([
  'to', 'with', 'at', 'in', 'on', 'for', 'against', 'about', 'from', 'into', 'over', 'toward', 'towards', 'than', 'like', 'between', 'among',
]);
/** Particles of phrasal verbs before their object ("put out a statement", "sent out a release"). */
const PARTICLES: ReadonlySet<string> = new Set(['out', 'up', 'off', 'down', 'back']);
/** What may stand right before an inverted cue ("“...,” said Smith"; "— said Smith"). */
const BEFORE_INVERTED: ReadonlySet<string> = new Set([',', '”', '"', '’', "'", '—', '–', ':']);

/** What governs the mention `span` among the words of its sentence (see Governor). */
export function governorOf(words: readonly Word[], span: Span, isVerb: VerbTest): Governor {
  let k = firstStartingAt(words, span.start) - 1;
  if (k >= 0 && OBJECT_OPENERS.has((words[k] as Word).lower)) k--;
  const before = words[k];
  if (!before?.isWord || before.cap) return null;
  if (GOVERNING_PREPOSITIONS.has(before.lower)) return 'preposition';
  if (PARTICLES.has(before.lower) && words[k - 1] !== undefined && isVerb(words[k - 1] as Word)) k--;
  else if (!isVerb(before)) return null;
  const first = words[k - 1];
  return first === undefined || BEFORE_INVERTED.has(first.text) || first.text.startsWith(MASK) ? null : 'verb';
}
