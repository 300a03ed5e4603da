import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitSentences } from '../../src/annotate/sentences.ts';
import { findDates } from '../../src/annotate/dates/index.ts';
import { mainQuarter, yearAgoInQuarterArticle } from '../../src/annotate/dates/folds/01-year-ago-quarter.ts';
import { reportedQuarter } from '../../src/annotate/dates/reference.ts';
import { dayYear, quarterYear } from '../../src/annotate/dates/refiners/03-month-to-past.ts';
import { tenseBefore } from '../../src/annotate/dates/tense.ts';
import type { AnnotatedArticle, DateMention } from '../../src/model.ts';
import { emptyArticle, runArticleStages } from '../../src/pipeline/run.ts';

const ctx = { now: '2026-01-01T00:00:00Z' };

function datesOf(text: string, publishedAt: string): string[] {
  const article: AnnotatedArticle = runArticleStages(emptyArticle({ id: 't', path: 't.txt', text }), [splitSentences], ctx);
  const meta = { ...article.meta, publishedAt: { value: publishedAt, by: 'test', inferred: false, from: 'input' as const }, publishedAtSource: 'input' as const };
  return findDates({ ...article, meta }).map((d) => `${d.text}=${d.value}`);
}

// Thursday 26 October 1989 (a quarterly-results season) unless stated.
const CASES: readonly [string, string, string[]][] = [
  ['1989-10-26', 'Third-quarter net rose 5%.', ['Third-quarter=1989-Q3']],
  ['1989-10-26', 'It posted a fiscal second-quarter loss.', ['a fiscal second-quarter=1989-Q2']],
  ['1989-10-26', 'Profit fell in the 1988 second quarter.', ['the 1988 second quarter=1988-Q2']],
  ['1989-10-26', 'It sees growth in next year\'s first quarter.', ['next year\'s first quarter=1990-Q1']],
  ['1989-10-26', 'It earned $2 in the year-ago third quarter.', ['the year-ago third quarter=1988-Q3']],
  ['1989-10-26', 'Sales rose in the quarter.', ['the quarter=1989-Q3']],
  ['1989-10-26', 'The latest period included a charge.', ['The latest period=1989-Q3']],
  ['1989-10-26', 'It earned $3 in the year-earlier period.', ['the year-earlier period=1988-Q3']],
  ['1989-10-26', 'Year-ago results were restated.', ['Year-ago=1988-Q3']],
  ['1989-10-26', 'It lost $1 in the 1988 period.', ['the 1988 period=1988-Q3']],
  ['1989-10-26', 'Net was $4 for the corresponding period last year.', ['the corresponding period last year=1988-Q3']],
  ['1989-10-26', 'Third-quarter profit rose from $2 a year ago.', ['Third-quarter=1989-Q3', 'a year ago=1988-Q3']],
  ['1989-10-26', 'Fourth-quarter sales fell from last year.', ['Fourth-quarter=1989-Q4', 'last year=1988-Q4']],
  ['1989-10-26', 'Third-quarter net rose.\nIt earned $1.12 a share a year earlier.', ['Third-quarter=1989-Q3', 'a year earlier=1988-Q3']],
  ['1989-10-26', 'It earned $1.12 a share a year earlier.', ['a year earlier=1988']],
  ['1989-10-26', 'Revenue was $5 in the year ended March 31.', ['March 31=1989-03-31']],
  ['1989-10-26', 'The deal should close Dec. 15.', ['Dec. 15=1989-12-15']],
  ['1989-10-26', 'Financing is expected in January.', ['January=1990-01']],
  ['1989-10-26', 'The plant opened in April.', ['April=1989-04']],
  ['1989-10-26', 'It will resume trading Tuesday.', ['Tuesday=1989-10-31']],
  ['1989-10-26', 'The group could leave as soon as Tuesday.', ['Tuesday=1989-10-31']],
  ['1989-10-26', 'Trading resumed Tuesday.', ['Tuesday=1989-10-24']],
];

describe('resolveDates: results-season rules', () => {
  for (const [publishedAt, text, expected] of CASES) {
    it(`${publishedAt}: ${text}`, () => {
      assert.deepEqual(datesOf(text, publishedAt), expected);
    });
  }
});

