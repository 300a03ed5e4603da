import type { ScoredPair } from './similarity.ts';

export interface SharedNeighbourOptions {
  /** How many nearest neighbours make an article's neighbourhood. */
  readonly k: number;
  /** A neighbour must be at least this similar. */
  readonly minScore: number;
  /** The share of a similarity kept even when the neighbourhoods do not overlap at all. */
  readonly base: number;
}

/**
 * Each article's `k` nearest neighbours (most similar first, ties by content key), itself included.
 */
export function nearestNeighbours(
  count: number,
  pairs: readonly ScoredPair[],
  keys: readonly string[],
  options: SharedNeighbourOptions,
): Set<number>[] {
  const lists: ScoredPair[][] = Array.from({ length: count }, () => []);
  for (const pair of pairs) {
    if (pair.score < options.minScore) continue;
    lists[pair.a]!.push(pair);
    lists[pair.b]!.push(pair);
  }
  return lists.map((list, i) => {
    const other = (p: ScoredPair): number => (p.a === i ? p.b : p.a);
    const ranked = [...list].sort(
      (x, y) => y.score - x.score || (keys[other(x)]! < keys[other(y)]! ? -1 : 1),
    );
    return new Set([i, ...ranked.slice(0, options.k).map(other)]);
  });
}

/**
 * Shared-nearest-neighbour weighting (after Jarvis and Patrick): a similarity counts fully when the
 * two articles have the same nearest neighbours, and little when their neighbourhoods differ. Two
 * reports of different events of one kind resemble each other, but each resembles the reports of
 * its own event more; this keeps them apart where one global threshold cannot.
 */
export function sharedNeighbourScores(
  pairs: readonly ScoredPair[],
  keys: readonly string[],
  options: SharedNeighbourOptions,
): ScoredPair[] {
  const neighbours = nearestNeighbours(keys.length, pairs, keys, options);
  return pairs.map((pair) => {
    const mine = neighbours[pair.a]!;
    const theirs = neighbours[pair.b]!;
    let shared = 0;
    for (const n of mine) if (theirs.has(n)) shared++;
    const agreement = shared / (options.k + 1);
    return { ...pair, score: pair.score * (options.base + (1 - options.base) * agreement) };
  });
}
