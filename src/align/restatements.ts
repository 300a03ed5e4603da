/**
 * Restatements: a sentence of another article that resembles a fact too loosely to join it
 * (fact alignment keeps its groups tight) but says the same thing in other words. Discrepancies
 * read its count and date; coverage does not call the fact omitted by its article.
 */
import type { FactGroup } from './facts.ts';
import { dice } from './similarity.ts';
import type { Weights } from './similarity.ts';
import type { SentenceUnit } from './units.ts';

/** The least resemblance for a sentence of another article to restate a fact. */
export const restatedFloor = 0.2;
/** The resemblance for a sentence to count as telling a fact, so that its article does not omit it. */
export const toldFloor = 0.25;

/**
 * The sentence of each article outside a fact that resembles one of its sentences most (too
 * loosely to join it): it may state its count or date differently ("several cartels" against "six").
 */
export function restatements(fact: FactGroup, units: readonly SentenceUnit[], weights: Weights, floor = restatedFloor): SentenceUnit[] {
  const best = new Map<string, { unit: SentenceUnit; score: number }>();
  for (const unit of units) {
    if (fact.fact.articles.includes(unit.article)) continue;
    const score = Math.max(...fact.units.map((m) => dice(unit.keys, m.keys, weights)));
    const held = best.get(unit.article);
    if (score >= floor && (held === undefined || score > held.score)) best.set(unit.article, { unit, score });
  }
  return [...best.values()].map((b) => b.unit);
}

