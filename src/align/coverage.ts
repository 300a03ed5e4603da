/**
 * Coverage per outlet: the facts only it reports, and the facts most of the others report
 * (more than half of them, and at least two) that it leaves out.
 */
import type { OutletCoverage } from '../model.ts';
import type { FactGroup } from './facts.ts';

/** Facts reported by more than half of the other articles, and by at least two, count as omitted. */
export function omits(fact: FactGroup, article: string, articleCount: number): boolean {
  if (fact.fact.articles.includes(article)) return false;
  const others = articleCount - 1;
  return fact.fact.articles.length >= 2 && fact.fact.articles.length * 2 > others;
}

export function buildCoverage(facts: readonly FactGroup[], articleOrder: readonly string[]): OutletCoverage[] {
  return articleOrder.map((article) => ({
    article,
    unique: facts.filter((f) => f.fact.articles.length === 1 && f.fact.articles[0] === article).map((f) => f.fact.id),
    omitted: facts.filter((f) => omits(f, article, articleOrder.length)).map((f) => f.fact.id),
  }));
}
