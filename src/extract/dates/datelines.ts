/**
 * Datelines near the top of an article: a wire dateline opening the first paragraph ("June 5
 * (AP) - ", "WASHINGTON, June 5 (AP) — ", "LONDON — "), or a line holding only a date
 * ("June 5, 2024 Time: 9:15 am", "Published Wednesday, June 5, 2024 10:02 AM EDT").
 */
import type { Span } from '../../model.ts';
import type { Line } from '../lines.ts';
import { wordCount } from '../lines.ts';
import type { DateParts } from './parse-date.ts';
import { MONTH_SOURCE, readWrittenDate } from './parse-date.ts';

export interface Dateline {
  /** What to mark removed: the dateline prefix, or the whole date line. */
  readonly removed: Span;
  readonly date: DateParts | null;
  /** The agency named in parentheses, e.g. "AP" in "(AP) -". */
  readonly agency: string | null;
  readonly kind: 'wire' | 'line';
  /** True for "Updated ..." lines: a later date than the publication. */
  readonly updated: boolean;
}

const WORD = "[A-Z][A-Za-z.'’-]*";
const CAPS_WORD = "[A-Z][A-Z.'’-]+";
const PLACE = `${WORD}(?:[ -]${WORD}){0,3}(?:, ${WORD}(?: ${WORD}){0,2})?`;
const CAPS_PLACE = `${CAPS_WORD}(?:[ -]${CAPS_WORD}){0,3}(?:, ${WORD}(?: ${WORD}){0,2})?`;
const DAY = `${MONTH_SOURCE}\\s+\\d{1,2}(?:,?\\s+\\d{4})?`;
const DASH = '\\s*[-–—]{1,2}\\s*';

/** "[Place,] [June 5] (Agency) -" */
const WIRE_WITH_AGENCY = new RegExp(
  `^(?:${PLACE},?\\s+)?(?:(${DAY}),?\\s+)?\\(([A-Za-z][A-Za-z&.' -]{0,28}[A-Za-z.])\\)${DASH}(?=\\S)`,
);
/** "PLACE, June 5 -" and "PLACE -" (the place in capitals) */
const WIRE_CAPS_PLACE = new RegExp(`^${CAPS_PLACE}(?:,?\\s+(${DAY}))?${DASH}(?=\\S)`);

export function wireDateline(line: Line): Dateline | null {
  const withAgency = WIRE_WITH_AGENCY.exec(line.text);
  const match = withAgency ?? WIRE_CAPS_PLACE.exec(line.text);
  if (!match) return null;
  const written = match[1] === undefined ? null : readWrittenDate(match[1]);
  return {
    removed: { start: line.start, end: line.start + match[0].length },
    date: written?.parts ?? null,
    agency: withAgency?.[2] ?? null,
    kind: 'wire',
    updated: false,
  };
}

const MAX_DATE_LINE_WORDS = 16;
const LABEL = /^(?:(?:first |last )?(?:published|updated|posted|modified|date|publication date|released)(?: on| at)?\s*:?\s*)/i;
const WEEKDAY = /^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?,?\s+/i;
const MONTH_TOKEN = new RegExp(`^${MONTH_SOURCE},?$`, 'i');
const TIME_TOKENS: readonly RegExp[] = [
  /^[|,•·@–—-]$/,
  /^(?:at|on|hour|hours|time|updated|published|posted|modified|last|and|local)[:.]?$/i,
  /^[ap]\.?m\.?$/i,
  /^\d{1,2}(?:[:.]\d{2}){1,2}(?:[ap]\.?m\.?)?,?$/i,
  /^\(?[A-Z]{2,5}\)?,?$/,
  /^(?:GMT|UTC)(?:[+-]\d{1,2}(?::?\d{2})?)?$/,
  /^\d{1,4},?$/,
  MONTH_TOKEN,
];

function isTimeResidue(rest: string): boolean {
  return rest
    .split(/\s+/)
    .filter((t) => t.length > 0)
    .every((t) => TIME_TOKENS.some((re) => re.test(t)));
}

/** The date of a text that holds only a date, with an optional label, weekday and time. */
export function onlyDate(text: string, words = wordCount(text)): { parts: DateParts; updated: boolean } | null {
  if (words > MAX_DATE_LINE_WORDS) return null;
  const label = LABEL.exec(text)?.[0] ?? '';
  const afterLabel = text.slice(label.length);
  const weekday = WEEKDAY.exec(afterLabel)?.[0] ?? '';
  const written = readWrittenDate(afterLabel.slice(weekday.length));
  if (!written || !isTimeResidue(afterLabel.slice(weekday.length + written.length))) return null;
  return { parts: written.parts, updated: /updated|modified/i.test(label) };
}

/** A line that holds only a date. */
export function dateOnlyLine(line: Line): Dateline | null {
  const found = onlyDate(line.text, line.words);
  if (!found) return null;
  return { removed: { start: line.start, end: line.end }, date: found.parts, agency: null, kind: 'line', updated: found.updated };
}

const BYLINE_THEN_DATE = /^By\s+[^|•·—–]{2,80}?\s*[|•·—–]\s*/i;

/** A byline that ends with the date: "By Ana Torres | May 3, 2025" (the line is already marked a byline). */
export function bylineDateline(line: Line): Dateline | null {
  const byline = BYLINE_THEN_DATE.exec(line.text);
  const found = byline ? onlyDate(line.text.slice(byline[0].length)) : null;
  if (!found) return null;
  return { removed: { start: line.start, end: line.end }, date: found.parts, agency: null, kind: 'line', updated: found.updated };
}
