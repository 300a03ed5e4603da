import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitSentences } from '../../src/annotate/sentences.ts';
import { findDates, resolveDates, windows } from '../../src/annotate/dates/index.ts';
import { isoWeek } from '../../src/annotate/dates/reference.ts';
import { weekdayDay } from '../../src/annotate/dates/refiners/02-weekday-to-past.ts';
import { monthYear } from '../../src/annotate/dates/refiners/03-month-to-past.ts';
import type { AnnotatedArticle, DateMention } from '../../src/model.ts';
import { emptyArticle, runArticleStages } from '../../src/pipeline/run.ts';

const ctx = { now: '2025-06-01T00:00:00Z' };

function dated(text: string, publishedAt: string | null = '2025-05-04'): AnnotatedArticle {
  const article = runArticleStages(emptyArticle({ id: 't', path: 't.txt', text }), [splitSentences], ctx);
  if (publishedAt === null) return article;
  return {
    ...article,
    meta: { ...article.meta, publishedAt: { value: publishedAt, by: 'test', inferred: false, from: 'input' }, publishedAtSource: 'input' },
  };
}

const datesOf = (text: string, publishedAt = '2025-05-04'): DateMention[] => findDates(dated(text, publishedAt));
const brief = (d: DateMention): string => `${d.text}=${d.value}/${d.precision}${d.inferred ? '*' : ''}`;

// Reference: Sunday 4 May 2025 unless stated. `*` marks inferred (year or more from the reference).
const CASES: readonly [string, string, string[]][] = [
  ['2025-05-04', 'Sheinbaum said on Saturday that she rejected it.', ['on Saturday=2025-05-03/day*']],
  ['2025-05-04', 'She responded to a Friday report from the paper.', ['Friday=2025-05-02/day*']],
  ['2025-05-04', 'On Sunday, he confirmed it.', ['On Sunday=2025-05-04/day*']],
  ['2025-05-03', 'The paper reported on Friday that talks failed.', ['on Friday=2025-05-02/day*']],
  ['2025-05-04', 'The talks began on Monday.', ['on Monday=2025-04-28/day*']],
  ['2025-05-04', 'He will travel on Tuesday.', ['on Tuesday=2025-05-06/day*']],
  ['2025-05-04', 'They met last Sunday.', ['last Sunday=2025-04-27/day*']],
  ['2025-05-04', 'In February, troops were sent.', ['February=2025-02/month*']],
  ['2025-05-04', 'The deal was signed in June.', ['June=2024-06/month*']],
  ['2025-05-04', 'Last month, he threatened tariffs.', ['Last month=2025-04/month*']],
  ['2025-01-10', 'Last month, he threatened tariffs.', ['Last month=2024-12/month*']],
  ['2025-05-04', 'She spoke three months ago.', ['three months ago=2025-02/month*']],
  ['2025-05-04', 'Earlier this year, tariffs were imposed.', ['Earlier this year=2025/year*']],
  ['2025-05-04', 'A phone call in mid-April went badly.', ['mid-April=2025-04/month*']],
  ['2025-05-04', 'A report published May 2 said so.', ['May 2=2025-05-02/day*']],
  ['2025-05-04', 'An April 16 telephone conversation.', ['April 16=2025-04-16/day*']],
  ['2025-05-04', 'They were labelled in February 2019.', ['February 2019=2019-02/month']],
  ['2025-05-04', 'Goods under a 2020 trade agreement are exempt.', ['2020=2020/year']],
  ['2025-05-04', 'From 2015 to 2021, murders rose.', ['2015=2015/year', '2021=2021/year']],
  ['2025-05-04', 'It was May 3, 2025 at the time.', ['May 3, 2025=2025-05-03/day']],
  ['2025-05-04', 'Prices rose last week.', ['last week=2025-W17/week*']],
  ['2025-05-04', 'Talks resume this week.', ['this week=2025-W18/week*']],
  ['2025-05-04', 'Sales fell in the first quarter of 2024.', ['the first quarter of 2024=2024-Q1/quarter']],
  ['2025-05-04', 'Growth slowed in the second quarter.', ['the second quarter=2025-Q2/quarter*']],
  ['2025-05-04', 'Violence peaked in the 2010s.', ['2010s=201X/decade']],
  ['2025-05-04', 'He was elected last year.', ['last year=2024/year*']],
  ['2025-05-04', 'The law passed in early 2024.', ['early 2024=2024/year']],
  ['2025-05-04', 'She said yesterday it was over.', ['yesterday=2025-05-03/day*']],
];

