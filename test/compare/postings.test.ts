import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Postings } from '../../src/compare/online/postings.ts';
import { Accumulator } from '../../src/compare/online/retrieve.ts';

/** The newest-first entries a term's list keeps. */
function newestFirst(postings: Postings, term: number): number[] {
  const into = new Int32Array(postings.length(term));
  postings.newestInto(term, into.length, into);
  return [...into];
}

describe('Postings', () => {
  const cases: { name: string; kept: number; adds: [term: number, slot: number][]; dropped?: number[] }[] = [
    { name: 'one entry', kept: 60, adds: [[7, 3]] },
    { name: 'a list growing through chunks of 1, 2, 4 ... 64', kept: 60, adds: Array.from({ length: 64 }, (_, k) => [7, k]) },
    { name: 'a list past its ring: the oldest entries give way', kept: 60, adds: Array.from({ length: 1000 }, (_, k) => [7, k]) },
    { name: 'a ring of exactly `kept`', kept: 8, adds: Array.from({ length: 21 }, (_, k) => [2, k]) },
    { name: 'lists of many terms interleaved, freed chunks reused', kept: 16, adds: Array.from({ length: 3000 }, (_, k) => [(k * 7) % 37, k]), dropped: [3, 5, 8] },
  ];
  for (const { name, kept, adds, dropped = [] } of cases) {
    it(`keeps the newest entries of each list, newest first, at least \`kept\` of them: ${name}`, () => {
      const postings = new Postings(kept);
      const all = new Map<number, number[]>();
      adds.forEach(([term, slot], k) => {
        postings.add(term, slot);
        all.set(term, [...(all.get(term) ?? []), slot]);
        if (k === adds.length >> 1) {
          for (const term of dropped) {
            postings.drop(term);
            all.delete(term);
          }
        }
      });
      for (const [term, slots] of all) {
        const newest = newestFirst(postings, term);
        assert.ok(newest.length >= Math.min(kept, slots.length) && newest.length <= 2 * kept, `term ${term}: ${newest.length} kept`);
        assert.deepEqual(newest, slots.slice(-newest.length).reverse(), `term ${term}`);
        const few = new Int32Array(5);
        const read = postings.newestInto(term, 5, few);
        assert.deepEqual([...few.subarray(0, read)], newest.slice(0, 5), `term ${term}: the newest 5`);
      }
      for (const term of dropped) if (!all.has(term)) assert.equal(postings.length(term), 0);
    });
  }

  it('starts a dropped term over, and knows nothing of a term never added', () => {
    const postings = new Postings(60);
    for (let slot = 0; slot < 10; slot++) postings.add(3, slot);
    postings.drop(3);
    assert.deepEqual(newestFirst(postings, 3), []);
    postings.add(3, 42);
    assert.deepEqual(newestFirst(postings, 3), [42]);
    assert.equal(postings.length(99_999), 0);
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
