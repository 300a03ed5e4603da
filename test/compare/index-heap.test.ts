import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { IndexHeap } from '../../src/compare/index-heap.ts';

describe('IndexHeap', () => {
  const cases: { name: string; items: number[] }[] = [
    { name: 'a few items', items: [5, 1, 4, 2, 3, 0] },
    { name: 'repeated items', items: [3, 3, 1, 3, 1, 0, 0] },
    { name: 'more items than its first memory holds', items: Array.from({ length: 500 }, (_, k) => (k * 7919) % 501) },
    { name: 'nothing', items: [] },
  ];
  for (const { name, items } of cases) {
    it(`pops in order, then -1: ${name}`, () => {
      const heap = new IndexHeap((a, b) => a < b);
      for (const item of items) heap.push(item);
      assert.equal(heap.peek(), items.length === 0 ? -1 : Math.min(...items));
      assert.deepEqual(Array.from({ length: items.length }, () => heap.pop()), [...items].sort((a, b) => a - b));
      assert.equal(heap.pop(), -1);
    });
  }

  it('ranks by the new order after reuse, and forgets what it held', () => {
    const heap = new IndexHeap((a, b) => a < b);
    for (const item of [4, 8, 1]) heap.push(item);
    heap.reuse((a, b) => a > b);
    for (const item of [2, 9, 5]) heap.push(item);
    assert.deepEqual([heap.pop(), heap.pop(), heap.pop(), heap.pop()], [9, 5, 2, -1]);
  });
});
