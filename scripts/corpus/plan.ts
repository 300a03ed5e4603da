/**
 * The corpus skeleton, drawn from the seed and count only (never from the texts): story sizes
 * (heavy-tailed: ~30% singletons, a Pareto tail up to hundreds), publication days (a story starts
 * on a day spread over count/2000 days; its articles follow within 0-5 days; a few stories recur
 * weeks later) and syndicated copies (~5% of articles). Stories are planned in start-day order,
 * one at a time, so the plan never holds more than the stories still running.
 */
import type { Ticket } from './heap.ts';
import { Rng, streams } from './random.ts';

export interface StoryPlan {
  readonly index: number;
  readonly startDay: number;
  readonly tickets: readonly Ticket[];
  /** Article indexes that syndicated copies repeat (their ids are needed for `duplicateOf`). */
  readonly originals: ReadonlySet<number>;
}

export const planShape = {
  articlesPerDay: 2000,
  singletonShare: 0.3,
  sizeTailIndex: 1.35,
  copyShare: 0.075,
  recurringShare: 0.04,
  maxJitterDays: 5,
  recurrenceDays: [14, 42] as const,
};

const jitterWeights = [0.35, 0.25, 0.15, 0.1, 0.08, 0.07];

/** Days the corpus's stories start over. */
export function spanDays(count: number): number {
  return Math.max(1, Math.round(count / planShape.articlesPerDay));
}

/** The last day an article can be published on (the first is day 0). */
export function lastDay(count: number): number {
  return spanDays(count) - 1 + planShape.recurrenceDays[1] + planShape.maxJitterDays + 1;
}

/** The largest story a corpus of `count` articles has. */
export function maxStorySize(count: number): number {
  return Math.max(10, Math.min(2000, Math.floor(count / 50)));
}

export function storySize(rng: Rng, cap: number): number {
  if (rng.chance(planShape.singletonShare)) return 1;
  return Math.min(cap, 1 + Math.floor(rng.pareto(planShape.sizeTailIndex)));
}

/** Days after the story's start: mostly the same day or the next, rarely five days later. */
export function jitterDays(rng: Rng): number {
  let r = rng.next();
  for (let days = 0; days < jitterWeights.length; days++) {
    r -= jitterWeights[days] as number;
    if (r < 0) return days;
  }
  return 0;
}

export class Planner {
  private readonly rng: Rng;
  private readonly span: number;
  private readonly cap: number;
  private planned = 0;
  private stories = 0;
  private order = 0;

  constructor(
    seed: number,
    private readonly count: number,
  ) {
    this.rng = new Rng(seed, streams.plan);
    this.span = spanDays(count);
    this.cap = maxStorySize(count);
  }

  /** The start day of the next story, or undefined when every article is planned. */
  nextStartDay(): number | undefined {
    return this.planned >= this.count ? undefined : Math.floor((this.planned * this.span) / this.count);
  }

  nextStory(): StoryPlan | undefined {
    const startDay = this.nextStartDay();
    if (startDay === undefined) return undefined;
    const rng = this.rng;
    const size = Math.min(this.count - this.planned, storySize(rng, this.cap));
    const recursFrom = size >= 4 && rng.chance(planShape.recurringShare) ? Math.ceil(size * 0.7) : size;
    const recurrence = rng.between(...planShape.recurrenceDays);
    const index = this.stories++;
    const tickets: Ticket[] = [];
    const originals = new Set<number>();
    const copyable: Ticket[] = [];
    for (let article = 0; article < size; article++) {
      const base = { order: this.order++, story: index, article };
      if (article > 0 && rng.chance(planShape.copyShare)) {
        const original = rng.pick(copyable);
        originals.add(original.article);
        tickets.push({ ...base, day: original.day + (rng.chance(0.7) ? 0 : 1), copyOf: original.article });
        continue;
      }
      const later = article >= recursFrom ? recurrence : 0;
      const ticket = { ...base, day: startDay + later + (article === 0 ? 0 : jitterDays(rng)) };
      tickets.push(ticket);
      copyable.push(ticket);
    }
    this.planned += size;
    return { index, startDay, tickets, originals };
  }
}
