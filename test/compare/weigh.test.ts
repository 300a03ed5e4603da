import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { keyPrefix } from '../../src/compare/online/retrieve.ts';
import { TermTable } from '../../src/compare/online/terms.ts';
import { countedTerm, countedTermsOf } from '../../src/compare/word-terms.ts';
import { compactCosine, LoadedVector, weighTerms, type CompactVector } from '../../src/compare/online/weigh.ts';

/** A unit vector over the given term ids, weights from a small deterministic sequence. */
function vector(terms: readonly number[], seed: number): CompactVector {
  const sorted = [...new Set(terms)].sort((a, b) => a - b);
  const raw = sorted.map((_, k) => ((k * 7919 + seed * 104_729) % 97) + 1);
  const norm = Math.sqrt(raw.reduce((sum, w) => sum + w * w, 0));
  return { terms: Int32Array.from(sorted), weights: Float32Array.from(raw, (w) => w / norm) };
}

const range = (from: number, count: number, step = 1): number[] => Array.from({ length: count }, (_, k) => from + k * step);

describe('LoadedVector', () => {
  const cases: { name: string; a: number[]; b: number[] }[] = [
    { name: 'no shared term', a: range(0, 20), b: range(100, 20) },
    { name: 'some shared terms, large ids', a: range(1_000_000, 300, 3), b: range(1_000_150, 300, 2) },
    { name: 'ids that collide in a small table', a: range(0, 250, 1024), b: range(0, 250, 2048) },
    { name: 'empty vector', a: [], b: range(0, 5) },
    { name: 'a loaded vector large enough to fill its Bloom filter', a: range(3, 9000, 7), b: range(0, 300, 11) },
    { name: 'terms apart by multiples of the Bloom filter size', a: range(0, 300, 8192), b: range(8192, 300, 8192) },
  ];
  for (const { name, a, b } of cases) {
    it(`gives the merge cosine exactly: ${name}`, () => {
      const loaded = new LoadedVector();
      const va = vector(a, 1);
      const vb = vector(b, 2);
      loaded.load(va);
      assert.equal(loaded.cosine(vb), compactCosine(vb, va));
    });
  }

  it('forgets the previous vector when another is loaded (smaller after larger)', () => {
    const loaded = new LoadedVector();
    loaded.load(vector(range(0, 600), 1));
    const small = vector([5, 6, 7], 3);
    loaded.load(small);
    const other = vector(range(0, 600), 4);
    assert.equal(loaded.cosine(other), compactCosine(other, small));
    assert.equal(loaded.cosine(vector([500, 501], 5)), 0);
  });
});

describe('weighTerms', () => {
  it('keeps the heaviest terms, ties by ascending id, as a unit vector in id order', () => {
    const table = new TermTable();
    const ids = ['w:a', 'w:b', 'w:c', 'w:d', 'w:e'].map((t) => table.id(t));
    const kept = weighTerms({ ids: Int32Array.from(ids), counts: Float64Array.from([1, 3, 1, 3, 1]) }, table, 3);
    assert.deepEqual([...kept.terms], [ids[0], ids[1], ids[3]]);
    const norm = [...kept.weights].reduce((sum, w) => sum + w * w, 0);
    assert.ok(Math.abs(norm - 1) < 1e-6);
  });

  it('weighs an article of a window as it weighs the article counted alone', () => {
    const articles = [new Map([['w:quake', 2], ['e:lima', 1]]), new Map([['w:quake', 1], ['n:12', 3], ['w:rescue', 1]])].map((terms) => countedTermsOf(terms));
    const alone = new TermTable();
    const expected = articles.map((terms) => alone.count(terms)).map((counted) => {
      const vector = weighTerms(counted, alone, 2);
      return [[...vector.terms], [...vector.weights]];
    });
    const windowed = new TermTable();
    const window = windowed.countWindow(articles);
    const got = articles.map((_, i) => {
      const vector = weighTerms(window, windowed, 2, window.starts[i], window.starts[i + 1]);
      return [[...vector.terms], [...vector.weights]];
    });
    assert.deepEqual(got, expected);
  });

  it('keeps every term when there are no more than the limit', () => {
    const table = new TermTable();
    const ids = ['w:x', 'w:y'].map((t) => table.id(t));
    assert.deepEqual([...weighTerms({ ids: Int32Array.from(ids), counts: Float64Array.from([1, 2]) }, table, 3).terms], ids);
  });
});

describe('keyPrefix', () => {
  it('orders keys as strings do wherever the prefixes differ', () => {
    const keys = ['', 'a', 'ab', 'abc', 'abd', 'b', '0f3a', 'f', 'ffff', 'é'];
    for (const x of keys) {
      for (const y of keys) {
        if (keyPrefix(x) !== keyPrefix(y)) assert.equal(keyPrefix(x) < keyPrefix(y), x < y, `${x} vs ${y}`);
      }
    }
    assert.equal(keyPrefix('abcd'), keyPrefix('abce'));
  });
});

describe('TermTable.countWindow', () => {
  it('counts a window as counting each article does, the articles one after another, and reuses its memory', () => {
    const articles = [
      new Map([['w:quake', 2], ['e:lima', 1]]),
      new Map([['w:quake', 1], ['n:12', 3], ['w:rescue', 1]]),
      new Map<string, number>(),
      new Map([['e:lima', 4]]),
    ].map((terms) => countedTermsOf(terms));
    const one = new TermTable();
    const expected = articles.map((terms) => one.count(terms));
    const windowed = new TermTable();
    const got = windowed.countWindow(articles);
    const article = (i: number): [number[], number[]] => [[...got.ids.subarray(got.starts[i], got.starts[i + 1])], [...got.counts.subarray(got.starts[i], got.starts[i + 1])]];
    assert.deepEqual(articles.map((_, i) => article(i)), expected.map((c) => [[...c.ids], [...c.counts]]));
    assert.equal(windowed.documents, one.documents);
    assert.deepEqual([0, 1, 2].map((id) => windowed.frequency(id)), [0, 1, 2].map((id) => one.frequency(id)));
    const big = Array.from({ length: 300 }, (_, i) => countedTermsOf(new Map(Array.from({ length: 300 }, (__, k) => [`w:${(i * 7 + k) % 1000}`, 1]))));
    const window = windowed.countWindow(big);
    big.forEach((terms, i) => {
      const ids = window.ids.subarray(window.starts[i], window.starts[i + 1]);
      assert.deepEqual([...ids].map((id) => windowed.name(id)), [...terms.serials].map((_, k) => countedTerm(terms, k)), `article ${i}`);
    });
  });
});
