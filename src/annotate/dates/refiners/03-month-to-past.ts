import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { FUTURE_CUES } from '../words.ts';

/**
 * A month without a year ("in February", "mid-April") is the latest such month up to the
 * reference: this year's unless that lies after the reference, then last year's. A month after
 * "will" / "scheduled" is the next one instead.
 */
export function monthYear(refYear: number, refMonth: number, month: number, future: boolean): number {
  if (future) return month < refMonth ? refYear + 1 : refYear;
  return month > refMonth ? refYear - 1 : refYear;
}

export const monthToPast: Refiner = {
  refine(context: ParsingContext, results: ParsingResult[]) {
    for (const result of results) {
      const month = result.start.get('month');
      if (month === null || !result.start.isCertain('month')) continue;
      if (result.start.isCertain('year') || result.start.isCertain('day')) continue;
      const before = context.text.slice(Math.max(0, result.index - 40), result.index);
      const year = monthYear(context.refDate.getFullYear(), context.refDate.getMonth() + 1, month, FUTURE_CUES.test(before));
      result.start.imply('year', year);
    }
    return results;
  },
};
