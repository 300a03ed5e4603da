/**
 * Discrepancies: where articles stating one fact disagree on a detail. Each detector reads the
 * sentences of one fact and proposes typed disagreements; restated translations of one quote
 * are variants (see quotes.ts), never discrepancies.
 */
import type { AnnotatedArticle, DateMention, Discrepancy, DiscrepancyKind, DiscrepancyValue, Evidence, Quantity } from '../model.ts';
import { sortIds } from './articles.ts';
import type { FactGroup } from './facts.ts';
import { compatible } from './periods.ts';
import { comparableCount, figureOf, genericCounted, realConflict, spellingVariants, withoutRepeats } from './conflicts.ts';
import { responseDiscrepancies } from './responses.ts';
import { mainSpeaker, venueDiscrepancy } from './venues.ts';
import type { EntityLookup, SentenceUnit } from './units.ts';
import { restatements } from './restatements.ts';
import { idfWeights } from './similarity.ts';
import { stem, wordTokens } from './words.ts';

export interface DiscrepancyContext {
  readonly articles: ReadonlyMap<string, AnnotatedArticle>;
  readonly lookup: EntityLookup;
  readonly articleOrder: readonly string[];
  /** Names of the story entities, for the questions discrepancies answer. */
  readonly names?: ReadonlyMap<string, string>;
  /** Every sentence of the story: what each article states anywhere, not only in one fact. */
  readonly units?: readonly SentenceUnit[];
}

/** One detail an article states in a fact: the value and where it is. */
interface Reading {
  readonly value: string;
  readonly unit: SentenceUnit;
  readonly start: number;
  readonly end: number;
}

const aboutMax = 110;

export function shorten(text: string, max = aboutMax): string {
  return text.length <= max ? text : `${text.slice(0, max).replace(/\s+\S*$/, '')}…`;
}

/** Readings grouped by value: one `DiscrepancyValue` per value, articles in report order. */
export function valuesOf(readings: readonly Reading[], articleOrder: readonly string[]): DiscrepancyValue[] {
  const byValue = new Map<string, Reading[]>();
  for (const r of readings) byValue.set(r.value, [...(byValue.get(r.value) ?? []), r]);
  return [...byValue].map(([value, list]) => ({
    value,
    articles: sortIds(
      list.map((r) => r.unit.article),
      articleOrder,
    ),
    evidence: list
      .map((r): Evidence => ({ article: r.unit.article, start: r.start, end: r.end }))
      .sort((a, b) => articleOrder.indexOf(a.article) - articleOrder.indexOf(b.article) || a.start - b.start),
  }));
}

function wordsOf(text: string): Set<string> {
  return new Set(
    wordTokens(text)
      .filter((t) => t.kind === 'word' && !t.stop)
      .map((t) => t.key),
  );
}

/** Same date word ("February"), periods that cannot overlap ("2019-02" against "2025-02"). */
export function dateDiscrepancy(
  fact: FactGroup,
  articleOrder: readonly string[],
  related: readonly SentenceUnit[] = [],
  story: readonly SentenceUnit[] = [],
): Discrepancy | undefined {
  const mentions = [...fact.units, ...related].flatMap((unit) => unit.dates.map((date) => ({ unit, date })));
  const everywhere = [...mentions, ...story.flatMap((unit) => unit.dates.map((date) => ({ unit, date })))];
  const states = (article: string, value: string): boolean => everywhere.some((m) => m.unit.article === article && compatible(m.date.value, value));
  for (const a of mentions) {
    for (const b of mentions) {
      if (a.unit.article === b.unit.article || compatible(a.date.value, b.date.value)) continue;
      if (states(a.unit.article, b.date.value) || states(b.unit.article, a.date.value)) continue;
      const shared = [...wordsOf(a.date.text)].find((w) => wordsOf(b.date.text).has(w));
      if (shared === undefined) continue;
      const readings = mentions
        .filter((m) => wordsOf(m.date.text).has(shared))
        .map((m) => readingOfDate(m.unit, m.date));
      return { kind: 'date', about: `When: ${shorten(fact.fact.text)}`, values: valuesOf(readings, articleOrder) };
    }
  }
  return undefined;
}

function readingOfDate(unit: SentenceUnit, date: DateMention): Reading {
  return { value: date.value, unit, start: date.start, end: date.end };
}

/** The counted thing of a quantity, comparable across wordings: "cartels" -> "cartel". */
export function unitKey(quantity: Quantity): string | undefined {
  const last = quantity.unit?.trim().split(/\s+/).pop();
  return last === undefined || last === '' ? undefined : stem(last);
}

function readingOfQuantity(unit: SentenceUnit, quantity: Quantity, value: string): Reading {
  return { value, unit, start: quantity.start, end: quantity.end };
}

interface Counted {
  readonly unit: SentenceUnit;
  readonly quantity: Quantity;
}

