import type { KeyOrder } from './key-order.ts';
import type { PairList } from './pair-list.ts';

export interface SharedNeighbourOptions {
  /** How many nearest neighbours make an article's neighbourhood. */
  readonly k: number;
  /** A neighbour must be at least this similar. */
  readonly minScore: number;
  /** The share of a similarity kept even when the neighbourhoods do not overlap at all. */
  readonly base: number;
}

/**
 * Each article's `k` nearest neighbours (most similar first, ties by content key, then by the
 * order of the pairs), without itself: `k` node indices per article in one array, -1 where an
 * article has fewer.
 */
export function nearestNeighbours(pairs: PairList, order: KeyOrder, options: SharedNeighbourOptions): Int32Array {
  const k = options.k;
  const count = order.count;
  const nearest = new Int32Array(count * k).fill(-1);
  const scores = new Float64Array(count * k);
  const offer = (node: number, other: number, score: number): void => {
    const from = node * k;
    let at = from + k;
    while (at > from && (nearest[at - 1] === -1 || score > scores[at - 1]! || (score === scores[at - 1] && order.compare(other, nearest[at - 1]!) < 0))) at--;
    if (at === from + k) return;
    for (let m = from + k - 1; m > at; m--) {
      nearest[m] = nearest[m - 1]!;
      scores[m] = scores[m - 1]!;
    }
    nearest[at] = other;
    scores[at] = score;
  };
  for (let i = 0; i < pairs.size; i++) {
    const score = pairs.score(i);
    if (score < options.minScore) continue;
    offer(pairs.a(i), pairs.b(i), score);
    offer(pairs.b(i), pairs.a(i), score);
  }
  return nearest;
}

/**
 * Shared-nearest-neighbour weighting (after Jarvis and Patrick): a similarity counts fully when the
 * two articles have the same nearest neighbours, and little when their neighbourhoods differ. Two
 * reports of different events of one kind resemble each other, but each resembles the reports of
 * its own event more; this keeps them apart where one global threshold cannot. A neighbourhood is
 * the article and its `k` nearest neighbours. Returns the pairs' weighted scores, in their order.
 */
export function sharedNeighbourScores(
  pairs: PairList,
  order: KeyOrder,
  options: SharedNeighbourOptions,
): Float64Array {
  const k = options.k;
  const nearest = nearestNeighbours(pairs, order, options);
  const inNeighbourhood = (node: number, of: number): boolean => {
    if (node === of) return true;
    for (let m = of * k; m < of * k + k; m++) if (nearest[m] === node) return true;
    return false;
  };
  const scores = new Float64Array(pairs.size);
  for (let i = 0; i < pairs.size; i++) {
    const a = pairs.a(i);
    const b = pairs.b(i);
    let shared = inNeighbourhood(a, b) ? 1 : 0;
    for (let m = a * k; m < a * k + k; m++) {
      const node = nearest[m]!;
      if (node >= 0 && inNeighbourhood(node, b)) shared++;
    }
    const agreement = shared / (k + 1);
    scores[i] = pairs.score(i) * (options.base + (1 - options.base) * agreement);
  }
  return scores;
}
