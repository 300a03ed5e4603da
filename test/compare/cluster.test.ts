import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { averageLinkage } from '../../src/compare/cluster.ts';
import { Heap } from '../../src/compare/heap.ts';
import { nearestNeighbours, sharedNeighbourScores } from '../../src/compare/neighbours.ts';
import { PairList } from '../../src/compare/pair-list.ts';
import type { ScoredPair } from '../../src/compare/similarity.ts';
import type { KeyOrder } from '../../src/compare/key-order.ts';

/** The order of keys given as strings. */
function keyOrderOf(keys: readonly string[]): KeyOrder {
  return { count: keys.length, compare: (x, y) => (keys[x]! < keys[y]! ? -1 : keys[x]! > keys[y]! ? 1 : 0) };
}

const keys = ['ka', 'kb', 'kc', 'kd', 'ke'];
const sorted = (clusters: number[][]): number[][] => clusters.map((c) => [...c].sort()).sort((x, y) => x[0]! - y[0]!);

describe('averageLinkage', () => {
  it('merges while the mean similarity reaches the threshold', () => {
    const pairs: ScoredPair[] = [
      { a: 0, b: 1, score: 0.9 },
      { a: 1, b: 2, score: 0.5 },
      { a: 0, b: 2, score: 0.3 },
      { a: 3, b: 4, score: 0.2 },
    ];
    assert.deepEqual(sorted(averageLinkage(keyOrderOf(keys), PairList.of(pairs), 0.4)), [[0, 1, 2], [3], [4]]);
    assert.deepEqual(sorted(averageLinkage(keyOrderOf(keys), PairList.of(pairs), 0.45)), [[0, 1], [2], [3], [4]]);
    assert.deepEqual(sorted(averageLinkage(keyOrderOf(keys), PairList.of(pairs), 0.1)), [[0, 1, 2], [3, 4]]);
  });

  it('counts missing pairs as zero in the mean', () => {
    const pairs: ScoredPair[] = [{ a: 0, b: 1, score: 1 }, { a: 1, b: 2, score: 0.5 }];
    assert.deepEqual(sorted(averageLinkage(keyOrderOf(keys.slice(0, 3)), PairList.of(pairs), 0.3)), [[0, 1], [2]]);
  });

  it('breaks ties by key, whatever the indices', () => {
    const tie = (k: string[]): number[][] =>
      sorted(averageLinkage(keyOrderOf(k), PairList.of([{ a: 0, b: 1, score: 0.5 }, { a: 1, b: 2, score: 0.5 }]), 0.4));
    assert.deepEqual(tie(['a', 'b', 'c']), [[0, 1], [2]]);
    assert.deepEqual(tie(['c', 'b', 'a']), [[0], [1, 2]]);
  });
});

/** Average linkage the slow way: every mean recomputed from the item pairs at each step. */
function referenceLinkage(keys: readonly string[], pairs: readonly ScoredPair[], threshold: number, sizes: readonly number[]): number[][] {
  const score = new Map<string, number>();
  for (const { a, b, score: s } of pairs) score.set(`${a} ${b}`, (score.get(`${a} ${b}`) ?? 0) + s);
  const between = (x: readonly number[], y: readonly number[]): number =>
    x.reduce((sum, i) => sum + y.reduce((inner, j) => inner + (score.get(`${Math.min(i, j)} ${Math.max(i, j)}`) ?? 0), 0), 0);
  const weight = (c: readonly number[]): number => c.reduce((sum, i) => sum + (sizes[i] ?? 1), 0);
  const key = (c: readonly number[]): string => c.map((i) => keys[i]!).reduce((x, y) => (y < x ? y : x));
  let clusters = keys.map((_, i) => [i]);
  for (;;) {
    let best: { x: number; y: number; mean: number; low: string; high: string } | undefined;
    for (let x = 0; x < clusters.length; x++) {
      for (let y = x + 1; y < clusters.length; y++) {
        const mean = between(clusters[x]!, clusters[y]!) / (weight(clusters[x]!) * weight(clusters[y]!));
        const [low, high] = [key(clusters[x]!), key(clusters[y]!)].sort();
        if (mean < threshold) continue;
        if (!best || mean > best.mean || (mean === best.mean && (low! < best.low || (low === best.low && high! < best.high)))) best = { x, y, mean, low: low!, high: high! };
      }
    }
    if (!best) return clusters;
    const merged = [...clusters[best.x]!, ...clusters[best.y]!];
    clusters = [...clusters.filter((_, i) => i !== best.x && i !== best.y), merged];
  }
}