/** Comparable counts of the units by counted thing. */
function countsByThing(units: readonly SentenceUnit[]): Map<string, Counted[]> {
  const byThing = new Map<string, Counted[]>();
  for (const unit of units) {
    for (const quantity of unit.quantities) {
      const key = unitKey(quantity);
      if (key !== undefined && comparableCount(unit, quantity)) byThing.set(key, [...(byThing.get(key) ?? []), { unit, quantity }]);
    }
  }
  return byThing;
}

/** What a count claims: its exact value, or "vague" for "several", "dozens". */
function countClaim(quantity: Quantity): string {
  return quantity.vague === true ? 'vague' : figureOf(quantity.value);
}

/** An article giving two exact counts of one thing among the sentences compared: which one disagrees is unclear. */
function ambiguousCounts(list: readonly Counted[]): boolean {
  const values = new Map<string, Set<string>>();
  for (const x of list) if (x.quantity.vague !== true) values.set(x.unit.article, (values.get(x.unit.article) ?? new Set()).add(figureOf(x.quantity.value)));
  return [...values.values()].some((v) => v.size > 1);
}

/**
 * Same counted thing, different counts; a vague count against an exact one is flagged as such.
 * Measures, attributes ("28-year"), years, ambiguous counts and counts an article also states
 * elsewhere (`story`) are left out.
 */
export function numberDiscrepancies(
  fact: FactGroup,
  articleOrder: readonly string[],
  related: readonly SentenceUnit[] = [],
  story: readonly SentenceUnit[] = [],
): Discrepancy[] {
  const found: Discrepancy[] = [];
  const everywhere = countsByThing([...fact.units, ...related, ...story]);
  for (const [key, list] of countsByThing([...fact.units, ...related])) {
    const exact = new Set(list.filter((x) => x.quantity.vague !== true).map((x) => figureOf(x.quantity.value)));
    const vague = list.some((x) => x.quantity.vague === true);
    if (new Set(list.map((x) => x.unit.article)).size < 2 || exact.size + (vague ? 1 : 0) < 2 || ambiguousCounts(list)) continue;
    const stated = everywhere.get(key) ?? [];
    const states = (article: string, claim: string): boolean => stated.some((x) => x.unit.article === article && countClaim(x.quantity) === claim);
    if (!realConflict(list.map((x) => ({ article: x.unit.article, value: countClaim(x.quantity) })), states)) continue;
    const readings = list.map((x) => readingOfQuantity(x.unit, x.quantity, x.quantity.text));
    const how = [exact.size >= 2 ? 'different counts' : '', vague ? 'a vague count against an exact one' : '']
      .filter((x) => x !== '')
      .join('; ');
    const thing = list[0]?.quantity.unit ?? key;
    found.push({ kind: 'number', about: `How many ${thing}: ${how}`, values: valuesOf(readings, articleOrder) });
  }
  return found;
}

/** The least number whose repetition with another counted thing is telling: small numbers repeat by chance. */
const wordingFloor = 100;

/** The same number counting different things ("10,000 soldiers" against "10,000 agents"). */
export function countedThingDiscrepancies(fact: FactGroup, articleOrder: readonly string[], story: readonly SentenceUnit[] = []): Discrepancy[] {
  const found: Discrepancy[] = [];
  const byValue = new Map<number, Counted[]>();
  for (const unit of fact.units) {
    for (const quantity of unit.quantities) {
      if (quantity.vague === true || quantity.value < wordingFloor || unitKey(quantity) === undefined || !comparableCount(unit, quantity) || genericCounted(quantity)) continue;
      byValue.set(quantity.value, [...(byValue.get(quantity.value) ?? []), { unit, quantity }]);
    }
  }
  const everywhere = [...fact.units, ...story].flatMap((unit) => unit.quantities.map((quantity) => ({ unit, quantity })));
  for (const [value, list] of byValue) {
    const things = [...new Set(list.map((x) => unitKey(x.quantity) ?? ''))];
    const distinct = things.filter((t, i) => !things.slice(0, i).some((u) => spellingVariants(t, u)));
    const states = (article: string, thing: string): boolean =>
      everywhere.some((x) => x.unit.article === article && x.quantity.value === value && unitKey(x.quantity) === thing);
    const claims = list.map((x) => ({ article: x.unit.article, value: unitKey(x.quantity) ?? '' }));
    if (distinct.length < 2 || new Set(list.map((x) => x.unit.article)).size < 2 || !realConflict(claims, states)) continue;
    const readings = list.map((x) => readingOfQuantity(x.unit, x.quantity, x.quantity.unit ?? ''));
    found.push({ kind: 'wording', about: `What the ${value.toLocaleString('en-US')} were`, values: valuesOf(readings, articleOrder) });
  }
  return found;
}

