import type { Parser, ParsingContext } from 'chrono-node';
import { ORDINALS } from '../words.ts';

/**
 * "the first quarter of 2024", "Q2 2025", "the second quarter": quarter precision; without a year
 * the month-to-past refiner picks the latest such quarter.
 */
export const quarterParser: Parser = {
  pattern: () =>
    /(?<![\p{L}\p{N}])(?:(?:the\s{1,2})?(first|second|third|fourth|1st|2nd|3rd|4th)\s{1,2}quarter|Q([1-4]))(?:\s{1,2}of)?(?:,?\s{1,2}((?:19|20)\d\d))?(?![\p{L}\p{N}])/iu,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const quarter = match[2] === undefined ? ORDINALS[(match[1] ?? '').toLowerCase()] : Number(match[2]);
    if (quarter === undefined) return null;
    const month = quarter * 3 - 2;
    const components = context.createParsingComponents({ month }).imply('day', 1);
    if (match[3] !== undefined) components.assign('year', Number(match[3]));
    return components.addTag('newsprism/quarter');
  },
};
