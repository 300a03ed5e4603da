import type { Parser, ParsingContext } from 'chrono-node';
import { MONTH_PATTERN, monthNumber } from '../words.ts';

/** The day a part of a month points to (kept implied: the mention has month precision). */
const PART_DAY: Readonly<Record<string, number>> = {
  early: 5, beginning: 1, start: 1, mid: 15, middle: 15, late: 25, end: 28,
};

/** Built once: chrono asks for the pattern on every parse. */
const PART_OF_MONTH = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(early|mid|late)[-\\s]{1,2}|(?:the\\s{1,2})?(beginning|start|middle|end)\\s{1,2}of\\s{1,2})(${MONTH_PATTERN})\\.?(?:,?\\s{1,2}(\\d{4}))?(?![\\p{L}\\p{N}])`,
  'iu',
);

/**
 * "mid-April", "early May 2024", "the end of March": month precision (the text names a part of
 * the month, not a day), the day implied (15 for "mid").
 */
export const partOfMonthParser: Parser = {
  pattern: () => PART_OF_MONTH,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const part = (match[1] ?? match[2] ?? '').toLowerCase();
    const month = monthNumber(match[3] ?? '');
    if (month === undefined) return null;
    const components = context.createParsingComponents({ month }).imply('day', PART_DAY[part] ?? 15);
    const year = match[4];
    if (year !== undefined) components.assign('year', Number(year));
    return components.addTag('newsprism/part-of-month');
  },
};

/** Built once: chrono asks for the pattern on every parse. */
const PART_OF_YEAR = /(?<![\p{L}\p{N}])(?:early|mid|late)[-\s]{1,2}((?:19|20)\d\d)(?![\p{L}\p{N}]|s)/iu;

/** "early 2024", "mid-2023", "late last year" is left to chrono: year precision. */
export const partOfYearParser: Parser = {
  pattern: () => PART_OF_YEAR,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    return context
      .createParsingComponents({ year: Number(match[1]) })
      .imply('month', 1)
      .imply('day', 1)
      .addTag('newsprism/part-of-year');
  },
};
