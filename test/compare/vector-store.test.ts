import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { VectorStore } from '../../src/compare/online/vector-store.ts';
import { compactCosine, LoadedVector, type CompactVector } from '../../src/compare/online/weigh.ts';

/** A vector of `count` terms from `first` (step 3), weights from a small deterministic sequence. */
function vector(first: number, count: number): CompactVector {
  const terms = Int32Array.from({ length: count }, (_, k) => first + 3 * k);
  return { terms, weights: Float32Array.from(terms, (t) => ((t * 7919) % 97) / 97) };
}

/** The terms a vector is indexed under: every fourth of its terms. */
const indexedOf = (v: CompactVector): Int32Array => v.terms.filter((_, k) => k % 4 === 0);

const same = (actual: CompactVector, expected: CompactVector): void => {
  assert.deepEqual([...actual.terms], [...expected.terms]);
  assert.deepEqual([...actual.weights], [...expected.weights]);
};

describe('VectorStore', () => {
  const cases: { name: string; count: number; length: (slot: number) => number; freed: (slot: number) => boolean }[] = [
    { name: 'a few vectors, none freed', count: 5, length: (s) => 10 + s, freed: () => false },
    { name: 'empty vectors among others', count: 8, length: (s) => (s % 3 === 0 ? 0 : 40), freed: () => false },
    { name: 'enough to fill the buffer many times, the older half freed as it goes', count: 3000, length: (s) => 50 + (s % 250), freed: (s) => s % 2 === 0 },
    { name: 'one vector larger than the whole buffer', count: 3, length: (s) => (s === 1 ? 70_000 : 20), freed: () => false },
    { name: 'everything freed but the last', count: 2000, length: () => 300, freed: (s) => s < 1999 },
  ];
  for (const { name, count, length, freed } of cases) {
    it(`keeps every live vector and its index terms whole through compactions: ${name}`, () => {
      const store = new VectorStore();
      for (let slot = 0; slot < count; slot++) {
        const v = vector(slot, length(slot));
        store.set(slot, v, indexedOf(v));
        if (slot >= 10 && freed(slot - 10)) store.free(slot - 10);
      }
      for (let slot = 0; slot < count; slot++) {
        const gone = slot < count - 10 && freed(slot);
        const expected = gone ? vector(0, 0) : vector(slot, length(slot));
        same(store.vector(slot), expected);
        assert.deepEqual([...store.termsOf(slot)], [...store.vector(slot).terms]);
        assert.deepEqual([...store.indexedOf(slot)], [...indexedOf(expected)]);
      }
    });
  }

  it('gives cosines from the store equal to those of the vectors themselves', () => {
    const store = new VectorStore();
    const vectors = [vector(0, 200), vector(300, 250), vector(0, 0), vector(150, 120)];
    vectors.forEach((v, slot) => store.set(slot, v, indexedOf(v)));
    const loaded = new LoadedVector();
    for (let a = 0; a < vectors.length; a++) {
      loaded.loadSlot(store, a);
      for (let b = 0; b < vectors.length; b++) assert.equal(loaded.cosineSlot(store, b), compactCosine(vectors[b]!, vectors[a]!), `${a} ${b}`);
    }
  });
});
