/**
 * Coverage per outlet: the facts only it reports, and the facts most of the others report
 * (more than half of them, and at least two) that it leaves out. A sentence that is mostly the
 * words of a quote other outlets carry too is no unique fact (the quote is shared), nor is a
 * stub too short to state anything ("she stated."), nor a loose restatement of a shared fact;
 * an article that restates a fact loosely does not omit it.
 */
import type { Evidence, OutletCoverage, ReportQuote } from '../model.ts';
import type { FactGroup } from './facts.ts';
import { restatedFloor, restatements, toldFloor } from './restatements.ts';
import { idfWeights } from './similarity.ts';
import { contentKeys } from './words.ts';

/** The least content words for a sentence to count as a fact of its own. */
const uniqueWordFloor = 4;
/** The share of a sentence inside shared quotes above which it only restates them. */
const quotedShare = 0.5;

/** Facts reported by more than half of the other articles, and by at least two, count as omitted. */
export function omits(fact: FactGroup, article: string, articleCount: number): boolean {
  if (fact.fact.articles.includes(article)) return false;
  const others = articleCount - 1;
  return fact.fact.articles.length >= 2 && fact.fact.articles.length * 2 > others;
}

/** True when most of the span lies inside variants of quotes that several articles carry. */
export function quotedElsewhere(span: Evidence, quotes: readonly ReportQuote[]): boolean {
  let inside = 0;
  for (const quote of quotes) {
    if (new Set(quote.variants.map((v) => v.article)).size < 2) continue;
    for (const v of quote.variants) {
      if (v.article === span.article) inside += Math.max(0, Math.min(v.end, span.end) - Math.max(v.start, span.start));
    }
  }
  return inside > (span.end - span.start) * quotedShare;
}

/** A fact only `article` reports that says something of its own. */
export function uniqueTo(fact: FactGroup, article: string, quotes: readonly ReportQuote[]): boolean {
  const [only] = fact.fact.articles;
  if (fact.fact.articles.length !== 1 || only !== article) return false;
  if (fact.detail === true) return true;
  if (contentKeys(fact.fact.text).length < uniqueWordFloor) return false;
  return !fact.fact.evidence.every((e) => quotedElsewhere(e, quotes));
}

/** For each shared fact, the sentences of other articles that restate it loosely. */
function restatedFacts(facts: readonly FactGroup[], floor: number): Map<FactGroup, string[]> {
  const units = facts.filter((f) => f.detail !== true).flatMap((f) => f.units);
  const weights = idfWeights(units.map((u) => [...u.keys]));
  return new Map(
    facts.filter((f) => f.fact.articles.length >= 2).map((f) => [f, restatements(f, units, weights, floor).map((u) => `${u.article}:${u.start}`)]),
  );
}

export function buildCoverage(facts: readonly FactGroup[], articleOrder: readonly string[], quotes: readonly ReportQuote[] = []): OutletCoverage[] {
  const restating = new Set([...restatedFacts(facts, restatedFloor).values()].flat());
  const told = restatedFacts(facts, toldFloor);
  const restatedBy = (f: FactGroup, article: string): boolean => (told.get(f) ?? []).some((key) => key.startsWith(`${article}:`));
  return articleOrder.map((article) => ({
    article,
    unique: facts
      .filter((f) => uniqueTo(f, article, quotes) && (f.detail === true || !f.units.some((u) => restating.has(`${u.article}:${u.start}`))))
      .map((f) => f.fact.id),
    omitted: facts.filter((f) => omits(f, article, articleOrder.length) && !restatedBy(f, article)).map((f) => f.fact.id),
  }));
}
