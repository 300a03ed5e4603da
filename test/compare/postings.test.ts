import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Accumulator, Postings } from '../../src/compare/online/retrieve.ts';

describe('Postings', () => {
  it('keeps at least the newest `kept` entries of a list, oldest first, and never many more', () => {
    const postings = new Postings(60);
    for (let slot = 0; slot < 1000; slot++) {
      postings.add(7, slot);
      const list = postings.list(7);
      assert.ok(list.length <= 60 + 64, `length ${list.length}`);
      const newest = Array.from({ length: Math.min(60, slot + 1) }, (_, k) => slot - Math.min(60, slot + 1) + 1 + k);
      assert.deepEqual(list.slice(-newest.length), newest);
    }
  });

  it('sheds aged slots at the head, and drops a forgotten term', () => {
    const postings = new Postings(1_000, (slot) => slot < 50);
    for (let slot = 0; slot < 64; slot++) postings.add(3, slot);
    assert.deepEqual(postings.list(3), Array.from({ length: 14 }, (_, k) => 50 + k));
    postings.drop(3);
    assert.deepEqual(postings.list(3), []);
    assert.deepEqual(postings.list(99), []);
  });
});

describe('Accumulator', () => {
  const cases: { name: string; slots: number[] }[] = [
    { name: 'a few slots, some reached twice', slots: [7, 3, 7, 1_000_000, 3, 3] },
    { name: 'more slots than the table holds at first (it grows)', slots: Array.from({ length: 6000 }, (_, k) => (k * 7919) % 5003) },
    { name: 'slots that share a home position', slots: Array.from({ length: 300 }, (_, k) => k << 20) },
  ];
  for (const { name, slots } of cases) {
    it(`sums per slot in the order slots were first reached, and starts over after clear: ${name}`, () => {
      const found = new Accumulator();
      for (let round = 0; round < 2; round++) {
        const expected = new Map<number, number>();
        slots.forEach((slot, k) => {
          found.add(slot, k + 1);
          expected.set(slot, (expected.get(slot) ?? 0) + k + 1);
        });
        const reached = Array.from({ length: found.size }, (_, place) => [found.slot(place), found.sum(place)]);
        assert.deepEqual(reached, [...expected]);
        found.clear();
        assert.equal(found.size, 0);
      }
    });
  }
});
