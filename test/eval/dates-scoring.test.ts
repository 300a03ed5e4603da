import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { annotateAll } from '../../src/analyze.ts';
import { bestOverlap, dateMetrics, datesTask, evaluateDates, reduceValue, scoreDocument, toRawArticle, valueOutcome } from '../../src/eval/tasks/dates.ts';
import { loadTimeBank, type Timex, type TimexType } from '../../src/eval/timebank.ts';
import type { DateMention, Precision } from '../../src/model.ts';

const mini = join(import.meta.dirname, '..', 'fixtures', 'eval', 'timebank-mini');
const now = '2026-01-01T00:00:00Z';

function timex(start: number, end: number, type: TimexType, value: string): Timex {
  return { tid: `t${start}`, type, value, text: 'x'.repeat(end - start), start, end };
}

function date(start: number, end: number, value: string, precision: Precision): DateMention {
  return { start, end, text: 'x'.repeat(end - start), value, precision, by: 'dates', inferred: false };
}

describe('reduceValue', () => {
  const cases: [string, Precision, Precision, string | null][] = [
    ['1998-02-14', 'day', 'day', '1998-02-14'],
    ['1998-02-14', 'day', 'month', '1998-02'],
    ['1998-02-14', 'day', 'week', '1998-W07'],
    ['1998-02-14', 'day', 'quarter', '1998-Q1'],
    ['1998-02-14', 'day', 'year', '1998'],
    ['1998-02-14', 'day', 'decade', '199X'],
    ['1998-W05', 'week', 'month', '1998-01'],
    ['2026-W01', 'week', 'year', '2026'],
    ['1998-08', 'month', 'quarter', '1998-Q3'],
    ['1998-Q4', 'quarter', 'year', '1998'],
    ['199X', 'decade', 'decade', '199X'],
    ['1998-02', 'month', 'day', null],
    ['1998-02', 'month', 'week', null],
    ['1998', 'year', 'quarter', null],
    ['199X', 'decade', 'year', null],
  ];
  for (const [value, from, to, expected] of cases) {
    it(`${value} (${from}) at ${to} precision is ${String(expected)}`, () => {
      assert.equal(reduceValue(value, from, to), expected);
    });
  }
});

describe('valueOutcome', () => {
  const cases: [string, DateMention, string][] = [
    ['1998-02', date(0, 1, '1998-02-14', 'day'), 'right-value'],
    ['1998-02-14', date(0, 1, '1998-02', 'month'), 'wrong-value'],
    ['1998-02-14T20:00', date(0, 1, '1998-02-14', 'day'), 'right-value'],
    ['1998-02-14', date(0, 1, '1998-02-13', 'day'), 'wrong-value'],
    ['1998-W07', date(0, 1, '1998-02-14', 'day'), 'right-value'],
    ['1998-Q1', date(0, 1, '1998', 'year'), 'wrong-value'],
    ['199', date(0, 1, '199X', 'decade'), 'right-value'],
    ['PAST_REF', date(0, 1, '1998', 'year'), 'wrong-value'],
    ['PAST_REF', date(0, 1, 'PAST_REF', 'ref'), 'right-value'],
    ['FUTURE_REF', date(0, 1, 'PAST_REF', 'ref'), 'wrong-value'],
    ['1998-SU', date(0, 1, '1998-07', 'month'), 'value-excluded'],
  ];
  for (const [gold, ours, expected] of cases) {
    it(`gold ${gold} vs ours ${ours.value} is ${expected}`, () => {
      assert.equal(valueOutcome(timex(0, 1, 'DATE', gold), ours), expected);
    });
  }
});

describe('bestOverlap', () => {
  it('picks the prediction sharing the most characters, and none when nothing overlaps', () => {
    const small = date(0, 12, '1998-03', 'month');
    const large = date(12, 30, '1998-03-03', 'day');
    assert.equal(bestOverlap({ start: 10, end: 25 }, [small, large]), large);
    assert.equal(bestOverlap({ start: 30, end: 40 }, [small, large]), null);
  });
});

