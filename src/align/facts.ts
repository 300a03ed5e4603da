/**
 * Fact alignment: sentences of different articles that state the same thing form one fact.
 * Candidates are pairs of sentences sharing rare content words, entities, numbers or dates;
 * grouping keeps at most one sentence per article in a fact. A sentence no other article
 * echoes is a fact too: one of its article's unique facts.
 */
import type { Evidence, Fact } from '../model.ts';
import { sortIds } from './articles.ts';
import { groupPairs, pairScores } from './group.ts';
import type { ScoredPair } from './group.ts';
import { dice, idfWeights, sharedCount } from './similarity.ts';
import type { Weights } from './similarity.ts';
import { balancedQuotes } from './summary.ts';
import { independentCount } from './units.ts';
import type { SentenceUnit } from './units.ts';

/** The least similarity for two sentences to be candidates for one fact. */
export const factPairFloor = 0.3;
/** The least average similarity between two groups of sentences for them to merge. */
export const factAverageFloor = 0.25;
/** Weight of a clause match against a whole-sentence match. */
const clauseDiscount = 0.8;
/** Added to the similarity of two sentences stating the same number. */
const numberBonus = 0.15;
/** Keys found in more sentences than this share are too common to propose candidates. */
const commonKeyShare = 0.3;

export interface FactGroup {
  readonly fact: Fact;
  readonly units: readonly SentenceUnit[];
  /** Independent articles stating the fact (copies count once). */
  readonly support: number;
  /** How central the fact's text is among its sentences: mean similarity to the others. */
  readonly centrality: number;
  /** A detail one article adds to a shared fact (see details.ts): its evidence is a clause. */
  readonly detail?: boolean;
}

/** Scored pairs of sentences of different articles that share at least two rare keys. */
export function factPairs(units: readonly SentenceUnit[], weights: Weights): ScoredPair[] {
  const postings = new Map<string, number[]>();
  units.forEach((unit, i) => {
    for (const key of unit.keys) postings.set(key, [...(postings.get(key) ?? []), i]);
  });
  const limit = Math.max(2, Math.ceil(units.length * commonKeyShare));
  const candidates = new Set<string>();
  for (const list of postings.values()) {
    if (list.length > limit) continue;
    for (const a of list) for (const b of list) if (a < b) candidates.add(`${a}:${b}`);
  }
  const pairs: ScoredPair[] = [];
  for (const candidate of candidates) {
    const [a, b] = candidate.split(':').map(Number) as [number, number];
    const ua = units[a];
    const ub = units[b];
    if (!ua || !ub || ua.article === ub.article || sharedCount(ua.keys, ub.keys) < 2) continue;
    const score = Math.max(dice(ua.keys, ub.keys, weights), clauseSimilarity(ua, ub, weights)) + sharedNumberBonus(ua.keys, ub.keys);
    if (score >= factPairFloor) pairs.push({ a, b, score });
  }
  return pairs;
}

/** The best match of two clauses of long sentences, discounted: one shared clause is one shared fact. */
export function clauseSimilarity(a: SentenceUnit, b: SentenceUnit, weights: Weights): number {
  let best = 0;
  for (const x of a.clauses) for (const y of b.clauses) best = Math.max(best, dice(x, y, weights));
  return best * clauseDiscount;
}

/** A number both sentences state ("10,000") is strong evidence of one fact: a fixed bonus. */
export function sharedNumberBonus(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  for (const key of a) if (b.has(key) && /^\d/.test(key) && Number(key) >= 10) return numberBonus;
  return 0;
}

/** Sentences that read badly out of context ("He added...", "But ...", half a quote) make poor fact texts. */
export function contextFree(text: string): number {
  const opensBadly = /^(?:he|she|it|they|this|that|these|those|but|and|also|however)\b/i.test(text) || !/^[\p{Lu}\p{N}(“"‘]/u.test(text);
  return (opensBadly ? 0.8 : 1) * (balancedQuotes(text) ? 1 : 0.8);
}

function evidenceOf(units: readonly SentenceUnit[]): Evidence[] {
  return [...units]
    .sort((a, b) => a.rank - b.rank || a.start - b.start)
    .map((u) => ({ article: u.article, start: u.start, end: u.end }));
}

/** Facts of a story from its sentence units (given in publication order). */
export function alignFacts(units: readonly SentenceUnit[], articleOrder: readonly string[]): FactGroup[] {
  const weights = idfWeights(units.map((u) => [...u.keys]));
  const pairs = factPairs(units, weights);
  const score = pairScores(pairs);
  const groups = groupPairs(units.length, pairs, {
    conflict: (a, b) => units[a]?.article === units[b]?.article,
    averageFloor: factAverageFloor,
  });
  const drafts = groups.map((indices) => {
    const members = indices.map((i) => units[i]).filter((u): u is SentenceUnit => u !== undefined);
    const centralityOf = (i: number): number =>
      indices.length < 2 ? 1 : indices.reduce((sum, j) => sum + (i === j ? 0 : score(i, j)), 0) / (indices.length - 1);
    const best = [...indices].sort(
      (i, j) =>
        centralityOf(j) * contextFree(units[j]?.text ?? '') - centralityOf(i) * contextFree(units[i]?.text ?? '') ||
        (units[i]?.rank ?? 0) - (units[j]?.rank ?? 0) ||
        i - j,
    )[0];
    const lead = best === undefined ? members[0] : units[best];
    return { members, lead, centrality: best === undefined ? 0 : centralityOf(best) };
  });
  const ordered = drafts
    .filter((d) => d.lead !== undefined)
    .sort(
      (x, y) =>
        independentCount(y.members) - independentCount(x.members) ||
        (x.members[0]?.rank ?? 0) - (y.members[0]?.rank ?? 0) ||
        (x.members[0]?.start ?? 0) - (y.members[0]?.start ?? 0),
    );
  return ordered.map((draft, i) => ({
    fact: {
      id: `f${i + 1}`,
      text: draft.lead?.text ?? '',
      articles: sortIds(
        draft.members.map((u) => u.article),
        articleOrder,
      ),
      evidence: evidenceOf(draft.members),
    },
    units: draft.members,
    support: independentCount(draft.members),
    centrality: draft.centrality,
  }));
}
