import type { DateMention } from '../../../model.ts';
import { YEAR_BACK } from '../words.ts';

/** The quarter value ("1989-Q3") the article names most often, the earliest on a tie; null if none. */
export function mainQuarter(dates: readonly DateMention[]): string | null {
  const counts = new Map<string, number>();
  for (const date of dates) {
    if (date.precision === 'quarter' && !YEAR_BACK.test(date.text)) counts.set(date.value, (counts.get(date.value) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [value, count] of counts) if (best === null || count > (counts.get(best) ?? 0)) best = value;
  return best;
}

/**
 * In an article about a quarter's results, "a year ago" / "a year earlier" / "last year" left at
 * year precision is the article's quarter a year before ("$1.12 a share a year ago" in a report
 * on 1989-Q3 is 1988-Q3); the year stays the one already resolved.
 */
export function yearAgoInQuarterArticle(dates: readonly DateMention[]): DateMention[] {
  const quarter = mainQuarter(dates);
  if (quarter === null) return [...dates];
  const [year, number] = quarter.split('-Q').map(Number);
  if (year === undefined || number === undefined) return [...dates];
  return dates.map((date) =>
    date.precision === 'year' && YEAR_BACK.test(date.text) && date.value === String(year - 1)
      ? { ...date, value: `${year - 1}-Q${number}`, precision: 'quarter' }
      : date,
  );
}
