/**
 * The brief: a title and 4 to 8 sentences taken from the articles, the facts most outlets
 * corroborate first, each citing the sentences that support it. Never a sentence without a citation.
 */
import type { AnnotatedArticle, SummarySentence } from '../model.ts';
import type { FactGroup } from './facts.ts';
import { dice, idfWeights } from './similarity.ts';
import { contentKeys } from './words.ts';

export const briefMin = 4;
export const briefMax = 8;
/** Two brief sentences more alike than this say the same thing: keep the first. */
const repeatFloor = 0.5;
const readableMin = 6;
const readableMax = 400;

/** Ranking of facts for the brief: corroboration first, then centrality, then first reported. */
export function byCorroboration(a: FactGroup, b: FactGroup): number {
  return (
    b.support - a.support ||
    b.centrality - a.centrality ||
    (a.units[0]?.rank ?? 0) - (b.units[0]?.rank ?? 0) ||
    (a.units[0]?.start ?? 0) - (b.units[0]?.start ?? 0)
  );
}

/** Quotation marks that open and close in the sentence: a sentence cut out of a quote has not. */
export function balancedQuotes(text: string): boolean {
  const count = (re: RegExp): number => text.match(re)?.length ?? 0;
  return count(/“/g) === count(/”/g) && count(/"/g) % 2 === 0 && count(/«/g) === count(/»/g);
}

/** A sentence that reads well alone: not a quote fragment, a stub (a dateline), a cut parenthesis or a paragraph. */
export function readsAlone(text: string): boolean {
  const words = contentKeys(text).filter((k) => /\p{L}{2}/u.test(k)).length;
  const parentheses = (text.match(/\(/g)?.length ?? 0) === (text.match(/\)/g)?.length ?? 0);
  return words >= readableMin && text.length <= readableMax && /^[\p{Lu}\p{N}(]/u.test(text) && balancedQuotes(text) && parentheses;
}

function pick(ranked: readonly FactGroup[], accept: (fact: FactGroup) => boolean, chosen: FactGroup[]): void {
  const weights = idfWeights(ranked.map((f) => contentKeys(f.fact.text)));
  for (const fact of ranked) {
    if (chosen.length >= briefMax) return;
    if (chosen.includes(fact) || !accept(fact) || fact.fact.evidence.length === 0) continue;
    const keys = new Set(contentKeys(fact.fact.text));
    if (chosen.some((c) => dice(keys, new Set(contentKeys(c.fact.text)), weights) > repeatFloor)) continue;
    chosen.push(fact);
  }
}

/** Sentences this close to the top of their article are its lede. */
const ledeDepth = 2;

/** How many articles open with each fact: its sentences among the first `ledeDepth` of their article. */
export function ledeCounts(facts: readonly FactGroup[]): Map<FactGroup, number> {
  const starts = new Map<string, number[]>();
  for (const unit of facts.flatMap((f) => f.units)) starts.set(unit.article, [...(starts.get(unit.article) ?? []), unit.start]);
  const opening = new Set([...starts].flatMap(([article, list]) => [...list].sort((a, b) => a - b).slice(0, ledeDepth).map((start) => `${article}:${start}`)));
  return new Map(facts.map((f) => [f, f.units.filter((u) => opening.has(`${u.article}:${u.start}`)).length]));
}

/** The fact most articles open with (ties: the most corroborated), among those reading alone: the news itself. */
export function ledeFact(facts: readonly FactGroup[]): FactGroup | undefined {
  const ledes = ledeCounts(facts);
  const candidates = facts.filter((f) => readsAlone(f.fact.text) && (ledes.get(f) ?? 0) >= 2);
  return [...candidates].sort((a, b) => (ledes.get(b) ?? 0) - (ledes.get(a) ?? 0) || byCorroboration(a, b))[0];
}

/** 4 to 8 cited sentences (fewer only when the story has fewer facts), the lede first. */
export function buildBrief(facts: readonly FactGroup[]): SummarySentence[] {
  const ranked = [...facts].sort(byCorroboration);
  const lede = ledeFact(facts);
  const chosen: FactGroup[] = lede === undefined ? [] : [lede];
  pick(ranked, (f) => readsAlone(f.fact.text), chosen);
  if (chosen.length < briefMin) pick(ranked, () => chosen.length < briefMin, chosen);
  return chosen.map((f) => ({ text: f.fact.text, citations: f.fact.evidence }));
}

/** The headline that best matches what the story's top facts say; else the top fact itself. */
export function storyTitle(articles: readonly AnnotatedArticle[], facts: readonly FactGroup[]): string {
  const top = [...facts].sort(byCorroboration).slice(0, 3);
  const titles = [...new Set(articles.map((a) => a.meta.title?.value.trim() ?? '').filter((t) => t !== ''))];
  if (titles.length === 0) {
    const text = (ledeFact(facts) ?? top.find((f) => readsAlone(f.fact.text)) ?? top[0])?.fact.text ?? '';
    return text.length <= 120 ? text : `${text.slice(0, 120).replace(/\s+\S*$/, '')}…`;
  }
  const weights = idfWeights([...titles, ...top.map((f) => f.fact.text)].map(contentKeys));
  const score = (title: string): number => {
    const keys = new Set(contentKeys(title));
    return top.reduce((sum, f) => sum + dice(keys, new Set(contentKeys(f.fact.text)), weights), 0);
  };
  return [...titles].sort((a, b) => score(b) - score(a) || a.length - b.length || (a < b ? -1 : 1))[0] ?? '';
}
