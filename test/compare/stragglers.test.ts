import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { attachStragglers, type WindowGroup, type WindowIndex } from '../../src/compare/online/window.ts';
import { PairList } from '../../src/compare/pair-list.ts';
import type { ScoredPair } from '../../src/compare/similarity.ts';

const P = { size: 2, minStory: 3, minSimilarity: 0.15 };
/** Window articles are slots 10-16; story 7 holds the earlier articles 1, 2 and 3. */
const WINDOW = [10, 11, 12, 13, 14, 15, 16];
const index = {
  storyMembers: (story: number) => (story === 7 ? [1, 2, 3] : []),
  storyOfSlot: (slot: number) => (slot <= 3 ? 7 : -1),
} as unknown as WindowIndex;

/** Every pair between `from` and `to` at `score`. */
const linked = (from: readonly number[], to: readonly number[], score: number): ScoredPair[] =>
  from.flatMap((a) => to.map((b) => ({ a: Math.min(a, b), b: Math.max(a, b), score })));

const attached = (groups: WindowGroup[], pairs: ScoredPair[]): string[] =>
  attachStragglers(index, WINDOW, groups, PairList.of(pairs), P).map((g) => `${g.articles.join(',')}|${g.stories.join(',')}`);

describe('stragglers: two new articles left out of every story', () => {
  const story: WindowGroup = { articles: [10, 11, 12], stories: [] };
  const pair: WindowGroup = { articles: [13, 14], stories: [] };
  it('join the story whose members they match on average', () => {
    assert.deepEqual(attached([story, pair], linked([13, 14], [10, 11, 12], 0.2)), ['10,11,12,13,14|']);
  });
  it('join an existing story the window reached', () => {
    assert.deepEqual(attached([{ articles: [], stories: [7] }, pair], linked([13, 14], [1, 2, 3], 0.2)), ['13,14|7']);
  });
  it('stay apart below the mean (members they do not match count as 0)', () => {
    assert.deepEqual(attached([story, pair], linked([13, 14], [10], 0.4)), ['10,11,12|', '13,14|']);
  });
  it('stay apart from a story of fewer than 3 articles', () => {
    assert.deepEqual(attached([{ articles: [10, 11], stories: [] }, pair], linked([13, 14], [10, 11], 0.5)), ['10,11|', '13,14|']);
  });
  it('take the story they match best, whatever the order of the groups', () => {
    const other: WindowGroup = { articles: [15, 16, 12], stories: [] };
    const pairs = [...linked([13, 14], [10, 11], 0.3), ...linked([13, 14], [15, 16, 12], 0.4)];
    assert.deepEqual(attached([{ articles: [10, 11, 9], stories: [] }, other, pair], pairs), ['10,11,9|', '15,16,12,13,14|']);
    assert.deepEqual(attached([pair, other, { articles: [10, 11, 9], stories: [] }], pairs), ['15,16,12,13,14|', '10,11,9|']);
  });
  it('a lone article never joins', () => {
    assert.deepEqual(attached([story, { articles: [13], stories: [] }], linked([13], [10, 11, 12], 0.9)), ['10,11,12|', '13|']);
  });
});
