/** Feed dates (RFC 822 in RSS, RFC 3339 in Atom and JSON Feed) as ISO 8601, keeping the stated offset. */

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[Tt ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:[Zz]|[+-]\d{2}:?\d{2})?)?$/;

/** "Sun, 04 May 2025 10:30:00 -0600": the weekday optional, seconds optional, a zone name or offset. */
const RFC_822 = /^(?:[A-Za-z]{2,9},?\s{1,4})?(\d{1,2})\s{1,4}([A-Za-z]{3})[A-Za-z]{0,6}\.?\s{1,4}(\d{2}|\d{4})\s{1,4}(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s{0,4}([A-Za-z]{1,5}|[+-]\d{2}:?\d{2}))?$/;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** RFC 822 zone names (and UTC) as offsets; military single letters other than Z are left out. */
const ZONES: ReadonlyMap<string, string> = new Map([
  ['gmt', 'Z'], ['ut', 'Z'], ['utc', 'Z'], ['z', 'Z'],
  ['est', '-05:00'], ['edt', '-04:00'], ['cst', '-06:00'], ['cdt', '-05:00'],
  ['mst', '-07:00'], ['mdt', '-06:00'], ['pst', '-08:00'], ['pdt', '-07:00'],
]);

/**
 * The date a feed states, as ISO 8601: RFC 3339 kept as written (`T` and `Z` upper-cased); RFC 822
 * rewritten with its own offset ("2025-05-04T10:30:00-06:00"), without one when the zone is unknown;
 * null when it is not a real date in either form.
 */
export function feedDate(raw: string): string | null {
  const value = raw.trim();
  if (ISO_DATE.test(value)) return isRealDay(value.slice(0, 10)) ? value.replace(/^(.{10})[t ]/, '$1T').replace(/z$/, 'Z') : null;
  const match = RFC_822.exec(value);
  if (match === null) return null;
  const [, day = '', monthName = '', yearText = '', hour = '', minute = '', second = '00', zone] = match;
  const month = MONTHS.indexOf(monthName.toLowerCase()) + 1;
  if (month === 0) return null;
  const year = yearText.length === 2 ? 2000 + Number(yearText) - (Number(yearText) >= 70 ? 100 : 0) : Number(yearText);
  const date = `${year}-${pad(month)}-${pad(Number(day))}`;
  if (!isRealDay(date) || Number(hour) > 23 || Number(minute) > 59 || Number(second) > 60) return null;
  return `${date}T${pad(Number(hour))}:${minute}:${second}${zoneOffset(zone)}`;
}

function zoneOffset(zone: string | undefined): string {
  if (zone === undefined) return '';
  if (/^[+-]/.test(zone)) return zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
  return ZONES.get(zone.toLowerCase()) ?? '';
}

/** True when `YYYY-MM-DD` names a day of the calendar (no 31 April). */
function isRealDay(date: string): boolean {
  const time = Date.parse(`${date}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().startsWith(date);
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
