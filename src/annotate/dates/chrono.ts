import { casual, Chrono, type Parser } from 'chrono-node';
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

/** Ours come first: on a tie in length chrono's overlap removal keeps the earlier parser's. */
const OUR_PARSERS: readonly Parser[] = [
  relativePeriodParser,
  partOfMonthParser,
  partOfYearParser,
  quarterParser,
  reportedPeriodParser,
  decadeParser,
  bareYearParser,
];

/** The configured chrono instance: casual English, our parsers, our news refiners at the end. */
export const newsChrono: Chrono = new Chrono({
  parsers: [...OUR_PARSERS, ...casual.parsers.filter((p) => !UNWANTED.has(p.constructor.name))],
  refiners: [
    ...casual.refiners.filter((r) => !UNWANTED.has(r.constructor.name)),
    dropNonDates,
    dropMisreadings,
    weekdayToPast,
    monthToPast,
    yearAgoToQuarter,
  ],
});