describe('news date helpers', () => {
  it('the reported quarter is the latest one ended before the day', () => {
    assert.deepEqual(reportedQuarter({ year: 1989, month: 10, day: 26 }), { year: 1989, quarter: 3 });
    assert.deepEqual(reportedQuarter({ year: 1990, month: 2, day: 1 }), { year: 1989, quarter: 4 });
    assert.deepEqual(reportedQuarter({ year: 1990, month: 6, day: 30 }), { year: 1990, quarter: 1 });
  });

  it('a month-day goes to the latest occurrence unless near ahead or future', () => {
    const ref = { year: 1989, month: 11, day: 1 };
    assert.equal(dayYear(ref, 3, 31, null), 1989);
    assert.equal(dayYear(ref, 12, 15, null), 1989);
    assert.equal(dayYear(ref, 1, 2, null), 1990);
    assert.equal(dayYear(ref, 6, 1, null), 1989);
    assert.equal(dayYear(ref, 6, 1, 'future'), 1990);
    assert.equal(dayYear(ref, 12, 15, 'past'), 1988);
    assert.equal(dayYear(ref, 11, 1, 'past'), 1989);
  });

  it('a quarter after a future cue is this year’s unless long over', () => {
    assert.equal(quarterYear(1989, 11, 3, 'future'), 1989);
    assert.equal(quarterYear(1989, 11, 1, 'future'), 1990);
    assert.equal(quarterYear(1989, 11, 4, null), 1989);
    assert.equal(quarterYear(1989, 5, 4, null), 1988);
  });

  it('tense cues: future wins, a past verb right before, else none', () => {
    assert.equal(tenseBefore('The king will meet Bush on ', 27), 'future');
    assert.equal(tenseBefore('The deal was signed in ', 23), 'past');
    assert.equal(tenseBefore('The year ended ', 15), 'past');
    assert.equal(tenseBefore('Talks resume ', 13), null);
  });

  it('the article quarter makes a year-ago mention quarter precise, only for the year before', () => {
    const mention = (text: string, value: string, precision: DateMention['precision']): DateMention =>
      ({ start: 0, end: text.length, text, value, precision, by: 'dates', inferred: true });
    const dates = [mention('third-quarter', '1989-Q3', 'quarter'), mention('a year ago', '1988', 'year'), mention('last year', '1987', 'year')];
    assert.equal(mainQuarter(dates), '1989-Q3');
    assert.deepEqual(yearAgoInQuarterArticle(dates).map((d) => d.value), ['1989-Q3', '1988-Q3', '1987']);
    assert.equal(mainQuarter([mention('a year ago', '1988', 'year')]), null);
  });
});

it('reference words: past, present and future without a calendar position', async () => {
  const { referenceWords } = await import('../../src/annotate/dates/parsers/07-reference-words.ts');
  const cases: [string, string[]][] = [
    ['Prices are now higher and currently rising.', ['now:PRESENT_REF', 'currently:PRESENT_REF']],
    ['He recently left; in recent years it grew.', ['recently:PAST_REF', 'recent years:PAST_REF']],
    ['In the past it was cheap, but in the future it will not be.', ['the past:PAST_REF', 'the future:FUTURE_REF']],
    ['Talks resume in the coming weeks.', ['the coming weeks:FUTURE_REF']],
    ['The now-defunct firm had a future contract and past performance.', []],
    ['Snow fell on the knowledge economy.', []],
  ];
  for (const [text, expected] of cases) {
    const found = referenceWords(text, { start: 0, end: text.length }).map((d) => `${d.text}:${d.value}`);
    assert.deepEqual(found.sort(), expected.sort(), text);
  }
});

it('anaphoric dates take the latest earlier date that is precise enough', async () => {
  const { anaphoricDates } = await import('../../src/annotate/dates/folds/02-anaphoric.ts');
  const text = 'In February, troops moved. They left that month. Later that year, talks resumed. That day was calm.';
  const dates = [{ start: 3, end: 11, text: 'February', value: '2025-02', precision: 'month' as const, by: 'dates', inferred: true }];
  const found = anaphoricDates(text, [{ start: 0, end: text.length }], dates).map((d) => `${d.text}=${d.value}/${d.precision}`);
  assert.deepEqual(found, ['that month=2025-02/month', 'Later that year=2025/year']);
});
