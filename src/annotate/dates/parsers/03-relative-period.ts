import type { Parser, ParsingContext } from 'chrono-node';
import { addDays, dayOf, weekdayOf } from '../reference.ts';

const SHIFT: Readonly<Record<string, number>> = { this: 0, last: -1, previous: -1, next: 1 };

/** Built once: chrono asks for the pattern on every parse. */
const RELATIVE_PERIOD = /(?<![\p{L}\p{N}])(?:(?:earlier|later)\s{1,2}(?:in\s{1,2})?)?(this|last|previous|next)\s{1,2}(week|month|year)(?![\p{L}\p{N}])/iu;

/**
 * "earlier this year", "last month", "this week", "next year": the period containing the reference
 * (shifted by one for last / next), with the precision of the unit (a week is an ISO week).
 */
export const relativePeriodParser: Parser = {
  pattern: () => RELATIVE_PERIOD,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const shift = SHIFT[(match[1] ?? '').toLowerCase()] ?? 0;
    const unit = (match[2] ?? '').toLowerCase();
    const ref = dayOf(context.refDate);
    if (unit === 'week') {
      const monday = addDays(ref, -((weekdayOf(ref) + 6) % 7) + 7 * shift);
      return context.createParsingComponents(monday).addTag('newsprism/week');
    }
    if (unit === 'month') {
      const index = ref.year * 12 + (ref.month - 1) + shift;
      return context
        .createParsingComponents({ year: Math.floor(index / 12), month: (index % 12) + 1 })
        .imply('day', 1)
        .addTag('newsprism/relative-month');
    }
    return context
      .createParsingComponents({ year: ref.year + shift })
      .imply('month', 1)
      .imply('day', 1)
      .addTag('newsprism/relative-year');
  },
};
