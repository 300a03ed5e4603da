import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { NewsprismError } from '../../src/errors.ts';
import { parseDatedPages, pubdateMetrics, pubdateOutcome } from '../../src/eval/htmldate.ts';
import { evaluatePubdates, pubdateTask, splitHalves, straightFromHtml } from '../../src/eval/tasks/pubdate.ts';

const MINI = join(import.meta.dirname, '..', 'fixtures', 'eval', 'htmldate-mini');
const NOW = '2026-01-01T00:00:00Z';

describe('pubdateOutcome', () => {
  const cases: { ours: string | null; gold: string; expected: string }[] = [
    { ours: '2020-05-04', gold: '2020-05-04', expected: 'right' },
    { ours: '2020-05-04T23:10:00+02:00', gold: '2020-05-04', expected: 'right' },
    { ours: '2020-05-05T00:10:00Z', gold: '2020-05-04', expected: 'wrong' },
    { ours: '2020-05', gold: '2020-05-04', expected: 'wrong' },
    { ours: null, gold: '2020-05-04', expected: 'undated' },
  ];
  for (const { ours, gold, expected } of cases) {
    it(`${String(ours)} vs ${gold} is ${expected}`, () => assert.equal(pubdateOutcome(ours, gold), expected));
  }
});

describe('pubdateMetrics', () => {
  it('computes accuracy, coverage and precision', () => {
    assert.deepEqual(pubdateMetrics(['right', 'right', 'wrong', 'undated']), { accuracy: 0.5, coverage: 0.75, precision: 2 / 3, pages: 4 });
  });

  it('is zero, not NaN, on no pages or no dates', () => {
    assert.deepEqual(pubdateMetrics([]), { accuracy: 0, coverage: 0, precision: 0, pages: 0 });
    assert.equal(pubdateMetrics(['undated'])['precision'], 0);
  });
});

describe('parseDatedPages', () => {
  it('reads pages and refuses malformed records', () => {
    assert.deepEqual(parseDatedPages('{"u": {"file": "f.html", "date": "2019-01-02"}}', 'x.json'), [{ url: 'u', file: 'f.html', date: '2019-01-02' }]);
    assert.throws(() => parseDatedPages('{"u": {"file": "f.html", "date": "2019"}}', 'x.json'), (e: unknown) => e instanceof NewsprismError && e.code === 'E_DATASET');
    assert.throws(() => parseDatedPages('{"u": {"date": "2019-01-02"}}', 'x.json'), /expected \{"file": string/u);
  });

  it('names the missing gold file', () => {
    assert.throws(() => void pubdateTask.run(join(MINI, 'eval')), /eval_default\.json/u);
  });
});

describe('pubdate task on htmldate-mini', () => {
  const outcomes = evaluatePubdates(MINI, NOW);

  it('dates a page by its metadata and by a date-named element', () => {
    assert.deepEqual(outcomes.slice(0, 2).map((o) => [o.kind, o.ours?.slice(0, 10)]), [['right', '2021-03-04'], ['right', '2018-09-14']]);
  });

  it('leaves a page without any date undated, and a missing page failed', () => {
    assert.deepEqual(outcomes.slice(2).map((o) => [o.kind, o.failed]), [['undated', false], ['undated', true]]);
  });

  it('reports the metrics', async () => {
    const result = await pubdateTask.run(MINI);
    assert.equal(result.task, 'pubdate');
    assert.equal(result.dataset, 'htmldate-eval');
    const { 'html.pagesPerSecond': pagesPerSecond, ...metrics } = result.metrics;
    assert.deepEqual(metrics, {
      accuracy: 0.5,
      coverage: 0.5,
      precision: 1,
      pages: 4,
      failed: 1,
      'html.accuracy': 0.5,
      'html.coverage': 0.5,
      'html.precision': 1,
      'html.dev.accuracy': 1,
      'html.holdout.accuracy': 0,
    });
    assert.ok((pagesPerSecond ?? 0) > 0);
  });

  it('scores publishedAtFromHtml directly, and splits the pages in two fixed halves', () => {
    const direct = evaluatePubdates(MINI, NOW, straightFromHtml);
    assert.deepEqual(direct.map((o) => o.kind), ['right', 'right', 'undated', 'undated']);
    const { dev, holdout } = splitHalves(direct.map((o) => o.gold));
    assert.deepEqual([dev.size, holdout.size], [2, 2]);
    assert.deepEqual([...splitHalves(direct.map((o) => o.gold)).dev], [...dev]);
    assert.ok([...dev].every((url) => !holdout.has(url)));
  });
});
