/**
 * Full dates written in page text, in the shapes publication dates take across languages: month
 * names day-first ("15. Februar 2018", "15 de febrero de 2018", "1er mars 2020") and month-first
 * ("February 15th, 2018"), numeric ("15.02.2018", "2018-02-15", "02/15/2018") and East Asian
 * ("2018年2月15日", "2018년 2월 15일"). Each reader proposes dates with their place in the text.
 */
import { MONTH_NAMES } from '../dates/month-names.ts';
import { isoDay } from '../dates/parse-date.ts';

export interface TextDate {
  /** YYYY-MM-DD */
  readonly day: string;
  readonly index: number;
  readonly end: number;
}

/** How to read a numeric date whose first two numbers could both be the month. */
export type NumericOrder = 'day-first' | 'month-first';

type Reader = (text: string, order: NumericOrder) => TextDate[];

const DAY_MONTH_NAME =
  /(?<![\p{L}\d])(\d{1,2})(?:\.|er|º|°|st|nd|rd|th)?\s{0,3}(?:de\s{1,3})?(\p{L}{3,12})\.?,?\s{1,3}(?:de\s{1,3}|del\s{1,3})?(\d{4})(?!\d)/gu;
const MONTH_NAME_DAY = /(?<![\p{L}\d])(\p{L}{3,12})\.?\s{1,3}(\d{1,2})(?:st|nd|rd|th)?,?\s{1,3}(\d{4})(?!\d)/gu;
const YEAR_MONTH_NAME_DAY = /(?<!\d)(\d{4})\.\s{0,2}(\p{L}{3,12})\s{1,2}(\d{1,2})\./gu;
const YEAR_FIRST = /(?<![\d.])(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?![\d])/gu;
const YEAR_LAST = /(?<![\d./-])(\d{1,2})([./-])\s?(\d{1,2})\2\s?(\d{4})(?![\d:])/gu;
const SHORT_YEAR_LAST = /(?<![\d./-])(\d{1,2})\.(\d{1,2})\.(\d{2})(?![\d.:])/gu;
const EAST_ASIAN = /(\d{4})\s{0,2}[年년]\s{0,2}(\d{1,2})\s{0,2}[月월]\s{0,2}(\d{1,2})\s{0,2}[日일]/gu;

function found(year: number, month: number | undefined, day: number, match: RegExpMatchArray): TextDate[] {
  const iso = month === undefined ? null : isoDay(year, month, day);
  const index = match.index ?? 0;
  return iso ? [{ day: iso, index, end: index + match[0].length }] : [];
}

const monthOf = (name: string | undefined): number | undefined => MONTH_NAMES.get((name ?? '').toLowerCase());

export const dayMonthName: Reader = (text) =>
  [...text.matchAll(DAY_MONTH_NAME)].flatMap((m) => found(Number(m[3]), monthOf(m[2]), Number(m[1]), m));

export const monthNameDay: Reader = (text) =>
  [...text.matchAll(MONTH_NAME_DAY)].flatMap((m) => found(Number(m[3]), monthOf(m[1]), Number(m[2]), m));

export const yearMonthNameDay: Reader = (text) =>
  [...text.matchAll(YEAR_MONTH_NAME_DAY)].flatMap((m) => found(Number(m[1]), monthOf(m[2]), Number(m[3]), m));

export const yearFirst: Reader = (text) =>
  [...text.matchAll(YEAR_FIRST)].flatMap((m) => found(Number(m[1]), Number(m[3]), Number(m[4]), m));

/** "15.02.2018", "15/02/2018", "02/15/2018": dots are day-first; slashes follow the number that cannot be a month, else `order`. */
export const yearLast: Reader = (text, order) =>
  [...text.matchAll(YEAR_LAST)].flatMap((m) => {
    const [first, second, year] = [Number(m[1]), Number(m[3]), Number(m[4])];
    const monthFirst = m[2] !== '.' && (first > 12 ? false : second > 12 ? true : order === 'month-first');
    return monthFirst ? found(year, first, second, m) : found(year, second, first, m);
  });

/** "28.09.19": a two-digit year is this century's (a date after the run's time is dropped later). */
export const shortYearLast: Reader = (text) =>
  [...text.matchAll(SHORT_YEAR_LAST)].flatMap((m) => found(2000 + Number(m[3]), Number(m[2]), Number(m[1]), m));

export const eastAsian: Reader = (text) =>
  [...text.matchAll(EAST_ASIAN)].flatMap((m) => found(Number(m[1]), Number(m[2]), Number(m[3]), m));

const READERS: readonly Reader[] = [dayMonthName, monthNameDay, yearMonthNameDay, yearFirst, yearLast, shortYearLast, eastAsian];
/** Every reader but `shortYearLast` needs a four-digit year; that one needs a digit. */
const WITHOUT_YEAR: readonly Reader[] = [shortYearLast];
const FOUR_DIGITS = /\d{4}/;
const DIGIT = /\d/;

/** The readers that can find a date in `text` (a cheap test spares the others). */
export function readersFor(text: string): readonly Reader[] {
  if (FOUR_DIGITS.test(text)) return READERS;
  return DIGIT.test(text) ? WITHOUT_YEAR : [];
}

/**
 * A day number and a dash just before a date: the date ends a range ("14.–20. Januar 2022",
 * "3-5 May 2021"); a time ("10:30 – 15. Februar") is not a day.
 */
const RANGE_START = /(?<![\d:.])\d{1,2}\.?\s{0,2}[-–—]\s{0,2}$/u;

/** True when the date at `index` ends a range of days: a period, not a day something happened. */
export function endsRange(text: string, index: number): boolean {
  return RANGE_START.test(text.slice(Math.max(0, index - 12), index));
}

/**
 * Every full date in `text`, in text order: overlapping readings dropped (the earlier-starting,
 * longer one kept), and the ends of ranges.
 */
export function datesInText(text: string, order: NumericOrder = 'day-first'): TextDate[] {
  const all = readersFor(text).flatMap((read) => read(text, order)).sort((a, b) => a.index - b.index || b.end - a.end);
  const kept: TextDate[] = [];
  for (const date of all) {
    const last = kept[kept.length - 1];
    if (last === undefined || date.index >= last.end) kept.push(date);
  }
  return kept.filter((date) => !endsRange(text, date.index));
}

/** The numeric order of a page's language: month-first for US English, day-first otherwise. */
export function numericOrderOf(language: string | null): NumericOrder {
  const tag = (language ?? '').toLowerCase();
  return tag === 'en' || tag === 'en-us' || tag.startsWith('en_us') ? 'month-first' : 'day-first';
}
