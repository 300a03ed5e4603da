import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { articleFeatures, type ArticleFeatures } from '../../src/compare/features.ts';
import { groupingParameters } from '../../src/compare/group-stories.ts';
import { StoryIndex, canonicalOrder } from '../../src/compare/online/story-index.ts';
import { best } from '../../src/compare/online/retrieve.ts';
import { annotated, readFixture, seedArticles } from './helpers.ts';

const seeds = seedArticles().map(articleFeatures);
const heart = articleFeatures(annotated('heart', readFixture('compare/unrelated-heart.txt')));
const storm = articleFeatures(annotated('storm', readFixture('compare/unrelated-storm.txt')));

function storiesOf(index: StoryIndex): string[][] {
  return index.stories().map((s) => [...s.articles]);
}

function dated(f: ArticleFeatures, day: number, id = f.id): ArticleFeatures {
  return { ...f, id, day };
}

describe('StoryIndex', () => {
  it('adds articles arriving later to the stories already formed', () => {
    const index = new StoryIndex(groupingParameters);
    index.add([...seeds.slice(0, 3), heart]);
    index.add([...seeds.slice(3), storm]);
    const seedIds = seeds.map((f) => f.id).sort();
    assert.ok(storiesOf(index).some((s) => JSON.stringify(s) === JSON.stringify(seedIds)), JSON.stringify(storiesOf(index)));
    assert.equal(index.size, 7);
  });

  it('gives the same stories whatever the window size', () => {
    const all = new StoryIndex(groupingParameters);
    all.add([...seeds, heart, storm]);
    const small = new StoryIndex({ ...groupingParameters, window: 2 });
    small.add([...seeds, heart, storm]);
    assert.deepEqual(storiesOf(small), storiesOf(all));
  });

  it('ignores an article it already holds', () => {
    const index = new StoryIndex(groupingParameters);
    index.add([heart, heart]);
    index.add([heart]);
    assert.equal(index.size, 1);
    assert.deepEqual(storiesOf(index), [['heart']]);
  });

  it('lets stories age out: the same text published months apart starts a new story', () => {
    const index = new StoryIndex(groupingParameters);
    index.add([dated(storm, 20000, 'storm-1'), dated(storm, 20000 + 200, 'storm-2')]);
    assert.equal(storiesOf(index).length, 2);
    const close = new StoryIndex(groupingParameters);
    close.add([dated(storm, 20000, 'storm-1'), dated(storm, 20003, 'storm-2')]);
    assert.deepEqual(storiesOf(close), [['storm-1', 'storm-2']]);
  });

  it('takes articles earliest first, undated last, then by content', () => {
    const order = [dated(heart, 5), storm, dated(storm, 3, 'storm-dated')].sort(canonicalOrder).map((f) => f.id);
    assert.deepEqual(order, ['storm-dated', 'heart', 'storm']);
  });
});

describe('StoryIndex decisions and saved state', () => {
  const corpus = [...seeds, heart, storm];

  it('restores a saved state and goes on as if it had never stopped', () => {
    const whole = new StoryIndex(groupingParameters);
    whole.add(corpus);
    const first = new StoryIndex(groupingParameters);
    first.add([...seeds.slice(0, 3), heart]);
    const restored = StoryIndex.restore(groupingParameters, first.takeChanges());
    restored.add([...seeds.slice(3), storm]);
    assert.deepEqual(storiesOf(restored), storiesOf(whole));
  });

  it('gives only what changed since the last call', () => {
    const index = new StoryIndex(groupingParameters);
    index.add([heart]);
    assert.equal(index.takeChanges().articles.length, 1);
    assert.deepEqual(index.takeChanges().articles, []);
    index.add([storm]);
    assert.deepEqual(index.takeChanges().articles.map((r) => r.id), ['storm']);
  });

  it('merges two stories on request, and keeps them merged', () => {
    const index = new StoryIndex(groupingParameters);
    index.add([heart, storm]);
    index.merge(index.slot('heart')!, index.slot('storm')!);
    assert.deepEqual(storiesOf(index), [['heart', 'storm']]);
    const restored = StoryIndex.restore(groupingParameters, index.takeChanges());
    assert.deepEqual(storiesOf(restored), [['heart', 'storm']]);
  });

  it('splits an article out of its story, and later articles never join the two again', () => {
    const index = new StoryIndex(groupingParameters);
    index.add(seeds.slice(0, 4));
    const out = seeds[0]!.id;
    index.split(index.slot(out)!);
    assert.ok(storiesOf(index).some((s) => s.length === 1 && s[0] === out));
    const restored = StoryIndex.restore(groupingParameters, index.takeChanges());
    restored.add([seeds[4]!]);
    const stories = storiesOf(restored);
    assert.equal(stories.length, 2, JSON.stringify(stories));
    const storyOf = (id: string) => stories.findIndex((s) => s.includes(id));
    assert.notEqual(storyOf(out), storyOf(seeds[1]!.id), JSON.stringify(stories));
  });
});

