import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { extractAll } from '../../src/analyze.ts';
import { clusterArticles, groupStories } from '../../src/compare/group-stories.ts';
import { storyId } from '../../src/compare/story-id.ts';
import { shuffled } from '../../src/eval/shuffle.ts';
import { annotated, ctx, readFixture, seedArticles } from './helpers.ts';

const seeds = seedArticles();
const heart = annotated('unrelated-heart', readFixture('compare/unrelated-heart.txt'));
const storm = annotated('unrelated-storm', readFixture('compare/unrelated-storm.txt'));
const corpus = [...seeds, heart, storm];

describe('groupStories', () => {
  it('puts the five reference articles in one story', () => {
    const stories = clusterArticles(corpus);
    const seedIds = seeds.map((a) => a.id).sort();
    assert.ok(stories.some((s) => JSON.stringify(s.articles) === JSON.stringify(seedIds)), JSON.stringify(stories));
  });

  it('keeps unrelated articles out of it, each on its own', () => {
    const stories = clusterArticles(corpus);
    for (const id of [heart.id, storm.id]) {
      assert.deepEqual(stories.find((s) => s.articles.includes(id))?.articles, [id]);
    }
  });

  it('places every article in exactly one story', () => {
    const ids = clusterArticles(corpus).flatMap((s) => s.articles);
    assert.deepEqual([...ids].sort(), corpus.map((a) => a.id).sort());
  });

  it('gives the same stories whatever the input order', () => {
    const expected = clusterArticles(corpus);
    for (const seed of [1, 2, 3, 4, 5]) assert.deepEqual(clusterArticles(shuffled(corpus, seed)), expected);
  });

  it('does not depend on ids: renaming articles renames the members only', () => {
    const renamed = corpus.map((a, i) => ({ ...a, id: `z${9 - i}` }));
    const back = new Map(renamed.map((a, i) => [a.id, corpus[i]!.id]));
    const partition = (stories: readonly { articles: readonly string[] }[], map: (id: string) => string): string[] =>
      stories.map((s) => s.articles.map(map).sort().join(',')).sort();
    assert.deepEqual(
      partition(clusterArticles(renamed), (id) => back.get(id)!),
      partition(clusterArticles(corpus), (id) => id),
    );
  });

  it('is deterministic and names stories after their smallest member', () => {
    const first = clusterArticles(corpus);
    assert.deepEqual(clusterArticles(corpus), first);
    for (const story of first) {
      assert.match(story.id, /^s-[0-9a-f]{12}$/u);
      assert.equal(story.id, storyId(story.articles));
      assert.deepEqual(story.articles, [...story.articles].sort());
    }
  });

  it('runs as a corpus stage and leaves the articles alone', () => {
    const out = groupStories.run({ articles: corpus, stories: [], reports: [] }, ctx);
    assert.equal(groupStories.name, 'stories');
    assert.equal(out.articles, corpus);
    assert.equal(out.stories.length, 3);
  });

  it('handles an empty corpus and a single article', () => {
    assert.deepEqual(clusterArticles([]), []);
    assert.deepEqual(clusterArticles([heart]).map((s) => s.articles), [[heart.id]]);
  });
});

describe('groupStories on one story alone (a user analysing one folder: few articles, degenerate term statistics)', () => {
  const storiesDir = new URL('../fixtures/stories/', import.meta.url).pathname;
  for (const name of readdirSync(storiesDir).sort()) {
    it(`${name}: its articles are one story`, () => {
      const dir = join(storiesDir, name);
      const raws = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => ({ id: f, path: f, text: readFileSync(join(dir, f), 'utf8') }));
      const stories = clusterArticles(extractAll(raws, ctx));
      assert.equal(stories.length, 1, JSON.stringify(stories.map((s) => s.articles)));
    });
  }
});
