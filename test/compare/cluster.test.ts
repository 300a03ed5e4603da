import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { averageLinkage } from '../../src/compare/cluster.ts';
import { Heap } from '../../src/compare/heap.ts';
import { nearestNeighbours, sharedNeighbourScores } from '../../src/compare/neighbours.ts';
import type { ScoredPair } from '../../src/compare/similarity.ts';

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
    assert.deepEqual(sorted(averageLinkage(keys, pairs, 0.4)), [[0, 1, 2], [3], [4]]);
    assert.deepEqual(sorted(averageLinkage(keys, pairs, 0.45)), [[0, 1], [2], [3], [4]]);
    assert.deepEqual(sorted(averageLinkage(keys, pairs, 0.1)), [[0, 1, 2], [3, 4]]);
  });

  it('counts missing pairs as zero in the mean', () => {
    const pairs: ScoredPair[] = [{ a: 0, b: 1, score: 1 }, { a: 1, b: 2, score: 0.5 }];
    assert.deepEqual(sorted(averageLinkage(keys.slice(0, 3), pairs, 0.3)), [[0, 1], [2]]);
  });

  it('breaks ties by key, whatever the indices', () => {
    const tie = (k: string[]): number[][] =>
      sorted(averageLinkage(k, [{ a: 0, b: 1, score: 0.5 }, { a: 1, b: 2, score: 0.5 }], 0.4));
    assert.deepEqual(tie(['a', 'b', 'c']), [[0, 1], [2]]);
    assert.deepEqual(tie(['c', 'b', 'a']), [[0], [1, 2]]);
  });
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
    const out = sharedNeighbourScores(pairs, keys, { k: 2, minScore: 0.1, base: 0 });
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
      const nearest = nearestNeighbours(5, pairs, nodeKeys, { k: 3, minScore: 0.1, base: 0 });
      assert.deepEqual([...nearest.slice(0, 3)], expected);
    });
  }
  it('leaves -1 where an article has fewer neighbours, and never lists pairs below the minimum', () => {
    const nearest = nearestNeighbours(5, pairs, ['k0', 'k1', 'k2', 'k3', 'k4'], { k: 3, minScore: 0.1, base: 0 });
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