describe('StoryIndex snapshot', () => {
  it('gives the whole state of an index that never tracked changes, and tracks them from then on', () => {
    const untracked = new StoryIndex(groupingParameters, 'v', false);
    untracked.add([...seeds.slice(0, 3), heart]);
    const restored = StoryIndex.restore(groupingParameters, untracked.snapshot());
    assert.deepEqual(storiesOf(restored), storiesOf(untracked));
    for (let id = 0; id < untracked.terms.size; id++) assert.equal(restored.terms.frequency(id), untracked.terms.frequency(id));
    untracked.add([storm]);
    assert.deepEqual(untracked.takeChanges().articles.map((r) => r.id), ['storm']);
  });
});

describe('StoryIndex ageing', () => {
  const early = [dated(seeds[0]!, 20000), dated(seeds[1]!, 20001), dated(heart, 20001)];
  const late = [dated(seeds[2]!, 20100), dated(storm, 20101), dated(seeds[3]!, 20102)];

  it('frees the vectors of articles published more than the horizon before the newest, and forgets the terms only they held', () => {
    const index = new StoryIndex(groupingParameters);
    index.add(early);
    index.add(late);
    for (const f of early) assert.ok(index.aged(index.slot(f.id)!), f.id);
    for (const f of late) assert.ok(!index.aged(index.slot(f.id)!), f.id);
    const onlyLate = new StoryIndex(groupingParameters);
    onlyLate.add(late);
    assert.equal(index.terms.heldCount, onlyLate.terms.heldCount, 'the terms held are those of the late articles');
    assert.equal(storiesOf(index).flat().length, early.length + late.length, 'aged articles keep their story');
  });

  it('ages out a late arrival published long before the newest article', () => {
    const index = new StoryIndex(groupingParameters);
    index.add(late);
    index.add([dated(heart, 20001)]);
    assert.ok(index.aged(index.slot('heart')!));
  });

  it('a forgotten term met again is a new term, counted from one', () => {
    const index = new StoryIndex(groupingParameters);
    index.add([dated(storm, 20000, 'storm-1')]);
    const id = index.terms.id('w:storm');
    index.add([dated(heart, 20100)]);
    assert.equal(index.terms.name(id), '', 'forgotten');
    index.add([dated(storm, 20101, 'storm-2')]);
    const again = index.terms.id('w:storm');
    assert.equal(index.terms.frequency(again), 1);
  });

  it('gives the ids of forgotten terms to new terms, so the id space stays as small as the terms held', () => {
    const index = new StoryIndex(groupingParameters);
    index.add([dated(storm, 20000, 'storm-1')]);
    const early = index.terms.heldIds();
    index.add([dated(heart, 20100)]);
    const freed = early.filter((id) => index.terms.name(id) === '');
    assert.ok(freed.length > 0, 'the early terms were forgotten');
    index.add([dated(seeds[0]!, 20101)]);
    assert.ok(freed.some((id) => index.terms.name(id) !== ''), 'new terms took freed ids');
    assert.ok(index.terms.size < index.terms.everMade, `ids up to ${index.terms.size}, ${index.terms.everMade} made`);
  });

  it('restores a saved state that aged, and goes on as if it had never stopped', () => {
    const whole = new StoryIndex(groupingParameters);
    whole.add(early);
    whole.add(late);
    whole.add([dated(seeds[4]!, 20103), dated(storm, 20103, 'storm-2')]);
    const first = new StoryIndex(groupingParameters);
    first.add(early);
    first.add(late);
    const restored = StoryIndex.restore(groupingParameters, first.takeChanges());
    assert.equal(restored.terms.heldCount, first.terms.heldCount);
    restored.add([dated(seeds[4]!, 20103), dated(storm, 20103, 'storm-2')]);
    assert.deepEqual(storiesOf(restored), storiesOf(whole));
    assert.deepEqual(restored.takeChanges().articles, whole.takeChanges().articles.filter((r) => r.slot >= early.length + late.length));
  });
});

describe('best', () => {
  it('keeps the items that rank first, in order, whatever the input order', () => {
    const items = [5, 3, 9, 1, 7, 3, 8];
    const ranked = (list: readonly number[], count: number): number[] => best(list.length, count, (x, y) => list[x]! > list[y]!).map((i) => list[i]!);
    assert.deepEqual(ranked(items, 3), [9, 8, 7]);
    assert.deepEqual(ranked([...items].reverse(), 3), [9, 8, 7]);
    assert.deepEqual(ranked(items, 10), [9, 8, 7, 5, 3, 3, 1]);
    assert.deepEqual(ranked(items, 0), []);
  });
});
