import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { explainMembership } from '../../src/compare/explain.ts';
import { articleFeatures, type ArticleFeatures } from '../../src/compare/features.ts';
import { groupingParameters, indexArticles } from '../../src/compare/group-stories.ts';
import { StoryIndex } from '../../src/compare/online/story-index.ts';
import { compactCosine } from '../../src/compare/online/weigh.ts';
import { timeFactor } from '../../src/compare/similarity.ts';
import { annotated, readFixture, seedArticles } from './helpers.ts';

const seeds = seedArticles();
const heart = annotated('heart', readFixture('compare/unrelated-heart.txt'));
const index = indexArticles([...seeds, heart]);
const vectors = [...seeds, heart].map((a) => index.vector(index.slot(a.id)!));
const seedFeatures = seeds.map(articleFeatures);

describe('similarity', () => {
  it('vectors have unit length and a text is fully similar to itself', () => {
    for (const v of vectors) assert.ok(Math.abs(compactCosine(v, v) - 1) < 1e-6);
  });

  it('is symmetric', () => {
    for (const a of vectors) for (const b of vectors) assert.equal(compactCosine(a, b), compactCosine(b, a));
  });

  it('scores the reference articles closer to each other than to an unrelated one', () => {
    const unrelated = vectors[5]!;
    for (let i = 0; i < 5; i++) {
      const toSeeds = [0, 1, 2, 3, 4].filter((j) => j !== i).map((j) => compactCosine(vectors[i]!, vectors[j]!));
      assert.ok(Math.min(...toSeeds) > 3 * compactCosine(vectors[i]!, unrelated));
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
    const seed = explainMembership(index, seeds[0]!.id);
    assert.ok(seed.score > 0.1);
    assert.ok(seed.sharedTerms.some((t) => t.startsWith('e:')), seed.sharedTerms.join(' '));
    assert.equal(seed.closest.length, 4);
    assert.ok(seed.closest[0]!.score >= seed.closest[3]!.score);
    const none = { score: 0, sharedTerms: [], closest: [], aged: false, agedMembers: 0 };
    assert.deepEqual(explainMembership(index, 'heart'), none);
    assert.deepEqual(explainMembership(index, 'no-such-article'), none);
  });

  it('compares only members that have not aged out, and says how many did', () => {
    const dated = (f: ArticleFeatures, day: number, id = f.id): ArticleFeatures => ({ ...f, id, day });
    const aging = new StoryIndex(groupingParameters);
    aging.add([dated(seedFeatures[0]!, 20000), dated(seedFeatures[1]!, 20001)]);
    aging.add([dated(seedFeatures[2]!, 20050)]);
    aging.merge(aging.slot(seedFeatures[0]!.id)!, aging.slot(seedFeatures[2]!.id)!);
    aging.add([dated(seedFeatures[3]!, 20090)]);
    const late = explainMembership(aging, seedFeatures[2]!.id);
    assert.equal(late.agedMembers, aging.stories().find((s) => s.articles.includes(seedFeatures[2]!.id))!.articles.length - 1 - late.closest.length);
    assert.ok(late.agedMembers >= 1);
    const early = explainMembership(aging, seedFeatures[0]!.id);
    assert.equal(early.aged, true);
    assert.equal(early.score, 0);
  });
});
