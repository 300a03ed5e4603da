import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bcubed, labelsOf } from '../../src/eval/bcubed.ts';
import { NewsprismError } from '../../src/errors.ts';

const near = (actual: number, expected: number): void => assert.ok(Math.abs(actual - expected) < 1e-9, `${actual} != ${expected}`);

describe('bcubed', () => {
  const gold = labelsOf([['1', '2', '3', '4', '5'], ['6', '7'], ['8', '9', 'A', 'B', 'C']]);

  it('scores the textbook example (Bagga and Baldwin 1998): precision 16/21, recall 1', () => {
    const predicted = labelsOf([['1', '2', '3', '4', '5'], ['6', '7', '8', '9', 'A', 'B', 'C']]);
    const score = bcubed(predicted, gold);
    near(score.precision, (5 + 2 * (2 / 7) + 5 * (5 / 7)) / 12);
    near(score.precision, 16 / 21);
    near(score.recall, 1);
    near(score.f1, (2 * (16 / 21)) / (16 / 21 + 1));
  });

  const cases: [string, string[][], number, number][] = [
    ['perfect', [['1', '2', '3', '4', '5'], ['6', '7'], ['8', '9', 'A', 'B', 'C']], 1, 1],
    ['all singletons', '123456789ABC'.split('').map((x) => [x]), 1, (5 * (1 / 5) + 2 * (1 / 2) + 5 * (1 / 5)) / 12],
    ['one big cluster', ['123456789ABC'.split('')], (5 * (5 / 12) + 2 * (2 / 12) + 5 * (5 / 12)) / 12, 1],
  ];
  for (const [name, clusters, precision, recall] of cases) {
    it(name, () => {
      const score = bcubed(labelsOf(clusters), gold);
      near(score.precision, precision);
      near(score.recall, recall);
    });
  }

  it('is symmetric: swapping the labelings swaps precision and recall', () => {
    const predicted = labelsOf([['1', '2', '6'], ['3', '4', '5', '7'], ['8', '9', 'A'], ['B', 'C']]);
    const a = bcubed(predicted, gold);
    const b = bcubed(gold, predicted);
    near(a.precision, b.recall);
    near(a.recall, b.precision);
  });

  it('refuses labelings of different items', () => {
    assert.throws(() => bcubed(labelsOf([['1']]), labelsOf([['2']])), NewsprismError);
  });
});
