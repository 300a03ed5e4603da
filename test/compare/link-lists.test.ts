import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LinkLists } from '../../src/compare/link-lists.ts';

/** The list's links as [neighbour, score] pairs. */
function linksOf(lists: LinkLists, list: number): [number, number][] {
  return Array.from({ length: lists.length(list) }, (_, k) => [lists.neighbour(list, k), lists.score(list, k)]);
}

describe('link lists', () => {
  it('keeps every list whole while lists grow in turn, move and outgrow the arena', () => {
    const lists = new LinkLists();
    const expected: [number, number][][] = [];
    for (let list = 0; list < 1200; list++) {
      assert.equal(lists.open(list % 3), list);
      expected.push([]);
    }
    for (let round = 0; round < 40; round++) {
      for (let list = round % 7; list < 1200; list += 7) {
        lists.push(list, round * 10_000 + list, round / 4);
        expected[list]!.push([round * 10_000 + list, round / 4]);
      }
    }
    assert.equal(lists.size, 1200);
    for (const list of [0, 1, 6, 7, 599, 1199]) assert.deepEqual(linksOf(lists, list), expected[list], `list ${list}`);
  });

  it('grows the last list in place and adds to a last link', () => {
    const lists = new LinkLists();
    lists.open(1);
    lists.push(0, 4, 0.5);
    lists.addToLast(0, 0.25);
    const last = lists.open();
    for (let k = 0; k < 100; k++) lists.push(last, k, k);
    assert.deepEqual(linksOf(lists, 0), [[4, 0.75]]);
    assert.deepEqual(linksOf(lists, last), Array.from({ length: 100 }, (_, k) => [k, k]));
  });

  it('empties one list without touching the others, and starts again after clear', () => {
    const lists = new LinkLists();
    for (let list = 0; list < 3; list++) {
      lists.open();
      lists.push(list, list + 10, 1);
    }
    lists.empty(1);
    assert.deepEqual([0, 1, 2].map((list) => linksOf(lists, list)), [[[10, 1]], [], [[12, 1]]]);
    lists.clear();
    assert.equal(lists.size, 0);
    assert.equal(lists.open(), 0);
    assert.deepEqual(linksOf(lists, 0), []);
  });
});
