import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { DateCandidate } from '../../src/extract/pubdate/candidate.ts';
import { choose, commonestDay, plausible, settle, shownDayNearby } from '../../src/extract/pubdate/choose.ts';
import { labelledDates } from '../../src/extract/pubdate/labels.ts';
import { readDateValue } from '../../src/extract/pubdate/read-value.ts';
import { datesInText, numericOrderOf } from '../../src/extract/pubdate/text-dates.ts';
import { dateFromUrl } from '../../src/extract/dates/url-date.ts';
import { MONTH_NAMES } from '../../src/extract/dates/month-names.ts';
import { millisecondsOf } from '../helpers/time-guard.ts';

describe('datesInText', () => {
  const cases: [string, string[]][] = [
    ['Donnerstag, 15. Februar 2018', ['2018-02-15']],
    ['le 1er mars 2020 à Paris', ['2020-03-01']],
    ['15 de febrero de 2018', ['2018-02-15']],
    ['February 15th, 2018 and Sept. 3, 2019', ['2018-02-15', '2019-09-03']],
    ['15 жовтня 2021', ['2021-10-15']],
    ['15 października 2021', ['2021-10-15']],
    ['2018. február 15.', ['2018-02-15']],
    ['2018年2月15日', ['2018-02-15']],
    ['2018년 2월 15일', ['2018-02-15']],
    ['15.2.2018, 2018-02-16 and 2018/02/17', ['2018-02-15', '2018-02-16', '2018-02-17']],
    ['am 28.09.19 um 12:30', ['2019-09-28']],
    ['06. Mär. 2023', ['2023-03-06']],
  ];
  for (const [text, days] of cases) it(text, () => assert.deepEqual(datesInText(text).map((d) => d.day), days));

  it('leaves out what is not a full date', () => {
    for (const text of ['February 2018', '31.02.2018', '12:30 on 15', 'in 2018 the 15 members', 'ISBN 978-3-16-148410-0', '28.09.1912:34', '1.2.3.2018']) {
      assert.deepEqual(datesInText(text), [], text);
    }
  });

  it('reads ambiguous slashes by the language, unambiguous ones by the numbers', () => {
    assert.equal(datesInText('04/05/2021', numericOrderOf('en-US'))[0]?.day, '2021-04-05');
    assert.equal(datesInText('04/05/2021', numericOrderOf('de'))[0]?.day, '2021-05-04');
    assert.equal(datesInText('25/05/2021', 'month-first')[0]?.day, '2021-05-25');
    assert.equal(datesInText('05/25/2021', 'day-first')[0]?.day, '2021-05-25');
  });

  it('keeps the month table unambiguous', () => {
    assert.equal(MONTH_NAMES.get('jui'), undefined);
    assert.equal(MONTH_NAMES.get('févr'), 2);
    assert.equal(MONTH_NAMES.get('dic'), 12);
  });

  it('is fast on long runs of digits and letters', () => {
    assert.ok(millisecondsOf(() => datesInText(`${'1. '.repeat(20000)}${'a'.repeat(50000)} ${'12.12.'.repeat(5000)}`)) < 1000);
  });
});

describe('labelledDates', () => {
  it('tells publication, update and copyright apart', () => {
    const dates = labelledDates('Veröffentlicht am 03.04.2020, aktualisiert am 11.04.2020 © 2020-01-01', 'day-first');
    assert.deepEqual(dates.map((d) => [d.day, d.role]), [['2020-04-03', 'published'], ['2020-04-11', 'modified']]);
    assert.deepEqual(labelledDates('Mis à jour le 2 mars 2021', 'day-first').map((d) => d.role), ['modified']);
    assert.deepEqual(labelledDates('Обновлено 2 марта 2021', 'day-first').map((d) => d.role), ['modified']);
    assert.deepEqual(labelledDates('March 2, 2021', 'day-first').map((d) => d.role), ['plain']);
  });
});

