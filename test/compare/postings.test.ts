import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Postings } from '../../src/compare/online/retrieve.ts';

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
