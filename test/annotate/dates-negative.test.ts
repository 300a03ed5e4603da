import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitSentences } from '../../src/annotate/sentences.ts';
import { findDates } from '../../src/annotate/dates/index.ts';
import type { AnnotatedArticle } from '../../src/model.ts';
import { timeGuardTests } from '../helpers/time-guard.ts';
import { emptyArticle, runArticleStages } from '../../src/pipeline/run.ts';

const ctx = { now: '2025-06-01T00:00:00Z' };

function dated(text: string): AnnotatedArticle {
  const article = runArticleStages(emptyArticle({ id: 't', path: 't.txt', text }), [splitSentences], ctx);
  return { ...article, meta: { ...article.meta, publishedAt: { value: '2025-05-04', by: 'test', inferred: false, from: 'input' }, publishedAtSource: 'input' } };
}

const NOT_DATES: readonly string[] = [
  'The US agreed to a 90-day pause.',
  'He served for three years.',
  'Murders rose from about 8,000 to 23,500 annually.',
  'The ticket cost $2020 and the fee was $1,999.',
  'Hour: 4:02 pm',
  'It may rain, and we may leave.',
  'One of the calls went badly.',
  'The 46-year-old was aged 46.',
  'Theresa May said no.',
  'He sent 2,000 troops and 1500 police officers.',
  'Over the next two weeks prices will settle.',
  'Protesters march on the capital.',
  'It grew 20% in the past three years.',
  'The stock fell 7/8 to 31 7/8 and bonds paid 6 3/8%.',
  'Refugees lived in camps for 2 1/2 years.',
  'Sun Microsystems Inc. said a Sun spokesman agreed.',
  'They sat in a row of chairs.',
  'Retaliation came 13 days after the embassy bombings.',
  'The move comes barely a month after the airline suspended flights.',
  'Three days later, the index closed higher.',
  'After five years of boom, brokers are talking about layoffs.',
  'The quarter-to-quarter comparison was enhanced.',
];

describe('resolveDates: negative cases', () => {
  for (const text of NOT_DATES) {
    it(`no date in: ${text}`, () => {
      assert.deepEqual(findDates(dated(text)).map((d) => d.text), []);
    });
  }

  it('finds the date next to a time, not the time', () => {
    assert.deepEqual(findDates(dated('May 3, 2025 Hour: 4:02 pm')).map((d) => d.value), ['2025-05-03']);
  });
});

describe('resolveDates: time guard', () => {
  const lines: Record<string, string> = {
    digits: '2020 1999 '.repeat(20_000),
    numbers: '8,000 to 23,500 '.repeat(12_500),
    words: 'may March on the last of the past '.repeat(6_000),
    marks: '"May" \'20 ’19 '.repeat(14_000),
    quarters: 'the year-ago third-quarter the 1988 period '.repeat(4_700),
    fractions: '1 1/2 3/8 '.repeat(20_000),
  };
  timeGuardTests(lines, findDates, dated);
});
