/**
 * Synonyms between comparison keys (stems, see words.ts): "sacrosanct" and "inviolable" say the
 * same, so two renderings using them share a word, a little less than if they used the same one.
 */
import { sharesGroup, synonymIndex } from '../lexicon/synonyms.ts';
import type { SynonymIndex } from '../lexicon/synonyms.ts';
import { stem } from './words.ts';

/** A synonym match counts this much of an exact match. */
export const synonymCredit = 0.8;

let stemIndex: SynonymIndex | undefined;

/** The synonym table keyed by stems, built on first use. */
function stemSynonyms(): SynonymIndex {
  stemIndex ??= synonymIndex(stem);
  return stemIndex;
}

/** Two different keys (stems) that share a synonym group. */
export function synonymKeys(a: string, b: string): boolean {
  return sharesGroup(stemSynonyms(), a, b);
}

/**
 * Pairs of synonym keys, one from each list, each key used once: pairs are taken in a fixed
 * order (by their sorted keys), so the result does not depend on which list comes first.
 */
export function synonymPairs(a: readonly string[], b: readonly string[]): [string, string][] {
  const index = stemSynonyms();
  const inA = a.filter((k) => index.has(k));
  const inB = b.filter((k) => index.has(k));
  if (inA.length === 0 || inB.length === 0) return [];
  const candidates: [string, string][] = [];
  for (const x of inA) for (const y of inB) if (sharesGroup(index, x, y)) candidates.push([x, y]);
  const order = ([x, y]: [string, string]): string => (x < y ? `${x} ${y}` : `${y} ${x}`);
  candidates.sort((p, q) => (order(p) < order(q) ? -1 : order(p) > order(q) ? 1 : 0));
  const used = new Set<string>();
  const pairs: [string, string][] = [];
  for (const [x, y] of candidates) {
    if (used.has(`a:${x}`) || used.has(`b:${y}`)) continue;
    used.add(`a:${x}`);
    used.add(`b:${y}`);
    pairs.push([x, y]);
  }
  return pairs;
}
