import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ParsingContext, type ParsedResult } from 'chrono-node';
import { GUARDED_PARSERS, newsChrono, parseDates } from '../../src/annotate/dates/chrono.ts';
import { seedArticles } from '../helpers/seeds.ts';

const REF = new Date(2025, 4, 4, 12);

/** Phrases near every parser's edge: abbreviations, run-on words, signs, odd case folding. */
const TRICKY: readonly string[] = [
  'onmonday', 'thisweekend', 'the weekday', 'Mon. 5 May', 'Tues., Jan. 7', 'Thurs. at the latest',
  'Monthis week', 'the Friday of next week', 'on Sat.', 'MONDAY', 'LAST WEEK', 'NEXT YEAR', 'THE 1990S',
  '-3 days', '+2 weeks', 'after a couple of weeks', 'the past few days', 'next 3 months', 'this the year',
  '3 days ago', 'three years earlier', 'two days before', 'two weeks later', 'a year from now', 'henceforth', 'Q3 2024', 'the year-ago quarter',
  'the latest period', 'early 2024', 'mid-April', 'the 1980s', '5 p.m.', '2024-05-03', '5/3/2024', '5/2024',
  'May 3', 'the 3rd of May', '2019 March', 'Sept. 11', 'Tomorrow', 'tonight', 'last night', 'this morning',
  'at noon', 'the end of the month', 'last day of month', 'This wee\u212A', 'la\u017Ft year',
  'a monthly meeting at the wedding', 'the money was satisfying', 'the Sunni friends thus said so',
];

/** Seed sentences (one per line is close enough here) and the tricky phrases. */
const TEXTS: readonly string[] = [
  ...seedArticles().flatMap((a) => (a.text ?? '').split('\n').filter((line) => line.trim() !== '')),
  ...TRICKY,
];

const brief = (results: readonly ParsedResult[]) =>
  results.map((r) => `${r.index}:${r.text}=${r.start.date().toISOString()}:${[...r.tags()].join(',')}`);

const guardOf = (name: string) => GUARDED_PARSERS.find((g) => g.parser.constructor.name === name)?.mayMatch;

describe('date parser guards', () => {
  it('every guard passes wherever its parser pattern matches', () => {
    const context = new ParsingContext('', REF);
    for (const { parser, mayMatch } of GUARDED_PARSERS) {
      if (mayMatch === null) continue;
      const pattern = parser.pattern(context);
      for (const text of TEXTS) {
        if (pattern.exec(text) !== null) assert.ok(mayMatch.test(text), `${parser.constructor.name} ${String(mayMatch)} fails on: ${text}`);
      }
    }
  });

  it('parsing with the guards gives what chrono gives with every parser', () => {
    for (const text of TEXTS) assert.deepEqual(brief(parseDates(text, REF)), brief(newsChrono.parse(text, REF)), text);
  });

  it('guards skip parsers on look-alike words', () => {
    const cases: readonly [string, string, boolean][] = [
      ['ENWeekdayParser', 'a monthly meeting at the wedding', false],
      ['ENWeekdayParser', 'on Monday', true],
      ['ENWeekdayParser', 'Thurs. night', true],
      ['ENWeekdayParser', 'Monthis week', true],
      ['ENMonthNameMiddleEndianParser', 'a remarkable promise', false],
      ['ENMonthNameMiddleEndianParser', 'Dec. 5', true],
      ['ENTimeUnitCasualRelativeFormatParser', 'a well-known fact', false],
      ['ENTimeUnitCasualRelativeFormatParser', 'the past two years', true],
      ['ENTimeUnitAgoFormatParser', 'three years later', false],
      ['ENTimeExpressionParser', 'no digits here', false],
    ];
    for (const [name, text, expected] of cases) assert.equal(guardOf(name)?.test(text), expected, `${name}: ${text}`);
  });

  it('guards are stateless (no g or y flag, whose lastIndex would make test() skip text)', () => {
    for (const { parser, mayMatch } of GUARDED_PARSERS) {
      assert.ok(mayMatch === null || !/[gy]/.test(mayMatch.flags), `${parser.constructor.name} ${String(mayMatch)}`);
    }
  });
});