describe('resolveDates: table with fixed reference dates', () => {
  for (const [publishedAt, text, expected] of CASES) {
    it(`${publishedAt}: ${text}`, () => {
      assert.deepEqual(datesOf(text, publishedAt).map(brief), expected);
    });
  }
});

describe('resolveDates: mention invariants', () => {
  it('offsets slice to the text, spans are sorted and inside sentences', () => {
    const article = dated('In February, troops went.\nOn Sunday, on Friday and in mid-April 2024 things happened.');
    const dates = findDates(article);
    assert.ok(dates.length >= 4);
    for (const d of dates) {
      assert.equal(article.text.slice(d.start, d.end), d.text);
      assert.equal(d.by, 'dates');
      assert.ok(article.sentences.some((s) => s.start <= d.start && d.end <= s.end));
    }
    assert.deepEqual(dates, [...dates].sort((a, b) => a.start - b.start));
  });

  it('produces no dates without a publication date', () => {
    const article = dated('On Saturday, in February 2019, it happened.', null);
    assert.deepEqual(resolveDates.run(article, ctx).dates, []);
  });

  it('accepts a date-time publication value', () => {
    assert.deepEqual(datesOf('It happened on Saturday.', '2025-05-04T23:30:00-04:00').map(brief), ['on Saturday=2025-05-03/day*']);
  });

  it('ignores boilerplate outside sentences', () => {
    const base = dated('Photo taken on Saturday\nIn February, troops went.');
    const article = { ...base, removed: [{ start: 0, end: 23, reason: 'caption', by: 'test' }] };
    const resplit = runArticleStages(article, [splitSentences], ctx);
    assert.deepEqual(findDates(resplit).map((d) => d.text), ['February']);
  });
});

describe('date helpers', () => {
  it('weekdays point to the past; the reference weekday is that day', () => {
    const sunday = { year: 2025, month: 5, day: 4 };
    assert.deepEqual(weekdayDay(sunday, 0, 'past'), sunday);
    assert.deepEqual(weekdayDay(sunday, 6, 'past'), { year: 2025, month: 5, day: 3 });
    assert.deepEqual(weekdayDay(sunday, 0, 'last'), { year: 2025, month: 4, day: 27 });
    assert.deepEqual(weekdayDay(sunday, 5, 'next'), { year: 2025, month: 5, day: 9 });
  });

  it('a month after the reference month is last year’s unless near or future', () => {
    assert.equal(monthYear(2025, 5, 2, null), 2025);
    assert.equal(monthYear(2025, 5, 5, null), 2025);
    assert.equal(monthYear(2025, 5, 11, null), 2024);
    assert.equal(monthYear(2025, 5, 7, null), 2025);
    assert.equal(monthYear(2025, 5, 7, 'past'), 2024);
    assert.equal(monthYear(2025, 5, 2, 'future'), 2026);
  });

  it('ISO weeks', () => {
    assert.equal(isoWeek({ year: 2025, month: 5, day: 4 }), '2025-W18');
    assert.equal(isoWeek({ year: 2024, month: 12, day: 30 }), '2025-W01');
    assert.equal(isoWeek({ year: 2021, month: 1, day: 3 }), '2020-W53');
  });
});

describe('long sentences are parsed in windows', () => {
  it('cuts at spaces, covers the span, keeps windows bounded', () => {
    const text = 'word '.repeat(1000);
    const parts = windows(text, { start: 0, end: text.length }, 100);
    assert.equal(parts[0]?.start, 0);
    assert.equal(parts.at(-1)?.end, text.length);
    for (const [i, p] of parts.entries()) {
      assert.ok(p.end - p.start <= 100);
      if (i > 0) assert.equal(p.start, parts[i - 1]?.end);
      if (i < parts.length - 1) assert.equal(text[p.end], ' ');
    }
  });
});
