import { casual, Chrono, type Parser, type ParsedResult } from 'chrono-node';
import { bareYearParser } from './parsers/01-year.ts';
import { partOfMonthParser, partOfYearParser } from './parsers/02-part-of-month.ts';
import { relativePeriodParser } from './parsers/03-relative-period.ts';
import { quarterParser } from './parsers/04-quarter.ts';
import { decadeParser } from './parsers/05-decade.ts';
import { reportedPeriodParser } from './parsers/06-reported-period.ts';
import { dropNonDates } from './refiners/01-drop-non-dates.ts';
import { weekdayToPast } from './refiners/02-weekday-to-past.ts';
import { monthToPast } from './refiners/03-month-to-past.ts';
import { yearAgoToQuarter } from './refiners/04-year-ago-quarter.ts';
import { dropMisreadings } from './refiners/05-drop-misreadings.ts';

/**
 * chrono parts left out: "within 3 days" / "for three years" are durations; date ranges stay two
 * mentions ("from 2015 to 2021"), so the range merger goes; the generic unlikely-format filter
 * drops every bare number, our years included (drop-non-dates does its other checks).
 */
const UNWANTED = new Set(['ENTimeUnitWithinFormatParser', 'ENMergeDateRangeRefiner', 'UnlikelyFormatFilter']);

/**
 * A parser with a cheap test that every text it can find something in passes: a word its pattern
 * cannot match without, tested with the pattern's own flags. chrono runs each parser's pattern
 * over the whole text, which costs far more than these tests; a parser whose test fails is skipped,
 * which leaves the results as they were. `null`: always run.
 */
export interface GuardedParser {
  readonly parser: Parser;
  readonly mayMatch: RegExp | null;
}

/** chrono's month and weekday patterns start after `(\W|^)`, so at a word boundary. */
const CHRONO_MONTH = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;
const DIGIT = /[0-9]/;
/**
 * A weekday name or abbreviation (chrono's WEEKDAY_DICTIONARY) that chrono's pattern can end on:
 * a non-word character, the end, or "of"/"this"... written on without a space. Not "month".
 */
const WEEKDAY = /(?:sun|mon|tue|wed|thu|fri|sat)(?:day|sday|nesday|rsday|urday|rs|r)?(?:\W|$|of|this|last|past|next)|weekend|weekday/i;
/** "last two weeks", "next year", "-3 days": a relative word, then the start of chrono's NUMBER_PATTERN. */
const RELATIVE_COUNT =
  /(?:this|last|past|next|after|\+|-)\s*(?:about|around|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[0-9]|half|an?|few|several|the|couple)/i;

/** Guards of chrono's casual parsers, by class name; their patterns are in chrono's locales/en/parsers. */
const CHRONO_GUARDS: Readonly<Record<string, RegExp>> = {
  ENYearMonthDayParser: DIGIT,
  ISOFormatParser: DIGIT,
  SlashDateFormatParser: DIGIT,
  ENMonthNameLittleEndianParser: CHRONO_MONTH,
  ENMonthNameMiddleEndianParser: CHRONO_MONTH,
  ENWeekdayParser: WEEKDAY,
  ENSlashMonthFormatParser: DIGIT,
  ENTimeExpressionParser: DIGIT,
  ENTimeUnitAgoFormatParser: /ago|before|earlier/i,
  ENTimeUnitLaterFormatParser: /later|after|from now|henceforth|forward|out/i,
  ENYearMonthNameParser: CHRONO_MONTH,
  ENCasualDateParser: /now|today|tonight|tomorrow|overmorrow|tmr|yesterday|last/i,
  ENCasualTimeParser: /morning|afternoon|evening|night|midday|noon/i,
  ENEndOfCurrentMonthParser: /month/i,
  ENMonthNameParser: CHRONO_MONTH,
  ENRelativeDateFormatParser: /this|last|past|next/i,
  ENTimeUnitCasualRelativeFormatParser: RELATIVE_COUNT,
};

/** Ours come first: on a tie in length chrono's overlap removal keeps the earlier parser's. */
const OUR_PARSERS: readonly GuardedParser[] = [
  { parser: relativePeriodParser, mayMatch: /week|month|year/iu },
  { parser: partOfMonthParser, mayMatch: /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/iu },
  { parser: partOfYearParser, mayMatch: /early|mid|late/iu },
  { parser: quarterParser, mayMatch: /quarter|q[1-4]/iu },
  { parser: reportedPeriodParser, mayMatch: /quarter|period|year-ago|year-earlier/iu },
  { parser: decadeParser, mayMatch: /0s/iu },
  { parser: bareYearParser, mayMatch: /[0-9]/u },
];

/** Every parser, in the order chrono runs them: ours, then chrono's casual English ones. */
export const GUARDED_PARSERS: readonly GuardedParser[] = [
  ...OUR_PARSERS,
  ...casual.parsers
    .filter((parser) => !UNWANTED.has(parser.constructor.name))
    .map((parser) => ({ parser, mayMatch: CHRONO_GUARDS[parser.constructor.name] ?? null })),
];

const REFINERS = [
  ...casual.refiners.filter((r) => !UNWANTED.has(r.constructor.name)),
  dropNonDates,
  dropMisreadings,
  weekdayToPast,
  monthToPast,
  yearAgoToQuarter,
];

/** The configured chrono: casual English, our parsers, our news refiners at the end. */
export const newsChrono: Chrono = new Chrono({ parsers: GUARDED_PARSERS.map((g) => g.parser), refiners: REFINERS });

/** What `newsChrono` finds in `text`, running only the parsers whose guard `text` passes. */
export function parseDates(text: string, ref: Date): ParsedResult[] {
  const parsers = GUARDED_PARSERS.filter((g) => g.mayMatch === null || g.mayMatch.test(text)).map((g) => g.parser);
  return parsers.length === 0 ? [] : new Chrono({ parsers, refiners: REFINERS }).parse(text, ref);
}
