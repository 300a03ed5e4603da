import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from './helpers.ts';
import { millisecondsOf } from '../helpers/time-guard.ts';

/** Inputs shaped to make careless regexes backtrack; every stage must stay fast on them. */
const hostile = [
  'A'.repeat(200_000),
  `By ${'Jane Doe, '.repeat(20_000)}`,
  `(${'A'.repeat(50_000)}) - text`,
  `Reporting by ${'Jane '.repeat(40_000)}suggested`,
  `${'The Daily Planet '.repeat(20_000)}reached out`,
  `RELATED:\n${'- Headline Line\n'.repeat(20_000)}`,
  `WASHINGTON, ${'May 3, '.repeat(20_000)}`,
  `${'a '.repeat(100_000)}Photo: ${'b '.repeat(100_000)}`,
  `Image Source: ${'Getty Images | '.repeat(20_000)}`,
  ` date 2025-05-04 ${'1 '.repeat(10)}\n${'word '.repeat(50_000)}`,
];

test('extraction stays fast on hostile inputs', () => {
  for (const text of hostile) {
    const ms = millisecondsOf(() => extract({ text }));
    assert.ok(ms < 2000, `${ms.toFixed(0)} ms on input starting ${JSON.stringify(text.slice(0, 30))}`);
  }
});