/** Words that open a slot an entity fills: "in X", "at X", "by X". */
const slotWords: ReadonlySet<string> = new Set(['in', 'at', 'near', 'from', 'by', 'outside', 'inside', 'to', 'with']);

const slotQuestion: Partial<Record<DiscrepancyKind, string>> = { place: 'Where', person: 'Who', organization: 'Which organization' };

interface Filler {
  readonly unit: SentenceUnit;
  readonly entity: string;
  readonly name: string;
  readonly type: DiscrepancyKind;
  readonly slot: string;
  readonly start: number;
  readonly end: number;
}

function fillersOf(unit: SentenceUnit, context: DiscrepancyContext): Filler[] {
  const article = context.articles.get(unit.article);
  if (article === undefined) return [];
  const fillers: Filler[] = [];
  for (const entity of article.entities) {
    if (entity.type === 'other') continue;
    const storyId = context.lookup(article.id, entity.id);
    if (storyId === undefined) continue;
    for (const mention of entity.mentions) {
      if (mention.start < unit.start || mention.end > unit.end) continue;
      const before = /([\p{L}]+)\s+$/u.exec(article.text.slice(Math.max(unit.start, mention.start - 20), mention.start));
      const slot = before?.[1]?.toLowerCase();
      if (slot === undefined || !slotWords.has(slot)) continue;
      fillers.push({ unit, entity: storyId, name: entity.name, type: entity.type, slot, start: mention.start, end: mention.end });
    }
  }
  return fillers;
}

/** One name inside the other ("Springfield", "Springfield Main Street"): one place told more or less precisely. */
export function nested(a: string, b: string): boolean {
  const words = (name: string): string[] => name.toLowerCase().split(/[\s,.-]+/).filter((w) => w !== '');
  const [x, y] = [words(a), words(b)];
  return x.every((w) => y.includes(w)) || y.every((w) => x.includes(w));
}

/** Different entities of one type in one slot ("in X" against "in Y") among the sentences of a fact. */
export function entityDiscrepancies(fact: FactGroup, context: DiscrepancyContext): Discrepancy[] {
  const fillers = fact.units.flatMap((unit) => fillersOf(unit, context));
  const story = context.units ?? fact.units;
  const names = (article: string, entity: string): boolean => story.some((u) => u.article === article && u.entities.has(entity));
  const found: Discrepancy[] = [];
  const seen = new Set<string>();
  for (const a of fillers) {
    for (const b of fillers) {
      if (a.unit.article >= b.unit.article || a.type !== b.type || a.slot !== b.slot || a.entity === b.entity) continue;
      if (a.unit.entities.has(b.entity) || b.unit.entities.has(a.entity) || nested(a.name, b.name)) continue;
      if (names(a.unit.article, b.entity) || names(b.unit.article, a.entity)) continue;
      const key = `${a.type}:${a.slot}:${[a.entity, b.entity].sort().join('|')}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const readings = [a, b].map((f) => ({ value: f.name, unit: f.unit, start: f.start, end: f.end }));
      found.push({ kind: a.type, about: `${slotQuestion[a.type] ?? 'Which'}: ${shorten(fact.fact.text)}`, values: valuesOf(readings, context.articleOrder) });
    }
  }
  return found;
}

/** Discrepancies read over the whole story rather than one fact: the setting, the answers. */
export function storyDiscrepancies(units: readonly SentenceUnit[], context: DiscrepancyContext): Discrepancy[] {
  const nameOf = (id: string): string => context.names?.get(id) ?? id;
  const speaker = mainSpeaker(units);
  const venue = speaker === undefined ? undefined : venueDiscrepancy(units, speaker, nameOf(speaker), context.articleOrder);
  return [...(venue === undefined ? [] : [venue]), ...responseDiscrepancies(units, nameOf, context.articleOrder)];
}

/** All discrepancies of a story, fact by fact (facts of one article cannot disagree), then story-wide. */
export function findDiscrepancies(facts: readonly FactGroup[], context: DiscrepancyContext): Discrepancy[] {
  const units = facts.flatMap((f) => f.units).sort((a, b) => a.rank - b.rank || a.start - b.start);
  const weights = idfWeights(units.map((u) => [...u.keys]));
  const perFact = facts
    .filter((fact) => fact.fact.articles.length >= 2)
    .flatMap((fact) => {
      const related = restatements(fact, units, weights);
      const date = dateDiscrepancy(fact, context.articleOrder, related, units);
      return [
        ...(date === undefined ? [] : [date]),
        ...numberDiscrepancies(fact, context.articleOrder, related, units),
        ...countedThingDiscrepancies(fact, context.articleOrder, units),
        ...entityDiscrepancies(fact, { ...context, units }),
      ];
    });
  return [...withoutRepeats(perFact), ...storyDiscrepancies(units, context)];
}
