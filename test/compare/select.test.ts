import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { selectNth, sortRange } from '../../src/compare/select.ts';

/** A deterministic spread of values with repeats (a linear congruential sequence). */
function values(count: number, distinct: number): number[] {
  let state = 12345;
  return Array.from({ length: count }, () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return (state % distinct) / 7;
  });
}

describe('selectNth', () => {
  const cases: { name: string; items: number[] }[] = [
    { name: 'fewer values than a partition', items: [5, 1, 4, 2, 3, 0] },
    { name: 'a few hundred distinct values', items: values(400, 1_000_000) },
    { name: 'many repeats', items: values(300, 5) },
    { name: 'already sorted', items: Array.from({ length: 200 }, (_, k) => k) },
    { name: 'reversed', items: Array.from({ length: 200 }, (_, k) => 200 - k) },
    { name: 'all equal', items: Array.from({ length: 100 }, () => 3) },
  ];
  for (const { name, items } of cases) {
    it(`puts the sorted value at k, smaller before and larger after: ${name}`, () => {
      const sorted = [...items].sort((a, b) => a - b);
      for (const k of [0, 1, items.length >> 1, items.length - 2, items.length - 1].filter((k) => k >= 0)) {
        const keys = Float64Array.from(items);
        selectNth(keys, 0, keys.length, k);
        assert.equal(keys[k], sorted[k], `k ${k}`);
        for (let i = 0; i < k; i++) assert.ok(keys[i]! <= keys[k]!, `before ${k}`);
        for (let i = k + 1; i < keys.length; i++) assert.ok(keys[i]! >= keys[k]!, `after ${k}`);
        assert.deepEqual([...keys].sort((a, b) => a - b), sorted, 'the same values');
      }
    });
  }

  it('works within a range and leaves the rest alone', () => {
    const keys = Float64Array.from([9, 9, 5, 3, 8, 1, 9]);
    selectNth(keys, 2, 6, 3);
    assert.deepEqual([keys[0], keys[1], keys[6]], [9, 9, 9]);
    assert.equal(keys[3], 3);
  });
});

describe('sortRange', () => {
  for (const size of [0, 1, 5, 16, 17, 300]) {
    it(`sorts ${size} values in place, within the range`, () => {
      const items = values(size, 50);
      const keys = Float64Array.from([-1, ...items, -2]);
      sortRange(keys, 1, size + 1);
      assert.deepEqual([...keys], [-1, ...[...items].sort((a, b) => a - b), -2]);
    });
  }
});