describe('readDateValue', () => {
  const cases: [string, string | null][] = [
    ['2020-02-18T18:12:26+01:00', '2020-02-18T18:12:26+01:00'],
    ['2020-02-18 18:12:26 +0100', '2020-02-18'],
    ['20200218', '2020-02-18'],
    ['Tue, 18 Feb 2020 18:12:26 GMT', '2020-02-18'],
    ['11/01/2023 12:43:42', '2023-11-01'],
    ['1582045946', '2020-02-18'],
    ['yesterday', null],
    ['', null],
    ['2020-13-01', null],
  ];
  for (const [raw, expected] of cases) it(raw || '(empty)', () => assert.equal(readDateValue(raw), expected));
});

describe('URL dates', () => {
  it('needs a two-digit day unless the day ends the segment', () => {
    assert.equal(dateFromUrl('https://x.example/2023/10/3-questions-for-a-chef/'), null);
    assert.equal(dateFromUrl('https://x.example/2023/10/3/questions/'), '2023-10-03');
    assert.equal(dateFromUrl('https://x.example/2017/7/12/title'), '2017-07-12');
    assert.equal(dateFromUrl('https://x.example/story-2025-05-03-slug'), '2025-05-03');
  });
});

const at = (value: string, rank: number, source: DateCandidate['source'] = 'metadata', role: DateCandidate['role'] = 'published'): DateCandidate => ({
  value,
  source,
  evidence: `${source} ${value}`,
  rank,
  role,
});

describe('choosing', () => {
  const NOW = '2024-01-01T00:00:00Z';

  it('drops the future (a day of slack) and the prehistoric', () => {
    assert.deepEqual(plausible([at('2024-01-02', 10), at('2024-01-03', 10), at('1994-12-31', 10), at('1995-01-01', 10)], NOW).map((c) => c.value), ['2024-01-02', '1995-01-01']);
  });

  it('prefers the published date, and the most trusted one', () => {
    assert.equal(choose([at('2020-01-05', 10, 'metadata', 'modified'), at('2020-01-09', 40, 'dateline'), at('2020-01-01', 10)], null, NOW)?.value, '2020-01-01');
    assert.equal(choose([at('2020-01-05', 10, 'metadata', 'modified')], null, NOW)?.value, '2020-01-05');
    assert.equal(choose([at('2020-01-05', 60, 'text', 'modified')], null, NOW), null);
    assert.equal(choose([], null, NOW), null);
  });

  it('takes the URL day when some candidate agrees, the most trusted of them', () => {
    const chosen = choose([at('2020-01-01T23:00:00Z', 10), at('2020-01-02', 40, 'dateline'), at('2020-01-02', 50, 'url')], '2020-01-02', NOW);
    assert.deepEqual([chosen?.value, chosen?.source], ['2020-01-02', 'dateline']);
  });

  it('settles a disagreeing group on the shown day, else metadata by majority then earliest, else the first', () => {
    const group = [at('2020-01-03', 10), at('2020-01-02', 10), at('2020-01-03', 10)];
    assert.equal(settle(group, '2020-01-02')?.value, '2020-01-02');
    assert.equal(settle(group, null)?.value, '2020-01-03');
    assert.equal(commonestDay([at('2020-01-03', 10), at('2020-01-02', 10)])?.value, '2020-01-02');
    assert.equal(settle([at('2020-01-03', 40, 'dateline'), at('2020-01-02', 40, 'dateline')], null)?.value, '2020-01-03');
  });

  it('moves a metadata time stamp one day off the shown day to the shown day, but not further', () => {
    const pool = [at('2020-01-03T02:00:00Z', 10), at('2020-01-02', 40, 'dateline')];
    assert.equal(shownDayNearby(pool[0]!, pool, '2020-01-02').value, '2020-01-02');
    assert.equal(shownDayNearby(pool[0]!, pool, '2020-01-05').value, '2020-01-03T02:00:00Z');
  });
});
