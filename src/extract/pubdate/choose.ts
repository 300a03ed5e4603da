/**
 * Refiners that fold the candidates into one publication date: drop the impossible (after the
 * run's time, before the web), trust lists of dated elements least, drop the later edits (unless
 * nothing else dates the page), take a full day in the URL when some evidence agrees, then the most
 * trusted group. Within a group that disagrees: the day the page shows its readers, else for
 * metadata the day most fields state (earliest on a tie), for elements and text the first in the page.
 */
import type { DateCandidate } from './candidate.ts';
import { RANK } from './candidate.ts';

/** Earlier than this, a date on a web page is not its publication. */
export const EARLIEST_DAY = '1995-01-01';
const DAY_MS = 86_400_000;

export const dayOf = (c: DateCandidate): string => c.value.slice(0, 10);

/** Drops dates after the day after `now` (a day of slack for time zones) and before the web. */
export function plausible(candidates: readonly DateCandidate[], now: string): DateCandidate[] {
  const nowTime = Date.parse(now);
  const latest = Number.isNaN(nowTime) ? '9999-12-31' : new Date(nowTime + DAY_MS).toISOString().slice(0, 10);
  return candidates.filter((c) => dayOf(c) <= latest && dayOf(c) >= EARLIEST_DAY);
}

/**
 * Publication dates only; when the page states none, the later edits its metadata or date
 * elements state (an "Updated" in running text, e.g. a footer, is not enough).
 */
export function publishedFirst(candidates: readonly DateCandidate[]): DateCandidate[] {
  const published = candidates.filter((c) => c.role !== 'modified');
  return published.length > 0 ? published : candidates.filter((c) => c.source !== 'text');
}

/** The days of elements of one kind that make them a list (of events, teasers, posts), not a page's date. */
const LIST_DAYS = 3;

/**
 * Date elements of one kind (same tag and names) stating `LIST_DAYS` or more different days are a
 * list: trusted least, below any date the text states (the first may still be the page's own).
 */
export function listsLast(candidates: readonly DateCandidate[]): DateCandidate[] {
  const days = new Map<string, Set<string>>();
  for (const c of candidates) {
    if (c.source === 'dateline') days.set(c.evidence, (days.get(c.evidence) ?? new Set()).add(dayOf(c)));
  }
  return candidates.map((c) => ((days.get(c.evidence)?.size ?? 0) < LIST_DAYS ? c : { ...c, rank: RANK.listedElement }));
}

/** The most trusted group: every candidate at the lowest rank present. */
export function mostTrusted(candidates: readonly DateCandidate[]): DateCandidate[] {
  const best = Math.min(...candidates.map((c) => c.rank));
  return candidates.filter((c) => c.rank === best);
}

/** The most trusted candidate on `day`, or null. */
export function onDay(candidates: readonly DateCandidate[], day: string | null): DateCandidate | null {
  if (day === null) return null;
  const same = candidates.filter((c) => dayOf(c) === day);
  return same.length === 0 ? null : (mostTrusted(same)[0] ?? null);
}

/** The day the page shows its readers: its first date in the text near the top, else in a date element. */
export function shownDay(candidates: readonly DateCandidate[]): string | null {
  const shown = candidates.find((c) => c.source === 'text') ?? candidates.find((c) => c.source === 'dateline');
  return shown === undefined ? null : dayOf(shown);
}

/** The day most candidates state, the earliest on a tie. */
export function commonestDay(group: readonly DateCandidate[]): DateCandidate | null {
  const counts = new Map<string, number>();
  for (const c of group) counts.set(dayOf(c), (counts.get(dayOf(c)) ?? 0) + 1);
  let best: DateCandidate | null = null;
  for (const c of group) {
    if (best === null) {
      best = c;
      continue;
    }
    const [count, bestCount] = [counts.get(dayOf(c)) ?? 0, counts.get(dayOf(best)) ?? 0];
    if (count > bestCount || (count === bestCount && dayOf(c) < dayOf(best))) best = c;
  }
  return best;
}

/** One candidate of a group of equal trust. */
export function settle(group: readonly DateCandidate[], shown: string | null): DateCandidate | null {
  const onShownDay = onDay(group, shown);
  if (onShownDay) return onShownDay;
  return group[0]?.source === 'metadata' ? commonestDay(group) : (group[0] ?? null);
}

const dayNumber = (day: string): number => Date.parse(`${day}T00:00:00Z`) / DAY_MS;

/**
 * Metadata a day off the day the page shows is a time stamp in another zone (UTC at night): the
 * shown day is the publisher's.
 */
export function shownDayNearby(chosen: DateCandidate, pool: readonly DateCandidate[], shown: string | null): DateCandidate {
  if (chosen.source !== 'metadata' || shown === null) return chosen;
  return Math.abs(dayNumber(dayOf(chosen)) - dayNumber(shown)) === 1 ? (onDay(pool, shown) ?? chosen) : chosen;
}

export function choose(candidates: readonly DateCandidate[], urlDay: string | null, now: string): DateCandidate | null {
  const pool = publishedFirst(listsLast(plausible(candidates, now)));
  if (pool.length === 0) return null;
  const shown = shownDay(pool);
  const onUrlDay = onDay(pool, urlDay);
  if (onUrlDay) return onUrlDay;
  const chosen = settle(mostTrusted(pool), shown);
  return chosen === null ? null : shownDayNearby(chosen, pool, shown);
}
