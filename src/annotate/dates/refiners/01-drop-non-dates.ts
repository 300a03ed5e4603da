import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { previousWord } from '../parsers/01-year.ts';
import { DATE_LEAD_WORDS, MONTH_PATTERN } from '../words.ts';

const DATE_PARTS = ['year', 'month', 'day', 'weekday'] as const;

/** A time alone ("4:02 pm") or a bare "now" locates nothing on the calendar. */
export function isTimeOnly(result: ParsingResult): boolean {
  const hasTag = [...result.tags()].some((t) => t.startsWith('newsprism/'));
  return !hasTag && !DATE_PARTS.some((part) => result.start.isCertain(part));
}

const ENDS_IN_NUMBER = /[\p{N}][.,]?$/u;
const STARTS_UPPER = /^\p{Lu}/u;

/** A match that starts inside a number ("8,000 to 23,500" read as "000 to 23"). */
export function startsInsideNumber(text: string, result: ParsingResult): boolean {
  return ENDS_IN_NUMBER.test(text.slice(Math.max(0, result.index - 2), result.index));
}

/** A span of time rather than a point in it: "for three years", "the past two weeks". */
export function isDuration(result: ParsingResult): boolean {
  return /^(?:for|within|over|during)\b|^(?:the\s+)?(?:past|next|last|coming|previous)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|few|couple)\b/i.test(
    result.text,
  );
}

const MONTH_ONLY = new RegExp(`^${MONTH_PATTERN}\\.?[,;:]?$`, 'i');

/**
 * A bare month name is a date when written with a capital and introduced like one ("in May",
 * "a February report"), not in "it may rain" or "Theresa May said".
 */
export function isBareMonthWord(text: string, result: ParsingResult): boolean {
  if (!MONTH_ONLY.test(result.text.trim())) return false;
  if (!STARTS_UPPER.test(result.text)) return true;
  return !DATE_LEAD_WORDS.has(previousWord(text, result.index));
}

/** Drops what chrono matched that is not a date in news text. */
export const dropNonDates: Refiner = {
  refine(context: ParsingContext, results: ParsingResult[]) {
    return results.filter(
      (r) =>
        r.start.isValidDate() &&
        !isTimeOnly(r) &&
        !startsInsideNumber(context.text, r) &&
        !isDuration(r) &&
        !isBareMonthWord(context.text, r) &&
        r.text.trim().toLowerCase() !== 'now',
    );
  },
};
