/**
 * A date value from a page's metadata (a `content`, `datetime` or JSON-LD string) as ISO: a valid
 * ISO date-time keeps its time and zone as written (so its day is the publisher's local day); other
 * shapes ("2018-02-15 10:00:00 +0100", "20180215", "Thu, 15 Feb 2018", "15.02.2018") give the day.
 */
import { isoDay, normaliseIsoDate } from '../dates/parse-date.ts';
import type { NumericOrder } from './text-dates.ts';
import { datesInText } from './text-dates.ts';

const MAX_VALUE = 120;
const ISO_DAY_PREFIX = /^(\d{4})-(\d{1,2})-(\d{1,2})(?![\d])/u;
const COMPACT_DAY = /^(\d{4})(\d{2})(\d{2})(?:$|[T\s])/u;
const EPOCH_SECONDS = /^\d{9,10}$/u;

export function readDateValue(raw: string, order: NumericOrder = 'month-first'): string | null {
  const value = raw.trim();
  if (value.length === 0 || value.length > MAX_VALUE) return null;
  const iso = normaliseIsoDate(value);
  if (iso) return iso;
  const prefix = ISO_DAY_PREFIX.exec(value) ?? COMPACT_DAY.exec(value);
  if (prefix) return isoDay(Number(prefix[1]), Number(prefix[2]), Number(prefix[3]));
  if (EPOCH_SECONDS.test(value)) return new Date(Number(value) * 1000).toISOString().slice(0, 10);
  return datesInText(value, order)[0]?.day ?? null;
}
