import assert from 'node:assert/strict';
import { test } from 'node:test';
import { byPeriod, compatible, periodOf } from '../../src/align/periods.ts';

test('date values become periods', () => {
  const cases: [string, string, string][] = [
    ['2025-05-03', '2025-05-03', '2025-05-03'],
    ['2025-02', '2025-02-01', '2025-02-28'],
    ['2024-02', '2024-02-01', '2024-02-29'],
    ['2025-W18', '2025-04-28', '2025-05-04'],
    ['2025-Q2', '2025-04-01', '2025-06-30'],
    ['2025', '2025-01-01', '2025-12-31'],
    ['201X', '2010-01-01', '2019-12-31'],
  ];
  for (const [value, first, last] of cases) assert.deepEqual(periodOf(value), { first, last }, value);
  assert.equal(periodOf('soon'), undefined);
});

test('a coarser restatement is compatible, another year is not', () => {
  assert.ok(compatible('2025', '2025-02'));
  assert.ok(compatible('2025-04-16', '2025-04'));
  assert.ok(!compatible('2019-02', '2025-02'));
  assert.ok(!compatible('2025-05-02', '2025-05-03'));
});

test('values sort chronologically by first day, then by last day', () => {
  const values = ['2025-05-03', '2025', '2019-02', '2025-02', '2025-W18', '2025-04-16'];
  assert.deepEqual([...values].sort(byPeriod), ['2019-02', '2025', '2025-02', '2025-04-16', '2025-W18', '2025-05-03']);
});
