/**
 * Small, strict date readers for metadata and datelines: ISO strings and written English dates
 * ("June 5, 2024", "5 June 2024", "Sept. 3"). Free-text temporal expressions are the dates
 * annotator's job; these only read the few shapes publication dates are written in.
 */

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5,
  jun: 6, june: 6, jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9,
  oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
};

/** A month name or abbreviation (with an optional period), as a regex source. */
export const MONTH_SOURCE =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';

export interface DateParts {
  readonly year?: number;
  readonly month: number;
  readonly day: number;
}

export function monthNumber(name: string): number | null {
  return MONTHS[name.toLowerCase().replace(/\.$/, '')] ?? null;
}

/** `YYYY-MM-DD` when the parts make a real calendar day, else null. */
export function isoDay(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1) return null;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > last) return null;
  return `${String(year)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * An ISO 8601 date or date-time, normalised: a date stays `YYYY-MM-DD`; a date-time keeps its
 * time and zone (`T` separator, seconds added). Null when it is not a valid ISO date.
 */
export function normaliseIsoDate(raw: string): string | null {
  const m = ISO_DATE_TIME.exec(raw.trim());
  if (!m) return null;
  const day = isoDay(Number(m[1]), Number(m[2]), Number(m[3]));
  if (!day || m[4] === undefined) return day;
  if (Number(m[4]) > 23 || Number(m[5]) > 59) return null;
  const zone = m[7] === undefined ? '' : m[7] === 'Z' ? 'Z' : m[7].replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
  return `${day}T${m[4]}:${m[5] ?? '00'}:${m[6] ?? '00'}${zone}`;
}

/** Any date string a page may carry (ISO, or something `Date` can read) as an ISO value. */
export function normaliseLooseDate(raw: string): string | null {
  const iso = normaliseIsoDate(raw);
  if (iso) return iso;
  if (!/\d{4}/.test(raw) || raw.length > 80) return null;
  const time = Date.parse(raw);
  return Number.isNaN(time) ? null : new Date(time).toISOString().replace(/\.000Z$/, 'Z');
}

/** A month name as news writes it, capitalised or in capitals ("May", "MAY", "Sept.", "SEPT."). */
const ANY_CASE_MONTH = `(?:${MONTH_SOURCE}|${MONTH_SOURCE.toUpperCase()})`;
const MONTH_DAY = new RegExp(`^(${ANY_CASE_MONTH})\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?\\b`);
const DAY_MONTH = new RegExp(`^(\\d{1,2})(?:st|nd|rd|th)?\\s+(${ANY_CASE_MONTH})(?:,?\\s+(\\d{4}))?\\b`);
const ISO_PREFIX = /^(\d{4})-(\d{2})-(\d{2})\b/;

/** A written date at the start of `s`, with the length it took. */
export function readWrittenDate(s: string): { parts: DateParts; length: number } | null {
  const iso = ISO_PREFIX.exec(s);
  if (iso) return withParts(Number(iso[2]), Number(iso[3]), Number(iso[1]), iso[0].length);
  const md = MONTH_DAY.exec(s);
  if (md) return withParts(monthNumber(md[1] ?? ''), Number(md[2]), yearOf(md[3]), md[0].length);
  const dm = DAY_MONTH.exec(s);
  if (dm) return withParts(monthNumber(dm[2] ?? ''), Number(dm[1]), yearOf(dm[3]), dm[0].length);
  return null;
}

function yearOf(raw: string | undefined): number | undefined {
  return raw === undefined ? undefined : Number(raw);
}

function withParts(
  month: number | null,
  day: number,
  year: number | undefined,
  length: number,
): { parts: DateParts; length: number } | null {
  if (month === null || !isoDay(year ?? 2000, month, day)) return null;
  return { parts: { month, day, ...(year === undefined ? {} : { year }) }, length };
}

const FULL_DATE = new RegExp(
  `\\b(?:${MONTH_SOURCE}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}\\s+${MONTH_SOURCE},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})\\b`,
  'g',
);

/** Every written date with a year in `s` ("June 5, 2024", "5 June 2024", "2024-06-05"). */
export function fullDatesIn(s: string): DateParts[] {
  const found: DateParts[] = [];
  for (const m of s.matchAll(FULL_DATE)) {
    const read = readWrittenDate(m[0]);
    if (read?.parts.year !== undefined) found.push(read.parts);
  }
  return found;
}
