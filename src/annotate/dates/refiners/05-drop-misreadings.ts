import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';

const WEEKDAY_ABBREVIATION = /^(?:on\s{1,2}|last\s{1,2}|next\s{1,2}|this\s{1,2})?(?:sun|mon|tue|tues|wed|thu|thur|thurs|fri|sat)$/i;

/**
 * A weekday abbreviation standing alone in prose is a word or a name ("Sun Microsystems", "they
 * sat down"), not a date: news writes weekdays out, and "Sat., Oct. 3" carries its day anyway.
 */
export function isBareWeekdayAbbreviation(text: string, result: ParsingResult): boolean {
  const word = result.text.trim().replace(/[,;:]$/, '');
  if (!WEEKDAY_ABBREVIATION.test(word)) return false;
  return text.charAt(result.index + result.text.trimEnd().length) !== '.';
}

/**
 * "7/8", "2 1/2", "6 3/8%": a slash "date" without a year that is a fraction (a proper fraction
 * over 2, 4, 8, 16, 32 or 64, or one after a whole number or before "%").
 */
export function isFraction(text: string, result: ParsingResult): boolean {
  const match = /(?:^|(\d)\s)(\d{1,2})\/(\d{1,2})$/.exec(result.text.trim());
  if (!match) return false;
  const [numerator, denominator] = [Number(match[2]), Number(match[3])];
  const properBinary = numerator < denominator && [2, 4, 8, 16, 32, 64].includes(denominator);
  const start = result.index + (match.index ?? 0) + (match[1] === undefined ? 0 : 2);
  const afterWhole = match[1] !== undefined || /\d\s$/.test(text.slice(Math.max(0, start - 2), start));
  const beforePercent = /^\s?%/.test(text.slice(result.index + result.text.trim().length));
  return properBinary || afterWhole || beforePercent;
}

/**
 * An offset from an event rather than from the publication: "13 days after the bombing", "the day
 * before authorities acted", "three days later", "after five years of boom". The anchor lies
 * outside the expression, so the date cannot be resolved: no date rather than a wrong one.
 */
export function isEventAnchored(result: ParsingResult): boolean {
  const words = result.text.trim().toLowerCase();
  return /\b(?:after|before|later)$/.test(words) || /^after\s/.test(words);
}

/** Drops readings of words, names, fractions and event offsets as dates. */
export const dropMisreadings: Refiner = {
  refine(context: ParsingContext, results: ParsingResult[]) {
    return results.filter(
      (r) => !isBareWeekdayAbbreviation(context.text, r) && !isFraction(context.text, r) && !isEventAnchored(r),
    );
  },
};
