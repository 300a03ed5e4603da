/**
 * `generateCorpus({ seed, count, sources })`: a lazy, deterministic stream of synthetic news
 * articles with their gold stories, in publication order. The planner adds stories in start-day
 * order; an article is emitted once no story still to be planned can precede it, so memory holds
 * only the stories running in the current few weeks, whatever the count. Same seed, count and
 * sources give the same stream; ids, stories, days and copies depend on seed and count only.
 */
import { fail } from '../../src/errors.ts';
import { byline, footer, headline, outletNames, pickOutlet } from './dressing.ts';
import type { Heap } from '../../src/compare/heap.ts';
import { ticketHeap, type Ticket } from './heap.ts';
import { paraphrase } from './paraphrase.ts';
import { Planner, type StoryPlan } from './plan.ts';
import { Rng, streams } from './random.ts';
import { buildStory, type StoryText } from './story.ts';
import type { SourceText } from './template.ts';

export interface GeneratedArticle {
  readonly id: string;
  readonly text: string;
  readonly title?: string;
  /** ISO day, e.g. "2024-03-05". */
  readonly publishedAt: string;
  /** Outlet name. */
  readonly source: string;
  /** Gold story id. */
  readonly story: string;
  /** Id of the article this syndicated copy repeats. */
  readonly duplicateOf?: string;
}

export interface CorpusOptions {
  readonly seed: number;
  readonly count: number;
  readonly sources: readonly SourceText[];
}

/** Day 0 of every corpus. */
export const epochDay = Date.UTC(2024, 0, 1);
const dayMs = 86_400_000;

export function isoDay(day: number): string {
  return new Date(epochDay + day * dayMs).toISOString().slice(0, 10);
}

/** isoDay, remembered: a corpus spans a few hundred days and asks for each one many times. */
function dayNames(): (day: number) => string {
  const names: string[] = [];
  return (day) => (names[day] ??= isoDay(day));
}

export function articleId(position: number): string {
  return `a${String(position).padStart(7, '0')}`;
}

export function storyId(index: number): string {
  return `s${String(index).padStart(7, '0')}`;
}

/** The index a story id was made from. */
export function storyIndexOf(id: string): number {
  return Number(id.slice(1));
}

interface RunningStory {
  readonly plan: StoryPlan;
  readonly year: number;
  text?: StoryText;
  remaining: number;
  readonly originalIds: Map<number, string>;
}

function validate(options: CorpusOptions): void {
  if (!Number.isSafeInteger(options.seed)) fail('E_OPTION', `expected an integer seed, instead found ${options.seed}`);
  if (!Number.isSafeInteger(options.count) || options.count < 0) fail('E_OPTION', `expected a count >= 0, instead found ${options.count}`);
  if (options.sources.length === 0) fail('E_OPTION', 'expected at least one source text, instead found none');
  const empty = options.sources.find((source) => source.sentences.length === 0);
  if (empty !== undefined) fail('E_OPTION', `expected source texts with sentences, instead found none in ${empty.id}`);
}

function composeText(rng: Rng, body: string, outlet: string, year: number): string {
  return `${byline(rng, outlet, year)}\n\n${body}\n\n${footer(rng, outlet, year)}`;
}

/** Plans stories until no story still unplanned could come before the earliest pending article. */
function admitStories(planner: Planner, pending: Heap<Ticket>, running: Map<number, RunningStory>, dayName: (day: number) => string): void {
  for (let start = planner.nextStartDay(); start !== undefined && (pending.size === 0 || (pending.peek() as Ticket).day > start); start = planner.nextStartDay()) {
    const plan = planner.nextStory() as StoryPlan;
    const year = Number(dayName(plan.startDay).slice(0, 4));
    running.set(plan.index, { plan, year, remaining: plan.tickets.length, originalIds: new Map() });
    for (const ticket of plan.tickets) pending.push(ticket);
  }
}

export function* generateCorpus(options: CorpusOptions): Generator<GeneratedArticle> {
  validate(options);
  const { seed, count, sources } = options;
  const planner = new Planner(seed, count);
  const outlets = outletNames(seed);
  const pending = ticketHeap();
  const running = new Map<number, RunningStory>();
  const dayName = dayNames();
  for (let position = 1; position <= count; position++) {
    admitStories(planner, pending, running, dayName);
    const ticket = pending.pop() as Ticket;
    const story = running.get(ticket.story) as RunningStory;
    story.text ??= buildStory(seed, ticket.story, story.year, sources);
    const body = paraphrase(new Rng(seed, streams.article, ticket.story, ticket.copyOf ?? ticket.article), story.text);
    const dressing = new Rng(seed, streams.dressing, ticket.story, ticket.article);
    const outlet = pickOutlet(dressing, outlets);
    const id = articleId(position);
    if (story.plan.originals.has(ticket.article)) story.originalIds.set(ticket.article, id);
    const duplicateOf = ticket.copyOf === undefined ? undefined : story.originalIds.get(ticket.copyOf);
    if (--story.remaining === 0) running.delete(ticket.story);
    yield {
      id,
      text: composeText(dressing, body.text, outlet, story.year),
      title: headline(dressing, body.sentences),
      publishedAt: dayName(ticket.day),
      source: outlet,
      story: storyId(ticket.story),
      ...(duplicateOf === undefined ? {} : { duplicateOf }),
    };
  }
}
