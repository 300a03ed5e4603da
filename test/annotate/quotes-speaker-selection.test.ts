import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countsAt, keepsFloors, selectSetting, stepsAround, type Outcome, type PrecisionFloors, type SpeakerCounts } from '../../src/annotate/quotes/speaker-selection.ts';

const NO_RULES: SpeakerCounts = { judged: 100, given: 0, correct: 0 };
const MODEL_FLOOR: PrecisionFloors = { overall: 0, model: 0.7 };
/** Thresholds 0.1 ... 0.9, margin 0 only: a one-axis grid. */
const THRESHOLDS_ONLY = { thresholds: [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9], margins: [0] };

/** `count` picks at this probability, clear of any runner-up. */
const picks = (count: number, probability: number, right: boolean, runnerUp = 0): Outcome[] => Array.from({ length: count }, () => ({ probability, runnerUp, right }));

describe('speaker selection: counts and floors', () => {
  const outcomes = [...picks(2, 0.9, true), ...picks(1, 0.6, false), ...picks(1, 0.9, true, 0.8)];
  const COUNTS: readonly [string, { threshold: number; margin: number }, SpeakerCounts][] = [
    ['every pick above the threshold and clear of its runner-up', { threshold: 0.5, margin: 0 }, { judged: 100, given: 14, correct: 12 }],
    ['a higher threshold drops the less probable pick', { threshold: 0.7, margin: 0 }, { judged: 100, given: 13, correct: 12 }],
    ['a margin drops the pick close to its runner-up', { threshold: 0.5, margin: 0.2 }, { judged: 100, given: 13, correct: 11 }],
  ];
  for (const [what, cut, expected] of COUNTS) it(`counts: ${what}`, () => assert.deepEqual(countsAt({ judged: 100, given: 10, correct: 9 }, outcomes, cut), expected));

  const rules = { judged: 100, given: 50, correct: 48 };
  const FLOORS: readonly [string, SpeakerCounts, boolean][] = [
    ['no pick given keeps both floors', rules, true],
    ['model picks right 7 of 10', { judged: 100, given: 60, correct: 55 }, true],
    ['model picks right 6 of 10: below the model floor', { judged: 100, given: 60, correct: 54 }, false],
    ['overall precision below its floor though the model floor holds', { judged: 100, given: 150, correct: 118 }, false],
  ];
  for (const [what, counts, expected] of FLOORS) it(`floors: ${what}`, () => assert.equal(keepsFloors(rules, counts, { overall: 0.9, model: 0.7 }), expected));

  const STEPS: readonly [number, number, [number, number, number]][] = [
    [0, 5, [0, 0, 1]],
    [2, 5, [1, 2, 3]],
    [4, 5, [3, 4, 4]],
    [0, 1, [0, 0, 0]],
  ];
  for (const [at, length, expected] of STEPS) it(`steps around ${at} of ${length}`, () => assert.deepEqual(stepsAround(at, length), expected));
});

describe('speaker selection: the setting chosen', () => {
  /*
   * Model precision by threshold: 0.1-0.2 24/39 (no), 0.3 24/34 (yes), 0.4-0.5 10/20 (no),
   * 0.6 10/10, 0.7-0.9 6/6. The most right speakers under a floor met cell by cell is t=0.3,
   * a lone cell between two that miss the floor.
   */
  const island = [...picks(5, 0.25, false), ...picks(14, 0.35, true), ...picks(10, 0.55, false), ...picks(4, 0.65, true), ...picks(6, 0.95, true)];

  it('a cut that keeps the floor alone, between cuts that miss it, is not chosen: its neighbourhood is summed', () => {
    assert.deepEqual(selectSetting(NO_RULES, [island], THRESHOLDS_ONLY, MODEL_FLOOR)?.cut, { threshold: 0.6, margin: 0 });
  });

  it('the same picks in another order give the same setting', () => {
    assert.deepEqual(selectSetting(NO_RULES, [[...island].reverse()], THRESHOLDS_ONLY, MODEL_FLOOR), selectSetting(NO_RULES, [island], THRESHOLDS_ONLY, MODEL_FLOOR));
  });

  it('the cut chosen never has a margin above its threshold (t=0.05 with m=0.3 decides as t=0.3 with m=0.3)', () => {
    const grid = { thresholds: [0.05, 0.1, 0.2, 0.3], margins: [0, 0.1, 0.2, 0.3] };
    const near = [...picks(8, 0.6, true, 0.1), ...picks(4, 0.6, false, 0.45)];
    const chosen = selectSetting(NO_RULES, [near], grid, MODEL_FLOOR);
    assert.ok(chosen);
    assert.ok(chosen.cut.margin <= chosen.cut.threshold, JSON.stringify(chosen.cut));
  });

  it('equal scores go to the more cautious setting: stronger penalty, then higher threshold, then higher margin', () => {
    const sure = picks(5, 0.97, true);
    const grid = { thresholds: [0.1, 0.5, 0.9], margins: [0, 0.1, 0.2] };
    assert.deepEqual(selectSetting(NO_RULES, [sure, sure], grid, MODEL_FLOOR), { penalty: 1, cut: { threshold: 0.9, margin: 0.2 }, score: 5 * 27 });
  });

  it('the penalty whose neighbourhood gives more right speakers wins, wherever it sits in the list', () => {
    const good = picks(6, 0.8, true);
    const poor = [...picks(3, 0.8, true), ...picks(1, 0.8, false)];
    const grid = { thresholds: [0.5], margins: [0] };
    assert.equal(selectSetting(NO_RULES, [poor, good], grid, MODEL_FLOOR)?.penalty, 1);
    assert.equal(selectSetting(NO_RULES, [good, poor], grid, MODEL_FLOOR)?.penalty, 0);
  });

  it('no setting when the rules alone miss the overall floor', () => {
    assert.equal(selectSetting({ judged: 100, given: 50, correct: 40 }, [island], THRESHOLDS_ONLY, { overall: 0.9, model: 0.7 }), null);
  });
});