describe('scoreDocument and dateMetrics', () => {
  const gold = [
    timex(0, 10, 'DATE', '1998-03-03'),
    timex(20, 25, 'DATE', '1997'),
    timex(30, 39, 'DURATION', 'P2Y'),
    timex(40, 50, 'TIME', '1998-03-02TEV'),
    timex(60, 63, 'DATE', '1998-SU'),
    timex(70, 80, 'DATE', '1998-Q1'),
  ];
  const predicted = [
    date(3, 10, '1998-03-03', 'day'),
    date(20, 25, '1996', 'year'),
    date(30, 39, '1996', 'year'),
    date(40, 50, '1998-03-02', 'day'),
    date(60, 63, '1998-03-05', 'day'),
    date(90, 95, '1998-03-04', 'day'),
  ];
  const outcomes = scoreDocument('doc', gold, predicted);

  it('sorts every gold DATE and every stray prediction into one outcome', () => {
    assert.deepEqual(
      outcomes.map((o) => [o.kind, o.gold?.start ?? null, o.predicted?.start ?? null]),
      [
        ['right-value', 0, 3],
        ['wrong-value', 20, 20],
        ['value-excluded', 60, 60],
        ['miss', 70, null],
        ['false-positive', null, 30],
        ['false-positive', null, 90],
      ],
    );
  });

  it('turns outcomes into recall, precision and value accuracy', () => {
    const metrics = dateMetrics(outcomes, predicted.length);
    assert.equal(metrics['gold'], 4);
    assert.equal(metrics['matched'], 3);
    assert.equal(metrics['span_recall'], 3 / 4);
    assert.equal(metrics['span_recall_calendar'], 2 / 3);
    assert.equal(metrics['gold_calendar'], 3);
    assert.equal(metrics['span_precision'], 4 / 6);
    assert.ok(Math.abs((metrics['span_f1'] ?? 0) - (2 * (4 / 6) * (3 / 4)) / (4 / 6 + 3 / 4)) < 1e-12);
    assert.equal(metrics['value_accuracy'], 1 / 2);
    assert.equal(metrics['value_scored'], 2);
    assert.equal(metrics['value_excluded'], 1);
  });

  it('gives zeros rather than NaN on an empty document', () => {
    const metrics = dateMetrics(scoreDocument('empty', [], []), 0);
    assert.ok(Object.values(metrics).every((value) => value === 0));
  });
});

describe('the dates task on the mini TimeML set', () => {
  const documents = loadTimeBank(mini);

  it('gives the pipeline the creation day as an input date, which it keeps as is', () => {
    const raws = documents.map(toRawArticle);
    assert.deepEqual(raws.map((r) => r.publishedAt), ['1998-03-05', '1998-08-14']);
    assert.equal(raws[1]?.title, 'Harbour repairs finish early');
    for (const article of annotateAll(raws, { now })) {
      assert.equal(article.meta.publishedAtSource, 'input');
      assert.equal(article.meta.publishedAt?.value, article.input.publishedAt);
    }
  });

  it('scores the fully written date as matched with the right value', () => {
    const { outcomes, metrics } = evaluateDates(documents, now);
    assert.equal(metrics['gold'], 5);
    assert.equal(metrics['value_excluded'] ?? 0, outcomes.filter((o) => o.kind === 'value-excluded').length);
    const written = outcomes.find((o) => o.gold?.text === 'March 3, 1998');
    assert.equal(written?.kind, 'right-value');
  });

  it('reports every metric the lead relies on', async () => {
    const result = await datesTask.run(mini);
    assert.equal(result.task, 'dates');
    assert.equal(result.dataset, 'timebank-aquaint');
    assert.equal(result.articles, 2);
    for (const name of ['span_recall', 'span_precision', 'span_f1', 'value_accuracy', 'matched', 'gold']) {
      assert.equal(typeof result.metrics[name], 'number', name);
    }
    for (const name of ['span_recall', 'span_precision', 'span_f1', 'value_accuracy']) {
      const value = result.metrics[name] ?? -1;
      assert.ok(value >= 0 && value <= 1, `${name} ${value}`);
    }
  });
});
