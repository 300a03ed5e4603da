/** A similarity between articles `a` < `b` (indices into the input list). */
export interface ScoredPair {
  readonly a: number;
  readonly b: number;
  readonly score: number;
}

/**
 * How much publication dates weigh on a similarity: 1 within `windowDays`, falling to `minimum`
 * as the gap grows to ten windows; 1 when either date is unknown.
 */
export function timeFactor(
  dayA: number | undefined,
  dayB: number | undefined,
  windowDays: number,
  minimum: number,
): number {
  if (dayA === undefined || dayB === undefined) return 1;
  const gap = Math.abs(dayA - dayB);
  if (gap <= windowDays) return 1;
  const fall = Math.min(1, (gap - windowDays) / (9 * windowDays));
  return 1 - fall * (1 - minimum);
}
