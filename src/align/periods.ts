/**
 * Date values as periods ("2025-02" is the whole of February 2025), to sort a timeline and to
 * tell a coarser restatement ("earlier this year") from a contradiction ("February 2019").
 */

export interface Period {
  /** First day, `YYYY-MM-DD`. */
  readonly first: string;
  /** Last day, `YYYY-MM-DD`. */
  readonly last: string;
}

function iso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function utc(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day));
}

function isoWeekMonday(year: number, week: number): Date {
  const fourth = utc(year, 1, 4);
  const weekday = (fourth.getUTCDay() + 6) % 7;
  return new Date(fourth.getTime() + ((week - 1) * 7 - weekday) * 86_400_000);
}

/** The period a date value covers; undefined for values of unknown form. */
export function periodOf(value: string): Period | undefined {
  const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (day) return { first: value.slice(0, 10), last: value.slice(0, 10) };
  const week = /^(\d{4})-W(\d{2})$/.exec(value);
  if (week) {
    const monday = isoWeekMonday(Number(week[1]), Number(week[2]));
    return { first: iso(monday), last: iso(new Date(monday.getTime() + 6 * 86_400_000)) };
  }
  const quarter = /^(\d{4})-Q([1-4])$/.exec(value);
  if (quarter) {
    const year = Number(quarter[1]);
    const firstMonth = Number(quarter[2]) * 3 - 2;
    return { first: iso(utc(year, firstMonth, 1)), last: iso(utc(year, firstMonth + 3, 0)) };
  }
  const month = /^(\d{4})-(\d{2})$/.exec(value);
  if (month) {
    const year = Number(month[1]);
    const m = Number(month[2]);
    return { first: iso(utc(year, m, 1)), last: iso(utc(year, m + 1, 0)) };
  }
  if (/^\d{4}$/.test(value)) return { first: `${value}-01-01`, last: `${value}-12-31` };
  const decade = /^(\d{3})X$/.exec(value);
  if (decade) return { first: `${decade[1]}0-01-01`, last: `${decade[1]}9-12-31` };
  return undefined;
}

/** Two values that could describe the same moment: one period overlaps the other. */
export function compatible(a: string, b: string): boolean {
  const pa = periodOf(a);
  const pb = periodOf(b);
  if (pa === undefined || pb === undefined) return a === b;
  return pa.first <= pb.last && pb.first <= pa.last;
}

/** Chronological order of date values: by first day, the narrower period first, then the value. */
export function byPeriod(a: string, b: string): number {
  const pa = periodOf(a);
  const pb = periodOf(b);
  const fa = pa?.first ?? a;
  const fb = pb?.first ?? b;
  if (fa !== fb) return fa < fb ? -1 : 1;
  const la = pa?.last ?? a;
  const lb = pb?.last ?? b;
  if (la !== lb) return la < lb ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
