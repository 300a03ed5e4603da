import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { dayOf, reportedQuarter, type Quarter } from '../reference.ts';
import { YEAR_BACK } from '../words.ts';

const PERIOD_WORD = /\b(?:quarter|quarterly|period)\b/i;

/** The quarter a sentence is about: the quarter it names, else the reported one if it speaks of a period. */
export function sentenceQuarter(context: ParsingContext, results: readonly ParsingResult[]): Quarter | null {
  const named = results.find((r) => r.tags().has('newsprism/quarter') && !YEAR_BACK.test(r.text.trim()));
  if (named !== undefined) {
    const month = named.start.get('month') ?? 1;
    return { year: named.start.get('year') ?? context.refDate.getFullYear(), quarter: Math.ceil(month / 3) };
  }
  return PERIOD_WORD.test(context.text) ? reportedQuarter(dayOf(context.refDate)) : null;
}

/**
 * "a year ago", "a year earlier", "last year" in a sentence about a quarter ("third-quarter profit
 * rose from a year ago") is that quarter a year before: quarter precision.
 */
export const yearAgoToQuarter: Refiner = {
  refine(context: ParsingContext, results: ParsingResult[]) {
    const quarter = sentenceQuarter(context, results);
    if (quarter === null) return results;
    for (const result of results) {
      if (!YEAR_BACK.test(result.text.trim())) continue;
      result.start.assign('year', quarter.year - 1).assign('month', quarter.quarter * 3 - 2).imply('day', 1);
      result.addTag('newsprism/quarter');
    }
    return results;
  },
};
