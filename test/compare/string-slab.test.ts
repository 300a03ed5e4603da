import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { StringSlab } from '../../src/compare/string-slab.ts';

const sign = (n: number): number => Math.sign(n);

describe('string slabs', () => {
  const values = ['', 'a', 'ab', 'b', 'é', '\ud83d\ude00', '\ud800', 'abc', 'x'.repeat(10_000), 'ba', '0f3c', '0f3'];

  it('gives back every string it holds, numbered in order, beyond its first buffers', () => {
    const slab = new StringSlab();
    const many = Array.from({ length: 3000 }, (_, i) => `${i.toString(16).padStart(4, '0')}${'k'.repeat(i % 40)}`);
    for (const value of [...values, ...many]) slab.push(value);
    assert.equal(slab.size, values.length + many.length);
    [...values, ...many].forEach((value, i) => assert.equal(slab.get(i), value, `string ${i}`));
  });

  it('compares as the < operator compares strings', () => {
    const slab = new StringSlab();
    for (const value of values) slab.push(value);
    values.forEach((a, i) =>
      values.forEach((b, j) => assert.equal(sign(slab.compare(i, j)), a < b ? -1 : a > b ? 1 : 0, `${JSON.stringify(a).slice(0, 12)} vs ${JSON.stringify(b).slice(0, 12)}`)),
    );
  });
});
