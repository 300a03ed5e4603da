import type { Parser, ParsingContext } from 'chrono-node';
import { dayOf, reportedQuarter } from '../reference.ts';

/** Built once: chrono asks for the pattern on every parse. */
const REPORTED_PERIOD = new RegExp(
  [
    '(?<![\\p{L}\\p{N}-])(?:',
    '(?:the\\s{1,2}(?:(?:latest|most\\s{1,2}recent)\\s{1,2}(?:quarter|period)|quarter(?![-\\p{L}]|\\s{1,2}(?:ended|ending))))(\\s{1,2}a\\s{1,2}year\\s{1,2}(?:ago|earlier))?',
    '|(?:the\\s{1,2}(?:comparable\\s{1,2}|corresponding\\s{1,2}|same\\s{1,2})?)?(year-ago|year-earlier)(?:\\s{1,2}(?:quarter|period))?',
    '|the\\s{1,2}(?:comparable|corresponding|same)\\s{1,2}(?:quarter|period)\\s{1,2}(?:a\\s{1,2}year\\s{1,2}(?:ago|earlier)|(?:of\\s{1,2})?last\\s{1,2}year)',
    "|last\\s{1,2}year['’]s\\s{1,2}(?:quarter|period)",
    '|the\\s{1,2}((?:19|20)\\d\\d)\\s{1,2}(?:quarter|period)',
    ')(?![\\p{L}\\p{N}]|-\\p{L})',
  ].join(''),
  'iu',
);

/**
 * The period a results report is about, named without its number: "the quarter", "the latest
 * period", "the year-ago quarter", "year-earlier results", "the 1988 period", "the corresponding
 * period last year". It is the latest quarter ended before the reference, a year back when the
 * text says so, or in the year the text states.
 */
export const reportedPeriodParser: Parser = {
  pattern: () => REPORTED_PERIOD,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const reported = reportedQuarter(dayOf(context.refDate));
    const text = match[0].toLowerCase();
    const stated = match[3];
    const yearBack = match[1] !== undefined || match[2] !== undefined || /\bcomparable|corresponding|same|last\b/.test(text);
    const year = stated === undefined ? reported.year - (yearBack ? 1 : 0) : Number(stated);
    return context
      .createParsingComponents({ year, month: reported.quarter * 3 - 2 })
      .imply('day', 1)
      .addTag('newsprism/quarter');
  },
};
