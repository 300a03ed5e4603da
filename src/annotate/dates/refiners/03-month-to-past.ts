import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { dayOf, type Day } from '../reference.ts';
import { tenseBefore, type Tense } from '../tense.ts';

/**
 * A month without a year ("in February", "mid-April") is the latest such month up to the
 * reference, except one at most NEAR_AHEAD_MONTHS ahead with no past cue ("closing is set for
 * December" in October) and any after a future cue ("will" / "expected"): the next one then.
 */
export function monthYear(refYear: number, refMonth: number, month: number, tense: Tense): number {
  const ahead = (month - refMonth + 12) % 12;
  const near = tense === null && ahead > 0 && ahead <= NEAR_AHEAD_MONTHS;
  if (tense === 'future' || near) return month < refMonth ? refYear + 1 : refYear;
  return month > refMonth ? refYear - 1 : refYear;
}

/** Days ahead within which a month-day without a year is read as coming ("closing is set for Dec. 15"). */
export const NEAR_AHEAD_DAYS = 92;

const DAY_MS = 86_400_000;
/** Months ahead within which a month without a year is read as coming ("closing is expected in December"). */
export const NEAR_AHEAD_MONTHS = 3;

/**
 * A month and day without a year ("Oct. 23", "the year ended March 31"): the next occurrence when
 * a future cue precedes it or it is at most NEAR_AHEAD_DAYS away, else the latest one up to the
 * reference.
 */
export function dayYear(ref: Day, month: number, day: number, tense: Tense): number {
  const refTime = Date.UTC(ref.year, ref.month - 1, ref.day);
  const thisYear = Date.UTC(ref.year, month - 1, day);
  const nextYear = thisYear >= refTime ? ref.year : ref.year + 1;
  const nextTime = Date.UTC(nextYear, month - 1, day);
  const near = tense === null && nextTime - refTime <= NEAR_AHEAD_DAYS * DAY_MS;
  if (tense === 'future' || near) return nextYear;
  return thisYear <= refTime ? ref.year : ref.year - 1;
}

/**
 * A quarter without a year is the latest one begun by the reference; after "will" / "expects" it
 * is this year's unless it ended before the last complete one ("expects a third-quarter loss" in
 * November is this year's third quarter, results not yet out).
 */
export function quarterYear(refYear: number, refMonth: number, quarter: number, tense: Tense): number {
  const current = Math.ceil(refMonth / 3);
  if (tense === 'future') return quarter >= current - 1 ? refYear : refYear + 1;
  return quarter > current ? refYear - 1 : refYear;
}

export const monthToPast: Refiner = {
  refine(context: ParsingContext, results: ParsingResult[]) {
    for (const result of results) {
      const month = result.start.get('month');
      if (month === null || !result.start.isCertain('month')) continue;
      if (result.start.isCertain('year')) continue;
      const tense = tenseBefore(context.text, result.index);
      const ref = dayOf(context.refDate);
      const day = result.start.isCertain('day') && !result.start.isCertain('weekday') ? result.start.get('day') : null;
      const year =
        day !== null
          ? dayYear(ref, month, day, tense)
          : result.tags().has('newsprism/quarter')
            ? quarterYear(ref.year, ref.month, Math.ceil(month / 3), tense)
            : monthYear(ref.year, ref.month, month, tense);
      result.start.imply('year', year);
    }
    return results;
  },
};
