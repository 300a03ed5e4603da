/**
 * Unique details: a person or organisation that only one article names, inside a sentence that
 * other articles echo (the fact is shared, the detail is not). Each becomes a fact of its own,
 * reported by that article alone: the clause naming it, with the clause as evidence.
 */
import type { Evidence } from '../model.ts';
import type { FactGroup } from './facts.ts';
import type { SentenceUnit } from './units.ts';

/** Clause boundaries within a sentence: commas, semicolons, colons, dashes. */
const clauseBoundary = /[,;:—–]\s/g;

/** The clause of `unit` around the offsets (article offsets), as evidence. */
export function clauseAround(unit: SentenceUnit, start: number, end: number): Evidence {
  const cuts = [0, ...[...unit.text.matchAll(clauseBoundary)].map((m) => (m.index ?? 0) + m[0].length), unit.text.length];
  const from = Math.max(...cuts.filter((c) => c <= start - unit.start));
  const to = Math.min(...cuts.filter((c) => c >= end - unit.start));
  const clause = unit.text.slice(from, to);
  const lead = clause.length - clause.trimStart().length;
  const body = clause.trim().replace(/[\s,;:—–.]+$/, '');
  return { article: unit.article, start: unit.start + from + lead, end: unit.start + from + lead + body.length };
}

/**
 * Detail facts of shared facts: for each actor named by one article only, the clause of its
 * sentence in a shared fact. `mentionOf` gives the mention of a story entity in a sentence.
 */
export function uniqueDetails(
  facts: readonly FactGroup[],
  texts: ReadonlyMap<string, string>,
  mentionOf: (unit: SentenceUnit, entity: string) => { start: number; end: number } | undefined,
): FactGroup[] {
  const articlesOf = new Map<string, Set<string>>();
  for (const unit of facts.flatMap((f) => f.units)) {
    for (const entity of unit.actors) articlesOf.set(entity, new Set([...(articlesOf.get(entity) ?? []), unit.article]));
  }
  const details: FactGroup[] = [];
  for (const fact of facts.filter((f) => f.fact.articles.length >= 2)) {
    for (const unit of fact.units) {
      for (const entity of [...unit.actors].sort()) {
        const mention = articlesOf.get(entity)?.size === 1 ? mentionOf(unit, entity) : undefined;
        if (mention === undefined || unit.speakers.has(entity)) continue;
        const clause = clauseAround(unit, mention.start, mention.end);
        const text = texts.get(unit.article)?.slice(clause.start, clause.end) ?? '';
        if (details.some((d) => d.fact.text === text && d.fact.articles[0] === unit.article)) continue;
        details.push({ fact: { id: '', text, articles: [unit.article], evidence: [clause] }, units: [unit], support: 1, centrality: 0, detail: true });
      }
    }
  }
  return details;
}
