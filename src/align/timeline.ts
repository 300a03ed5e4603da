/**
 * The story's timeline: each dated event once, however many outlets report it. Mentions of one
 * date value join when their sentences belong to one fact or their clauses say the same thing.
 * A date alone on a line (a restated publication date) is no event.
 */
import type { DateMention, Evidence, TimelineEntry } from '../model.ts';
import { sortIds } from './articles.ts';
import { groupPairs } from './group.ts';
import type { ScoredPair } from './group.ts';
import { byPeriod, periodOf } from './periods.ts';
import { finestDates, foldIntoFiner } from './timeline-events.ts';
import { dice, idfWeights } from './similarity.ts';
import type { Weights } from './similarity.ts';
import type { SentenceUnit } from './units.ts';
import { contentKeys, wordTokens } from './words.ts';

/** The least content words besides the date for a sentence to report an event. */
const eventWordFloor = 3;
/** Clauses of one date that share this much describe one event. */
const sameEventFloor = 0.3;
/** A readable event clause: grown to at least the first, cut near the second. */
const clauseMin = 50;
const clauseMax = 180;

interface DatedClause {
  readonly unit: SentenceUnit;
  readonly date: DateMention;
  readonly fact: string | undefined;
  readonly clause: string;
  readonly keys: ReadonlySet<string>;
}

/** True when the sentence says something besides the date itself. */
export function reportsEvent(sentence: string, date: { readonly text: string }): boolean {
  const words = wordTokens(sentence.replace(date.text, ' ')).filter((t) => t.kind !== 'number' && !t.stop);
  return words.length >= eventWordFloor;
}

/**
 * The clause of a sentence around a date: the sentence cut at clause boundaries (; : dashes and
 * commas), keeping the part with the date and its neighbours until it reads on its own.
 */
export function eventClause(sentence: string, dateStart: number, dateEnd: number): string {
  if (sentence.length <= clauseMax) return sentence.trim();
  const cuts = [0];
  for (const m of sentence.matchAll(/[;:—–]\s|,\s/g)) cuts.push((m.index ?? 0) + m[0].length);
  cuts.push(sentence.length);
  const pieceOf = (offset: number): number => Math.max(0, cuts.findIndex((c, i) => offset >= c && offset < (cuts[i + 1] ?? Infinity)));
  let first = pieceOf(dateStart);
  let last = Math.max(first, pieceOf(Math.max(dateStart, dateEnd - 1)));
  const span = (): number => (cuts[last + 1] ?? sentence.length) - (cuts[first] ?? 0);
  while (span() < clauseMin && (first > 0 || last < cuts.length - 2)) {
    if (first > 0) first--;
    else last++;
  }
  const clause = sentence.slice(cuts[first] ?? 0, cuts[last + 1] ?? sentence.length).replace(/[\s,;:—–]+$/, '');
  return clause.length > clauseMax ? `${clause.slice(0, clauseMax).replace(/\s+\S*$/, '')}…` : clause.trim();
}

function datedClauses(units: readonly SentenceUnit[], factOf: (unit: SentenceUnit) => string | undefined): DatedClause[] {
  return units.flatMap((unit) =>
    finestDates(unit.dates)
      .filter((date) => reportsEvent(unit.text, date))
      .map((date) => {
        const clause = eventClause(unit.text, date.start - unit.start, date.end - unit.start);
        return { unit, date, fact: factOf(unit), clause, keys: new Set(contentKeys(clause)) };
      }),
  );
}

/** Two clauses of one day naming one person or organisation: the same event, at the floor. */
export function sameDayActor(a: DatedClause, b: DatedClause): number {
  if (a.date.precision !== 'day' || b.date.precision !== 'day') return 0;
  return [...a.unit.actors].some((actor) => b.unit.actors.has(actor)) ? sameEventFloor : 0;
}

/** The link of two groups of clauses: one fact, else the best resemblance of their sentences. */
function groupLink(clauses: readonly DatedClause[], weights: Weights): (x: readonly number[], y: readonly number[]) => number {
  return (x, y) => {
    let best = 0;
    for (const i of x) {
      for (const j of y) {
        const a = clauses[i];
        const b = clauses[j];
        if (a === undefined || b === undefined || a.unit.article === b.unit.article) continue;
        best = Math.max(best, a.fact !== undefined && a.fact === b.fact ? 1 : dice(a.unit.keys, b.unit.keys, weights));
      }
    }
    return best;
  };
}

function sameEventPairs(clauses: readonly DatedClause[]): ScoredPair[] {
  const weights = idfWeights(clauses.map((c) => [...c.keys]));
  const pairs: ScoredPair[] = [];
  clauses.forEach((a, i) =>
    clauses.forEach((b, j) => {
      if (j <= i || a.date.value !== b.date.value) return;
      const score = a.fact !== undefined && a.fact === b.fact ? 1 : Math.max(dice(a.keys, b.keys, weights), sameDayActor(a, b));
      if (score >= sameEventFloor) pairs.push({ a: i, b: j, score });
    }),
  );
  return pairs;
}

/** The clause with the narrowest date, the first reported among equals. */
function leadOf(members: readonly DatedClause[]): DatedClause | undefined {
  const width = (c: DatedClause): number => {
    const period = periodOf(c.date.value);
    return period === undefined ? Infinity : Date.parse(period.last) - Date.parse(period.first);
  };
  return [...members].sort((a, b) => width(a) - width(b))[0];
}

function entryOf(members: readonly DatedClause[], articleOrder: readonly string[]): TimelineEntry | undefined {
  const lead = leadOf(members);
  if (lead === undefined) return undefined;
  const evidence: Evidence[] = [];
  for (const m of members) {
    if (!evidence.some((e) => e.article === m.unit.article && e.start === m.unit.start)) {
      evidence.push({ article: m.unit.article, start: m.unit.start, end: m.unit.end });
    }
  }
  return {
    date: lead.date.value,
    precision: lead.date.precision,
    text: lead.clause,
    articles: sortIds(
      members.map((m) => m.unit.article),
      articleOrder,
    ),
    evidence,
  };
}

/** Timeline of a story from its sentence units (publication order) and the fact of each sentence. */
export function buildTimeline(
  units: readonly SentenceUnit[],
  factOf: (unit: SentenceUnit) => string | undefined,
  articleOrder: readonly string[],
): TimelineEntry[] {
  const clauses = datedClauses(units, factOf);
  const sameDate = groupPairs(clauses.length, sameEventPairs(clauses), {
    conflict: (a, b) => clauses[a]?.date.value !== clauses[b]?.date.value,
    averageFloor: sameEventFloor,
  });
  const weights = idfWeights(units.map((u) => [...u.keys]));
  const groups = foldIntoFiner(sameDate, (g) => clauses[g[0] ?? -1]?.date.value ?? '', groupLink(clauses, weights));
  return groups
    .map((g) => entryOf(g.map((i) => clauses[i]).filter((c): c is DatedClause => c !== undefined), articleOrder))
    .filter((e): e is TimelineEntry => e !== undefined)
    .sort((a, b) => byPeriod(a.date, b.date) || b.articles.length - a.articles.length || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
}
