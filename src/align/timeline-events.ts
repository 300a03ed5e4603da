/**
 * Refiners of the timeline's dated clauses: one event once. A coarse date next to a finer one
 * inside it ("earlier this year, in February") is the same moment said twice; a group of clauses
 * with a coarse date ("in mid-April") that tells the event of a finer one ("on April 16") joins it.
 */
import type { DateMention } from '../model.ts';
import { periodOf } from './periods.ts';
import type { Period } from './periods.ts';

/** `inner` lies inside `outer` and is narrower. */
export function narrower(inner: Period, outer: Period): boolean {
  return outer.first <= inner.first && inner.last <= outer.last && (outer.first !== inner.first || outer.last !== inner.last);
}

/** The dates of a sentence without those that only restate, coarser, another one of it. */
export function finestDates<T extends Pick<DateMention, 'value'>>(dates: readonly T[]): T[] {
  return dates.filter((date) => {
    const outer = periodOf(date.value);
    return outer === undefined || !dates.some((d) => d !== date && narrower(periodOf(d.value) ?? outer, outer));
  });
}

/** The least link between a coarse-dated group and a finer one for them to be one event. */
export const foldFloor = 0.2;

/** Only dates up to a quarter fold: "this year" is too wide to name one event. */
const foldSpanMax = 92 * 86_400_000;

/**
 * Each group dated coarser than another group inside its period joins the best-linked such
 * group, when the link (`link(a, b)` between groups) reaches `foldFloor`.
 */
export function foldIntoFiner(groups: readonly number[][], valueOf: (group: readonly number[]) => string, link: (a: readonly number[], b: readonly number[]) => number): number[][] {
  const result = groups.map((g) => [...g]);
  const byCoarseness = [...result].sort((a, b) => span(valueOf(b)) - span(valueOf(a)));
  for (const coarse of byCoarseness) {
    const outer = periodOf(valueOf(coarse));
    if (outer === undefined || coarse.length === 0 || span(valueOf(coarse)) > foldSpanMax) continue;
    let best: { group: number[]; score: number } | undefined;
    for (const fine of result) {
      const inner = fine === coarse || fine.length === 0 ? undefined : periodOf(valueOf(fine));
      if (inner === undefined || !narrower(inner, outer)) continue;
      const score = link(coarse, fine);
      if (score >= foldFloor && (best === undefined || score > best.score)) best = { group: fine, score };
    }
    if (best === undefined) continue;
    best.group.push(...coarse);
    coarse.length = 0;
  }
  return result.filter((g) => g.length > 0).map((g) => g.sort((a, b) => a - b));
}

function span(value: string): number {
  const period = periodOf(value);
  return period === undefined ? 0 : Date.parse(period.last) - Date.parse(period.first);
}
