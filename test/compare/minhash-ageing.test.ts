import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { duplicateParameters } from '../../src/compare/duplicates.ts';
import { LshBuckets, SlotTable, bandKeys } from '../../src/compare/lsh.ts';
import type { DuplicateEntry } from '../../src/compare/minhash-index.ts';
import { DuplicateIndex, minAgreeingValues } from '../../src/compare/minhash-index.ts';
import type { MinHashSignature } from '../../src/compare/minhash.ts';
import { agreeingValues, containmentOf, minhashSize, signatureOf } from '../../src/compare/minhash.ts';

/** The signature of `count` distinct shingle hashes from `first` on (equal ranges: a copy). */
function textOf(first: number, count = 400): MinHashSignature {
  return signatureOf(Uint32Array.from({ length: count }, (_, i) => first + i));
}

function entry(id: string, day: number | undefined, signature: MinHashSignature, key = `key-${id}`): DuplicateEntry {
  return { id, key, ...(day === undefined ? {} : { day }), signature };
}

const story = textOf(1_000_000);
const horizon = duplicateParameters.maxGapDays;
/** Unrelated articles that move the newest day seen. */
const filler = (day: number): DuplicateEntry => entry(`filler-${day}`, day, textOf(5_000_000 + day * 1000));

describe('SlotTable', () => {
  it('matches a map of lists through inserts and removals that wrap and shift', () => {
    const table = new SlotTable();
    const reference = new Map<number, number[]>();
    let state = 7;
    const next = (bound: number): number => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return state % bound;
    };
    for (let step = 0; step < 3000; step++) {
      const key = next(40) * 64 + (next(2) === 0 ? 15 : 0);
      const list = reference.get(key) ?? [];
      if (list.length > 0 && next(3) === 0) {
        const slot = list.splice(next(list.length), 1)[0]!;
        assert.equal(table.remove(key, slot), true);
      } else {
        list.push(step);
        table.insert(key, step);
      }
      reference.set(key, list);
    }
    for (const [key, slots] of reference) {
      const found: number[] = [];
      table.collect(key, found);
      assert.deepEqual(found.sort((a, b) => a - b), [...slots].sort((a, b) => a - b), `key ${key}`);
    }
    assert.equal(table.size, [...reference.values()].reduce((sum, slots) => sum + slots.length, 0));
    assert.equal(table.remove(999_999, 1), false);
  });
});

describe('LshBuckets.remove', () => {
  it('takes a slot out of every bucket, and only that slot', () => {
    const buckets = new LshBuckets({ bands: 2, rows: 2 }, 10);
    const keys = bandKeys(Uint32Array.from([1, 2, 3, 4]), buckets.banding);
    buckets.insert(keys, 0);
    buckets.insert(keys, 1);
    buckets.remove(keys, 0);
    assert.deepEqual(buckets.candidates(keys), [1]);
    assert.equal(buckets.size, 2);
  });
});

describe('early exit of the signature comparison', () => {
  it('finds the fewest agreements that reach the containment threshold', () => {
    for (const [a, b] of [[400, 400], [400, 220], [1000, 990], [50, 90]] as const) {
      const least = minAgreeingValues(a, b, duplicateParameters);
      assert.ok(containmentOf(least / minhashSize, a, b) >= duplicateParameters.minContainment, `${a}, ${b}`);
      assert.ok(containmentOf((least - 1) / minhashSize, a, b) < duplicateParameters.minContainment, `${a}, ${b}`);
    }
  });

  it('stops once too many values disagree, and counts exactly otherwise', () => {
    const other = textOf(1_000_200);
    const exact = agreeingValues(story.minima, 0, other.minima, 0);
    assert.ok(exact > 0 && exact < minhashSize);
    assert.equal(agreeingValues(story.minima, 0, other.minima, 0, minhashSize - exact), exact);
    assert.equal(agreeingValues(story.minima, 0, other.minima, 0, minhashSize - exact - 1), -1);
  });
});

describe('DuplicateIndex ageing', () => {
  it('no longer finds an original older than the horizon, and keeps its marks', () => {
    const index = new DuplicateIndex(duplicateParameters);
    index.addWindow([entry('original', 0, story), entry('copy', 1, story)]);
    index.addWindow([filler(horizon + 1)]);
    assert.equal(index.heldCount, 1);
    assert.equal(index.add('late-copy', 'key-late', horizon + 1, story), null);
    assert.equal(index.originalOf('copy'), 'original');
    assert.deepEqual(index.copiesOf('original'), ['copy']);
  });

  it('still finds a copy published within the horizon', () => {
    const index = new DuplicateIndex(duplicateParameters);
    index.addWindow([entry('original', 0, story)]);
    index.addWindow([filler(horizon)]);
    index.addWindow([entry('copy', horizon, story)]);
    assert.equal(index.originalOf('copy'), 'original');
    assert.equal(index.heldCount, 2);
  });

  it('never ages undated originals', () => {
    const index = new DuplicateIndex(duplicateParameters);
    index.addWindow([entry('undated', undefined, story)]);
    index.addWindow([filler(10 * horizon)]);
    index.addWindow([entry('copy', undefined, story, 'key-z')]);
    assert.equal(index.originalOf('copy'), 'undated');
  });

  it('checks a late arrival older than the horizon against what is held, then lets it go', () => {
    const index = new DuplicateIndex(duplicateParameters);
    index.addWindow([entry('held', 100, story)]);
    index.addWindow([entry('late', 100 - horizon - 5, story)]);
    assert.equal(index.originalOf('held'), 'late');
    assert.equal(index.heldCount, 0);
    index.addWindow([entry('after', 101, story)]);
    assert.equal(index.originalOf('after'), null);
  });

  it('marks the same copies whatever the order within each window', () => {
    const windows = [
      [entry('a', 0, story), entry('b', 1, story), entry('c', 0, textOf(2_000_000)), entry('d', 2, textOf(2_000_000)), filler(3)],
      [entry('e', 40, textOf(3_000_000)), entry('f', 39, textOf(3_000_000)), entry('g', 61, story), filler(70)],
      [entry('h', 71, textOf(3_000_000)), entry('i', 70, story), entry('j', undefined, textOf(2_000_000))],
    ];
    const marks = (order: (window: DuplicateEntry[]) => DuplicateEntry[]): (string | null)[] => {
      const index = new DuplicateIndex(duplicateParameters);
      for (const window of windows) index.addWindow(order(window));
      return 'abcdefghij'.split('').map((id) => index.originalOf(id));
    };
    const expected = marks((window) => window);
    assert.deepEqual(expected, [null, 'a', null, 'c', 'f', null, 'a', 'f', null, null]);
    assert.deepEqual(marks((window) => [...window].reverse()), expected);
    assert.deepEqual(marks((window) => [...window.slice(1), window[0]!]), expected);
  });
});
