/**
 * The reference date every expression is resolved against: the publication day at local noon, so
 * that chrono's local-time arithmetic lands on the same calendar day whatever the time zone.
 */
export function referenceDate(publishedAt: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(publishedAt);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return new Date(year, month - 1, day, 12, 0, 0, 0);
}

/** A calendar day as plain numbers (month 1-12). */
export interface Day {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export function dayOf(date: Date): Day {
  return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
}

/** The day `delta` days from `day` (calendar arithmetic in UTC, free of DST jumps). */
export function addDays(day: Day, delta: number): Day {
  const moved = new Date(Date.UTC(day.year, day.month - 1, day.day + delta));
  return { year: moved.getUTCFullYear(), month: moved.getUTCMonth() + 1, day: moved.getUTCDate() };
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekdayOf(day: Day): number {
  return new Date(Date.UTC(day.year, day.month - 1, day.day)).getUTCDay();
}

/** ISO 8601 week, e.g. "2025-W18" (weeks start on Monday; week 1 holds the year's first Thursday). */
export function isoWeek(day: Day): string {
  const thursday = addDays(day, 3 - ((weekdayOf(day) + 6) % 7));
  const firstOfYear = Date.UTC(thursday.year, 0, 1);
  const ordinal = Math.floor((Date.UTC(thursday.year, thursday.month - 1, thursday.day) - firstOfYear) / 86_400_000);
  const week = Math.floor(ordinal / 7) + 1;
  return `${thursday.year}-W${String(week).padStart(2, '0')}`;
}

/** A calendar quarter (1-4) of a year. */
export interface Quarter {
  readonly year: number;
  readonly quarter: number;
}

/**
 * The quarter a results report is about: the latest one that ended before `day` ("the quarter",
 * "the latest period" in an article of 26 October 1989 are 1989-Q3).
 */
export function reportedQuarter(day: Day): Quarter {
  const current = Math.ceil(day.month / 3);
  return current === 1 ? { year: day.year - 1, quarter: 4 } : { year: day.year, quarter: current - 1 };
}
