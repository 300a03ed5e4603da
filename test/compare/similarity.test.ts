import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { explainMembership } from '../../src/compare/explain.ts';
import { articleFeatures } from '../../src/compare/features.ts';
import { cosine, similarPairs, timeFactor } from '../../src/compare/similarity.ts';
import { tfidfVectors } from '../../src/compare/vectors.ts';
import { annotated, readFixture, seedArticles } from './helpers.ts';

const articles = [...seedArticles(), annotated('heart', readFixture('compare/unrelated-heart.txt'))];
const vectors = tfidfVectors(articles.map(articleFeatures), { 'w:': 1, 'e:': 1.5, 'n:': 0.5 });

describe('similarity', () => {
  it('vectors have unit length and a text is fully similar to itself', () => {
    for (const v of vectors) assert.ok(Math.abs(cosine(v, v) - 1) < 1e-12);
  });

  it('is symmetric', () => {
    for (const a of vectors) for (const b of vectors) assert.equal(cosine(a, b), cosine(b, a));
  });

  it('finds through the inverted index exactly the pairs a full comparison finds', () => {
    const found = similarPairs(vectors, 0.05);
    const expected: string[] = [];
    vectors.forEach((a, i) =>
      vectors.forEach((b, j) => {
        if (i < j && cosine(a, b) >= 0.05) expected.push(`${i}-${j}`);
      }),
    );
    assert.deepEqual(found.map((p) => `${p.a}-${p.b}`).sort(), expected.sort());
    for (const p of found) assert.ok(Math.abs(p.score - cosine(vectors[p.a]!, vectors[p.b]!)) < 1e-12);
  });

  it('scores the reference articles closer to each other than to an unrelated one', () => {
    const heart = vectors[5]!;
    for (let i = 0; i < 5; i++) {
      const toSeeds = [0, 1, 2, 3, 4].filter((j) => j !== i).map((j) => cosine(vectors[i]!, vectors[j]!));
      assert.ok(Math.min(...toSeeds) > 3 * cosine(vectors[i]!, heart));
    }
  });

  it('lowers similarity with the gap between publication dates', () => {
    const cases: [number | undefined, number | undefined, number][] = [
      [undefined, 10, 1],
      [0, 7, 1],
      [0, 7 + 9 * 7, 0.5],
      [0, 1000, 0.5],
    ];
    for (const [a, b, expected] of cases) assert.ok(Math.abs(timeFactor(a, b, 7, 0.5) - expected) < 1e-12);
    assert.ok(timeFactor(0, 30, 7, 0.5) < 1 && timeFactor(0, 30, 7, 0.5) > 0.5);
  });
});

describe('explainMembership', () => {
  it('gives the mean similarity and the terms the members share', () => {
    const ids = articles.slice(0, 5).map((a) => a.id);
    const seed = explainMembership(articles, ids, ids[0]!);
    assert.ok(seed.score > 0.1);
    assert.ok(seed.sharedTerms.includes('e:sheinbaum'), seed.sharedTerms.join(' '));
    const outsider = explainMembership(articles, [...ids, 'heart'], 'heart');
    assert.ok(outsider.score < seed.score / 3);
    assert.deepEqual(explainMembership(articles, ['heart'], 'heart'), { score: 0, sharedTerms: [] });
  });
});
