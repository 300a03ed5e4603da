import { PairList } from './pair-list.ts';
import { IndexHeap } from './index-heap.ts';
import { LinkLists } from './link-lists.ts';
import type { KeyOrder } from './key-order.ts';

/**
 * Average-linkage agglomerative clustering: repeatedly merges the two clusters whose mean
 * pairwise similarity is highest, while it reaches `threshold`. Pairs not listed count as 0; a
 * pair listed twice counts twice. Ties are broken by the items' content keys (`order`), so the
 * result does not depend on the order of the input. An item may stand for several articles
 * (`sizes`, default 1 each: a story already formed, whose pair scores are sums over its members).
 * `canJoin` may forbid joining two clusters (given as lists of item indices). Returns clusters as
 * lists of item indices, ascending.
 */
export function averageLinkage(
  order: KeyOrder,
  pairs: PairList,
  threshold: number,
  sizes: readonly number[] = [],
  canJoin?: (a: readonly number[], b: readonly number[]) => boolean,
): number[][] {
  return new Linkage(order, sizes, pairs).run(threshold, canJoin);
}

/** The links of the linkage running (one at a time), reused. */
const links = new LinkLists();

/**
 * The clusters of a linkage, by id: the items are clusters 0..n-1, and each merge makes a new one
 * with the next id. A cluster's links (its list in `links`, numbered as the cluster) are its
 * neighbours, ascending by id, with the sum of the member-to-member similarities; a merged
 * cluster's id stays in its neighbours' lists (skipped as dead) and the new cluster, the largest id
 * yet, goes at their end, so the lists stay sorted.
 */
class Linkage {
  /** The item whose key is each cluster's key (the smallest of its members'). */
  private readonly keyItems: Int32Array;
  private readonly sizes: Float64Array;
  private readonly alive: Uint8Array;
  /** Members as linked lists over the items: first and last item of each cluster, and the item after each. */
  private readonly firstItem: Int32Array;
  private readonly lastItem: Int32Array;
  private readonly nextItem: Int32Array;
  /** Candidate merges (two cluster ids and their mean), and the heap of their indices. */
  private readonly candidates = new PairList();
  private readonly ranked = new IndexHeap((x, y) => this.ranksFirst(x, y));
  private next: number;

  constructor(
    private readonly order: KeyOrder,
    sizes: readonly number[],
    pairs: PairList,
  ) {
    const n = order.count;
    this.next = n;
    this.keyItems = new Int32Array(2 * n);
    this.sizes = new Float64Array(2 * n);
    this.alive = new Uint8Array(2 * n);
    this.firstItem = new Int32Array(2 * n);
    this.lastItem = new Int32Array(2 * n);
    this.nextItem = new Int32Array(n).fill(-1);
    for (let i = 0; i < n; i++) {
      this.sizes[i] = sizes[i] ?? 1;
      this.alive[i] = 1;
      this.firstItem[i] = i;
      this.lastItem[i] = i;
      this.keyItems[i] = i;
    }
    this.link(n, pairs);
  }

  /**
   * Each item's links from the pairs: the two ends of every pair, grouped by item and ordered by
   * the other end (ties in pair order, so a pair listed twice is summed in order), by two stable
   * counting sorts (no comparison sort per item), then one link per neighbour.
   */
  private link(n: number, pairs: PairList): void {
    const ends = 2 * pairs.size;
    const nodeOf = (end: number): number => ((end & 1) === 0 ? pairs.a(end >> 1) : pairs.b(end >> 1));
    const otherOf = (end: number): number => ((end & 1) === 0 ? pairs.b(end >> 1) : pairs.a(end >> 1));
    const byOther = countingSort(Int32Array.from({ length: ends }, (_, end) => end), otherOf, n);
    const byNode = countingSort(byOther, nodeOf, n);
    links.clear();
    let k = 0;
    for (let node = 0; node < n; node++) {
      links.open();
      for (; k < byNode.length && nodeOf(byNode[k]!) === node; k++) {
        const end = byNode[k]!;
        const neighbour = otherOf(end);
        const length = links.length(node);
        if (length > 0 && links.neighbour(node, length - 1) === neighbour) links.addToLast(node, pairs.score(end >> 1));
        else links.push(node, neighbour, pairs.score(end >> 1));
      }
    }
  }

