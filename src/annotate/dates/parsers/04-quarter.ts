import type { Parser, ParsingContext } from 'chrono-node';
import { ORDINALS, quarterYearShift } from '../words.ts';

/** Built once: chrono asks for the pattern on every parse. */
const QUARTER = /(?<![\p{L}\p{N}])(?:(?:(?:the|its|a)\s{1,2})?(?:((?:19|20)\d\d)\s{1,2}|(year-ago|year-earlier|(?:last|this|next)\s{1,2}year['’]s)\s{1,2})?(?:fiscal[-\s]{1,2})?(first|second|third|fourth|1st|2nd|3rd|4th)[-\s]{1,2}quarter|Q([1-4]))(?:\s{1,2}of)?(?:,?\s{1,2}((?:19|20)\d\d))?(?![\p{L}\p{N}])/iu;

/**
 * "the first quarter of 2024", "Q2 2025", "the second quarter", "third-quarter profit", "the 1988
 * second quarter", "the year-ago third quarter", "next year's first quarter": quarter precision.
 * A stated year (before or after) is kept, a relative one ("year-ago", "next year's") is taken
 * from the reference; otherwise the month-to-past refiner picks the latest such quarter.
 */
export const quarterParser: Parser = {
  pattern: () => QUARTER,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const quarter = match[4] === undefined ? ORDINALS[(match[3] ?? '').toLowerCase()] : Number(match[4]);
    if (quarter === undefined) return null;
    const month = quarter * 3 - 2;
    const components = context.createParsingComponents({ month }).imply('day', 1);
    const stated = match[5] ?? match[1];
    if (stated !== undefined) components.assign('year', Number(stated));
    else if (match[2] !== undefined) components.assign('year', context.refDate.getFullYear() + quarterYearShift(match[2]));
    return components.addTag('newsprism/quarter');
  },
};
