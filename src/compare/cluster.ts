import { Heap } from './heap.ts';
import type { ScoredPair } from './similarity.ts';

interface Cluster {
  readonly members: readonly number[];
  /** How many articles the members stand for (a node can be a whole story). */
  readonly size: number;
  /** The smallest content key of the members: what ties are broken on. */
  readonly key: string;
  /** Sum of member-to-member similarities with each neighbouring cluster. */
  readonly links: Map<number, number>;
}

interface Candidate {
  readonly average: number;
  readonly a: number;
  readonly b: number;
  /** The smaller and the larger key of the two clusters: ties go to the pair whose keys come first. */
  readonly low: string;
  readonly high: string;
}

function ranksFirst(x: Candidate, y: Candidate): boolean {
  if (x.average !== y.average) return x.average > y.average;
  if (x.low !== y.low) return x.low < y.low;
  return x.high < y.high;
}

/**
 * Average-linkage agglomerative clustering: repeatedly merges the two clusters whose mean
 * pairwise similarity is highest, while it reaches `threshold`. Pairs not listed count as 0.
 * Ties are broken by the items' `keys` (content-derived), so the result does not depend on the
 * order of the input. An item may stand for several articles (`sizes`, default 1 each: a story
 * already formed, whose pair scores are sums over its members). `canJoin` may forbid joining two
 * clusters (given as lists of item indices). Returns clusters as lists of item indices.
 */
export function averageLinkage(
  keys: readonly string[],
  pairs: readonly ScoredPair[],
  threshold: number,
  sizes: readonly number[] = [],
  canJoin: (a: readonly number[], b: readonly number[]) => boolean = () => true,
): number[][] {
  const clusters = new Map<number, Cluster>();
  keys.forEach((key, i) => clusters.set(i, { members: [i], size: sizes[i] ?? 1, key, links: new Map() }));
  for (const { a, b, score } of pairs) {
    const x = clusters.get(a);
    const y = clusters.get(b);
    x?.links.set(b, (x.links.get(b) ?? 0) + score);
    y?.links.set(a, (y.links.get(a) ?? 0) + score);
  }
  const heap = new Heap<Candidate>(ranksFirst);
  const offer = (a: number, b: number, sum: number): void => {
    const x = clusters.get(a)!;
    const y = clusters.get(b)!;
    const average = sum / (x.size * y.size);
    if (average < threshold || !canJoin(x.members, y.members)) return;
    const [low, high] = x.key < y.key ? [x.key, y.key] : [y.key, x.key];
    heap.push({ average, a, b, low, high });
  };
  for (const [a, cluster] of clusters) for (const [b, sum] of cluster.links) if (a < b) offer(a, b, sum);
  let next = keys.length;
  while (heap.size > 0) {
    const best = heap.pop()!;
    const x = clusters.get(best.a);
    const y = clusters.get(best.b);
    if (!x || !y) continue;
    const merged = mergeClusters(x, y, best.a, best.b);
    clusters.delete(best.a);
    clusters.delete(best.b);
    clusters.set(next, merged);
    for (const [other, sum] of merged.links) {
      const neighbour = clusters.get(other)!;
      neighbour.links.delete(best.a);
      neighbour.links.delete(best.b);
      neighbour.links.set(next, sum);
      offer(next, other, sum);
    }
    next++;
  }
  return [...clusters.values()].map((c) => [...c.members].sort((p, q) => p - q));
}

function mergeClusters(x: Cluster, y: Cluster, xId: number, yId: number): Cluster {
  const links = new Map<number, number>();
  for (const [other, sum] of x.links) if (other !== yId) links.set(other, sum + (y.links.get(other) ?? 0));
  for (const [other, sum] of y.links) if (other !== xId && !links.has(other)) links.set(other, sum);
  return { members: [...x.members, ...y.members], size: x.size + y.size, key: x.key < y.key ? x.key : y.key, links };
}