  run(threshold: number, canJoin: ((a: readonly number[], b: readonly number[]) => boolean) | undefined): number[][] {
    const offer = (a: number, b: number, sum: number): void => {
      const average = sum / (this.sizes[a]! * this.sizes[b]!);
      if (average < threshold || (canJoin !== undefined && !canJoin(this.members(a), this.members(b)))) return;
      this.candidates.push(a, b, average);
      this.ranked.push(this.candidates.size - 1);
    };
    for (let a = 0; a < this.next; a++) {
      for (let k = 0; k < links.length(a); k++) if (a < links.neighbour(a, k)) offer(a, links.neighbour(a, k), links.score(a, k));
    }
    while (this.ranked.size > 0) {
      const best = this.ranked.pop();
      const a = this.candidates.a(best);
      const b = this.candidates.b(best);
      if (this.alive[a] === 0 || this.alive[b] === 0) continue;
      const merged = this.merge(a, b);
      for (let k = 0; k < links.length(merged); k++) {
        const neighbour = links.neighbour(merged, k);
        const sum = links.score(merged, k);
        links.push(neighbour, merged, sum);
        offer(merged, neighbour, sum);
      }
    }
    const clusters: number[][] = [];
    for (let c = 0; c < this.next; c++) if (this.alive[c] === 1) clusters.push(this.members(c).sort((x, y) => x - y));
    return clusters;
  }

  /** Merges two live clusters into a new one: its links are the union of theirs, sums added. */
  private merge(x: number, y: number): number {
    const z = this.next++;
    this.alive[x] = 0;
    this.alive[y] = 0;
    this.alive[z] = 1;
    this.sizes[z] = this.sizes[x]! + this.sizes[y]!;
    this.keyItems[z] = this.order.compare(this.keyItems[x]!, this.keyItems[y]!) < 0 ? this.keyItems[x]! : this.keyItems[y]!;
    this.nextItem[this.lastItem[x]!] = this.firstItem[y]!;
    this.firstItem[z] = this.firstItem[x]!;
    this.lastItem[z] = this.lastItem[y]!;
    const xLength = links.length(x);
    const yLength = links.length(y);
    links.open(xLength + yLength);
    let i = 0;
    let j = 0;
    while (i < xLength || j < yLength) {
      const fromX = i < xLength ? links.neighbour(x, i) : Number.POSITIVE_INFINITY;
      const fromY = j < yLength ? links.neighbour(y, j) : Number.POSITIVE_INFINITY;
      const id = Math.min(fromX, fromY);
      const sum = (fromX === id ? links.score(x, i++) : 0) + (fromY === id ? links.score(y, j++) : 0);
      if (this.alive[id] === 1) links.push(z, id, sum);
    }
    links.empty(x);
    links.empty(y);
    return z;
  }

  private members(cluster: number): number[] {
    const items: number[] = [];
    for (let item = this.firstItem[cluster]!; item >= 0; item = this.nextItem[item]!) {
      items.push(item);
      if (item === this.lastItem[cluster]) break;
    }
    return items;
  }

  /** Higher mean first; ties go to the pair whose smaller, then larger, key comes first. */
  private ranksFirst(x: number, y: number): boolean {
    const averageX = this.candidates.score(x);
    const averageY = this.candidates.score(y);
    if (averageX !== averageY) return averageX > averageY;
    const [lowX, highX] = this.keyItemsOf(x);
    const [lowY, highY] = this.keyItemsOf(y);
    const low = this.order.compare(lowX, lowY);
    return low !== 0 ? low < 0 : this.order.compare(highX, highY) < 0;
  }

  /** The key items of a candidate's two clusters, the one with the smaller key first. */
  private keyItemsOf(candidate: number): [number, number] {
    const itemA = this.keyItems[this.candidates.a(candidate)]!;
    const itemB = this.keyItems[this.candidates.b(candidate)]!;
    return this.order.compare(itemA, itemB) < 0 ? [itemA, itemB] : [itemB, itemA];
  }
}

/** `items` stably sorted by `keyOf` (keys in 0..keys-1). */
function countingSort(items: Int32Array, keyOf: (item: number) => number, keys: number): Int32Array {
  const starts = new Int32Array(keys + 1);
  for (const item of items) starts[keyOf(item) + 1]!++;
  for (let key = 0; key < keys; key++) starts[key + 1]! += starts[key]!;
  const sorted = new Int32Array(items.length);
  for (const item of items) sorted[starts[keyOf(item)]!++] = item;
  return sorted;
}
