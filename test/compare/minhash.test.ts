import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bandKeys, collisionProbability, LshBuckets } from '../../src/compare/lsh.ts';
import { wordHash } from '../../src/compare/minhash-hash.ts';
import { appendWordHashes } from '../../src/compare/minhash-words.ts';
import { articleSignature, estimatedContainment, estimatedJaccard, minhashSize, signatureOf } from '../../src/compare/minhash.ts';
import { shingleHashes, shingles } from '../../src/compare/shingles.ts';
import { wordsIn } from '../../src/compare/tokens.ts';
import { NewsprismError } from '../../src/errors.ts';
import { annotated, readFixture, seedArticles } from './helpers.ts';

/** The reference: `wordsIn` tokens, lowercased, hashed. */
function referenceWordHashes(text: string): number[] {
  return wordsIn(text, { start: 0, end: text.length }).map((t) => wordHash(t.value.toLowerCase()));
}

function scannedWordHashes(text: string): number[] {
  const out: number[] = [];
  appendWordHashes(text, { start: 0, end: text.length }, out);
  return out;
}

/** Exact |A ∩ B| / |smaller| of two sorted sets of hashes. */
function exactContainment(a: Uint32Array, b: Uint32Array): number {
  const larger = new Set(a.length <= b.length ? b : a);
  const smaller = a.length <= b.length ? a : b;
  return smaller.length === 0 ? 0 : smaller.filter((h) => larger.has(h)).length / smaller.length;
}

const seedText = readFixture('seeds/001_f4e0611b7b3684bf.txt');

describe('word hashes', () => {
  const cases = [
    "Don't stop: the U.S. said well-known 10,000 things",
    'pi is 3.14159, or 1,2345; 2024abc and abc2024',
    'Naïve café, ΟΔΟΣ and Ωmega, e\u0301cole, 𝒜bc and x’s',
    'a--b e.g. mid-’90s end. -5 a.b.c. ٣٤٥ and ٣,٤٥٦',
    'ASCII then ünïcödé then ASCII-ünï and 12.5x',
    '',
    '  ...  ',
  ];
  for (const text of cases) {
    it(`match wordsIn on ${JSON.stringify(text.slice(0, 24))}`, () => {
      assert.deepEqual(scannedWordHashes(text), referenceWordHashes(text));
    });
  }

  it('match wordsIn on every seed article', () => {
    for (const article of seedArticles()) assert.deepEqual(scannedWordHashes(article.text), referenceWordHashes(article.text));
  });

  it('fold case and apostrophes', () => {
    assert.deepEqual(scannedWordHashes('Don’t DON\'T'), scannedWordHashes("don't don't"));
  });
});

describe('MinHash signatures', () => {
  const seeds = seedArticles();

  it('have a fixed size and count distinct shingles', () => {
    const signature = articleSignature(seeds[0]!);
    assert.equal(signature.minima.length, minhashSize);
    assert.equal(signature.shingles, shingles(seeds[0]!).length);
    assert.equal(shingleHashes([1, 2, 3, 4, 5, 1, 2, 3, 4, 5]).length, 5);
  });

  it('are deterministic and equal for equal content', () => {
    assert.deepEqual(articleSignature(annotated('x', seedText)).minima, articleSignature(annotated('y', seedText)).minima);
  });

  it('are empty below one shingle, and estimate 0 then', () => {
    const tiny = articleSignature(annotated('tiny', 'Four words only here.'));
    assert.equal(tiny.shingles, 0);
    assert.equal(estimatedJaccard(tiny, tiny), 0);
    assert.equal(estimatedContainment(tiny, articleSignature(seeds[0]!)), 0);
  });

  it('estimate Jaccard and containment close to the exact values', () => {
    const lines = seedText.split('\n');
    const variants = [
      seedText,
      lines.slice(0, 12).join('\n'),
      lines.filter((_, i) => i % 3 !== 1).join('\n'),
      lines.slice(4).join('\n'),
      seedText.replace(/Mexico/gu, 'Canada'),
      ...seeds.map((s) => s.text),
    ];
    const sets = variants.map((text) => shingleHashes(scannedWordHashes(text)));
    const signatures = sets.map(signatureOf);
    for (let i = 0; i < sets.length; i++) {
      for (let j = i + 1; j < sets.length; j++) {
        const a = sets[i]!;
        const b = sets[j]!;
        const shared = a.filter((h) => b.includes(h)).length;
        const jaccard = shared / (a.length + b.length - shared);
        assert.ok(Math.abs(estimatedJaccard(signatures[i]!, signatures[j]!) - jaccard) < 0.15, `jaccard of ${i}, ${j}`);
        assert.ok(Math.abs(estimatedContainment(signatures[i]!, signatures[j]!) - exactContainment(a, b)) < 0.15, `containment of ${i}, ${j}`);
      }
    }
  });

  it('fill every bin of a short text (densification)', () => {
    const short = signatureOf(Uint32Array.from([7, 8, 9]));
    assert.ok(short.minima.every((v) => v !== 0xffffffff));
    assert.equal(new Set(short.minima).size <= 3, true);
  });
});

describe('LSH banding', () => {
  it('collides similar signatures often and dissimilar ones rarely', () => {
    const banding = { bands: 32, rows: 4 };
    assert.ok(collisionProbability(banding, 0.7) > 0.99);
    assert.ok(collisionProbability(banding, 0.3) < 0.25);
    assert.ok(collisionProbability(banding, 0.1) < 0.01);
  });

  it('rejects more bands than values', () => {
    assert.throws(() => bandKeys(new Uint32Array(8), { bands: 3, rows: 3 }), NewsprismError);
  });

  it('finds slots sharing any band, newest first, reading at most maxRead per bucket', () => {
    const buckets = new LshBuckets({ bands: 2, rows: 2 }, 2);
    const a = Uint32Array.from([1, 2, 3, 4]);
    const b = Uint32Array.from([1, 2, 9, 9]);
    const c = Uint32Array.from([5, 5, 3, 4]);
    const banding = buckets.banding;
    buckets.insert(bandKeys(a, banding), 0);
    buckets.insert(bandKeys(b, banding), 1);
    buckets.insert(bandKeys(c, banding), 2);
    assert.deepEqual(buckets.candidates(bandKeys(a, banding)), [1, 0, 2]);
    assert.deepEqual(buckets.candidates(bandKeys(Uint32Array.from([0, 0, 0, 0]), banding)), []);
    buckets.insert(bandKeys(a, banding), 3);
    assert.deepEqual(buckets.candidates(bandKeys(b, banding)), [3, 1]);
  });
});
