/**
 * Step 2: numbers that are not quantities: years, days of dates, times of day, phone-like
 * digit groups, numbers inside names ("Formula One") and hyphenated phrases ("four-by-four").
 */
import type { Token } from '../nlp.ts';
import { touching } from '../../span.ts';
import type { NumberRead } from './01-numbers.ts';
import { isDigits } from './01-numbers.ts';

const MONTHS = new Set(['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec', 'Jan.', 'Feb.', 'Mar.', 'Apr.', 'Aug.', 'Sep.', 'Sept.', 'Oct.', 'Nov.', 'Dec.']);
const CLOCK_WORDS = new Set(['am', 'pm', 'a.m.', 'p.m.', 'a.m', 'p.m', 'gmt', 'utc', 'et', 'est', 'edt', 'pt', 'pst', 'cet', "o'clock"]);

type Guard = (tokens: readonly Token[], read: NumberRead) => boolean;

const firstValue = (tokens: readonly Token[], read: NumberRead) => tokens[read.currency === undefined ? read.first : read.first + 1]?.value ?? '';
const LETTER_THEN_S = /\p{L}s$/u;
const isPlural = (t: Token | undefined) => t !== undefined && t.pos === 'NOUN' && LETTER_THEN_S.test(t.value);

/** "in 2019", "a 2020 trade agreement": a four-digit integer in the range of years. */
export const isYear: Guard = (tokens, read) => {
  const value = firstValue(tokens, read);
  if (read.currency !== undefined || read.first !== read.last || !/^\d{4}$/.test(value)) return false;
  const year = Number(value);
  return year >= 1800 && year <= 2100 && !isPlural(tokens[read.last + 1]) && tokens[read.last + 1]?.value !== '%';
};

/** "May 3", "3 May", "April 16": a day of a month. */
export const isDayOfMonth: Guard = (tokens, read) => {
  const value = firstValue(tokens, read);
  if (read.first !== read.last || !/^\d{1,2}$/.test(value) || Number(value) > 31) return false;
  return MONTHS.has(tokens[read.first - 1]?.value ?? '') || MONTHS.has(tokens[read.last + 1]?.value ?? '');
};

/** "4:02 pm", "4 p.m.". */
export const isTimeOfDay: Guard = (tokens, read) =>
  /^\d{1,2}[:.]\d{2}/.test(firstValue(tokens, read)) ||
  /^\d{1,2}:\d{2}$/.test(tokens[read.first]?.value ?? '') ||
  CLOCK_WORDS.has((tokens[read.last + 1]?.value ?? '').toLowerCase());

/** Digit groups next to digit groups ("+52 55 1234 5678"): phone and reference numbers. */
export const isDigitGroup: Guard = (tokens, read) => {
  const isBare = (t: Token | undefined) => t !== undefined && (isDigits(t.value) || /^\+\d+$/.test(t.value));
  return read.currency === undefined && !read.inWords && (isBare(tokens[read.first - 1]) || isBare(tokens[read.last + 1]));
};

const STARTS_UPPER = /^\p{Lu}/u;

/** A number inside a name: "Formula One", "Apollo 11". */
export const isInName: Guard = (tokens, read) => {
  const previous = tokens[read.first - 1];
  const value = firstValue(tokens, read);
  if (previous === undefined || read.first !== read.last || /,/.test(value)) return false;
  return previous.pos === 'PROPN' && STARTS_UPPER.test(previous.value) && !MONTHS.has(previous.value);
};

const LINKS = new Set(['by', 'on', 'to', 'in', 'and', 'or', 'for']);

/** A number in a hyphenated phrase with a linking word: "four-by-four", "one-on-one", "24-to-7". */
export const isInHyphenatedPhrase: Guard = (tokens, read) => {
  const [before, beforeWord] = [tokens[read.first - 1], tokens[read.first - 2]];
  const [after, afterWord] = [tokens[read.last + 1], tokens[read.last + 2]];
  const linkedAfter = after?.value === '-' && touching(tokens[read.last], after) && touching(after, afterWord) && LINKS.has(afterWord?.value ?? '');
  const linkedBefore = before?.value === '-' && touching(before, tokens[read.first]) && touching(beforeWord, before) && LINKS.has(beforeWord?.value ?? '');
  return linkedAfter || linkedBefore;
};

export const GUARDS: readonly Guard[] = [isYear, isDayOfMonth, isTimeOfDay, isDigitGroup, isInName, isInHyphenatedPhrase];

/** True when the number is not a quantity whatever follows it. */
export const isNotQuantity = (tokens: readonly Token[], read: NumberRead): boolean => GUARDS.some((guard) => guard(tokens, read));