describe('averageLinkage against the slow reference', () => {
  /** A small deterministic generator (scores are multiples of 1/64, so every sum is exact). */
  const random = (seed: number): (() => number) => {
    let state = seed;
    return () => ((state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0) / 2 ** 32);
  };
  for (let seed = 1; seed <= 40; seed++) {
    it(`finds the same clusters on random graph ${seed}`, () => {
      const next = random(seed);
      const n = 3 + Math.floor(next() * 14);
      const keysOf = Array.from({ length: n }, (_, i) => `k${String(Math.floor(next() * 1000)).padStart(3, '0')}-${i}`);
      const sizes = Array.from({ length: n }, () => (next() < 0.3 ? 1 + Math.floor(next() * 4) : 1));
      const pairs: ScoredPair[] = [];
      const count = Math.floor(next() * n * 3);
      for (let p = 0; p < count; p++) {
        const a = Math.floor(next() * n);
        const b = Math.floor(next() * n);
        if (a !== b) pairs.push({ a: Math.min(a, b), b: Math.max(a, b), score: Math.ceil(next() * 64) / 64 });
      }
      const threshold = 0.1 + next() * 0.4;
      assert.deepEqual(sorted(averageLinkage(keyOrderOf(keysOf), PairList.of(pairs), threshold, sizes)), sorted(referenceLinkage(keysOf, pairs, threshold, sizes)));
    });
  }
});

describe('sharedNeighbourScores', () => {
  it('keeps a similarity between articles with the same neighbours and lowers it otherwise', () => {
    const pairs: ScoredPair[] = [
      { a: 0, b: 1, score: 0.5 },
      { a: 0, b: 2, score: 0.5 },
      { a: 1, b: 2, score: 0.5 },
      { a: 2, b: 3, score: 0.3 },
      { a: 3, b: 4, score: 0.6 },
    ];
    const out = sharedNeighbourScores(PairList.of(pairs), keyOrderOf(keys), { k: 2, minScore: 0.1, base: 0 });
    assert.equal(out[0], 0.5);
    assert.ok(out[3]! < 0.3 * 0.5);
  });
});

describe('nearestNeighbours', () => {
  const pairs: ScoredPair[] = [
    { a: 0, b: 1, score: 0.2 },
    { a: 0, b: 2, score: 0.6 },
    { a: 0, b: 3, score: 0.2 },
    { a: 0, b: 4, score: 0.05 },
  ];
  const table: { name: string; keys: string[]; expected: number[] }[] = [
    { name: 'most similar first, ties by key', keys: ['k0', 'k1', 'k2', 'k3', 'k4'], expected: [2, 1, 3] },
    { name: 'ties follow the keys, not the pair order', keys: ['k0', 'z', 'k2', 'a', 'k4'], expected: [2, 3, 1] },
  ];
  for (const { name, keys: nodeKeys, expected } of table) {
    it(name, () => {
      const nearest = nearestNeighbours(PairList.of(pairs), keyOrderOf(nodeKeys), { k: 3, minScore: 0.1, base: 0 });
      assert.deepEqual([...nearest.slice(0, 3)], expected);
    });
  }
  it('leaves -1 where an article has fewer neighbours, and never lists pairs below the minimum', () => {
    const nearest = nearestNeighbours(PairList.of(pairs), keyOrderOf(['k0', 'k1', 'k2', 'k3', 'k4']), { k: 3, minScore: 0.1, base: 0 });
    assert.deepEqual([...nearest.slice(3, 6)], [0, -1, -1]);
    assert.deepEqual([...nearest.slice(12, 15)], [-1, -1, -1]);
  });
});

describe('Heap', () => {
  it('pops in order', () => {
    const heap = new Heap<number>((a, b) => a < b);
    for (const n of [5, 1, 4, 2, 3, 0]) heap.push(n);
    assert.deepEqual(Array.from({ length: 6 }, () => heap.pop()), [0, 1, 2, 3, 4, 5]);
    assert.equal(heap.pop(), undefined);
  });
});
