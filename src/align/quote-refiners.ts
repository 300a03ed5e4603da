/**
 * Refiners of quote groups (lists of segment indices), applied in order after pair grouping:
 * a lone segment joins the group of a rendering it resembles or is a fragment of; a lone
 * segment next to a grouped one in the same quote joins its neighbour's group when it shares a
 * word with the other outlets' renderings; the lone segments left in a row of one quote are
 * read together again as that quote.
 */
import type { QuoteUnit } from './quotes.ts';
import { quotePairFloor, quoteSimilarity, sameSpeaker } from './quotes.ts';
import { containment, sharedCount } from './similarity.ts';
import type { Weights } from './similarity.ts';

/** The least containment for a lone fragment (or a longer rendering) to join a quote. */
export const quoteAttachFloor = 0.6;

function unitsOf(group: readonly number[], units: readonly QuoteUnit[]): QuoteUnit[] {
  return group.map((i) => units[i]).filter((u): u is QuoteUnit => u !== undefined);
}

/** How much of the shorter rendering the longer one contains: a fragment against a full quote. */
export function quoteContainment(a: QuoteUnit, b: QuoteUnit, weights: Weights): number {
  return sharedCount(a.keys, b.keys) < 2 ? 0 : containment(a.keys, b.keys, weights);
}

/**
 * A quote left alone joins the group of a rendering it closely resembles, or of a longer
 * rendering it is a fragment of, when the group has no other rendering from its article.
 */
export function attachLoners(groups: readonly number[][], units: readonly QuoteUnit[], weights: Weights): number[][] {
  const result = groups.map((g) => [...g]);
  for (const loner of result.filter((g) => g.length === 1)) {
    const unit = units[loner[0] ?? -1];
    if (unit === undefined) continue;
    let best: { group: number[]; score: number } | undefined;
    for (const group of result) {
      if (group === loner || group.length < 2) continue;
      const members = unitsOf(group, units);
      if (members.some((m) => m.article === unit.article || !sameSpeaker(m, unit))) continue;
      const containing = members.filter((m) => m.keys.size >= unit.keys.size);
      const asFragment = Math.max(0, ...containing.map((m) => quoteContainment(unit, m, weights)));
      const asRendering = Math.max(0, ...members.map((m) => quoteSimilarity(unit, m, weights)));
      const score = Math.max(asFragment >= quoteAttachFloor ? asFragment : 0, asRendering >= quotePairFloor ? asRendering : 0);
      if (score > 0 && (best === undefined || score > best.score)) best = { group, score };
    }
    if (best === undefined) continue;
    best.group.push(...loner);
    best.group.sort((a, b) => a - b);
    loner.length = 0;
  }
  return result.filter((g) => g.length > 0);
}

/**
 * Two groups from different outlets merge when every rendering of one is a fragment of a
 * rendering of the other ("No, Minister Lund" of a longer "No, Minister Lund, the river is sacred...").
 */
export function mergeFragmentGroups(groups: readonly number[][], units: readonly QuoteUnit[], weights: Weights): number[][] {
  const result = groups.map((g) => [...g]);
  for (const small of [...result].sort((a, b) => a.length - b.length)) {
    if (small.length < 2) continue;
    const parts = unitsOf(small, units);
    const host = result.find((group) => {
      if (group === small) return false;
      const members = unitsOf(group, units);
      return (
        members.every((m) => parts.every((p) => p.article !== m.article && sameSpeaker(p, m))) &&
        parts.every((p) => members.some((m) => m.keys.size > p.keys.size && quoteContainment(p, m, weights) >= quoteAttachFloor))
      );
    });
    if (host === undefined) continue;
    host.push(...small);
    host.sort((a, b) => a - b);
    small.length = 0;
  }
  return result.filter((g) => g.length > 0);
}

function sharesContentWord(a: QuoteUnit, b: QuoteUnit): boolean {
  for (const key of a.keys) if (!key.startsWith('~') && b.keys.has(key)) return true;
  return false;
}

/** The group a lone segment may join through a neighbour of its quote, if any. */
function neighbourGroup(unit: QuoteUnit, groups: readonly number[][], units: readonly QuoteUnit[]): number[] | undefined {
  return groups.find((group) => {
    const members = unitsOf(group, units);
    const others = members.filter((m) => m.article !== unit.article);
    return (
      others.length > 0 &&
      members.some((m) => m.chain === unit.chain && Math.abs(m.position - unit.position) === 1) &&
      members.every((m) => m.article !== unit.article || m.chain === unit.chain) &&
      others.every((m) => sameSpeaker(m, unit)) &&
      others.some((m) => sharesContentWord(unit, m))
    );
  });
}

/** Lone segments next to a grouped one of the same quote join it, step by step outwards. */
export function extendAlongQuotes(groups: readonly number[][], units: readonly QuoteUnit[]): number[][] {
  const result = groups.map((g) => [...g]);
  let changed = true;
  while (changed) {
    changed = false;
    for (const loner of result.filter((g) => g.length === 1)) {
      const unit = units[loner[0] ?? -1];
      if (unit === undefined || unit.quote.kind === 'indirect') continue;
      const target = neighbourGroup(unit, result, units);
      if (target === undefined) continue;
      target.push(...loner);
      target.sort((a, b) => a - b);
      loner.length = 0;
      changed = true;
    }
  }
  return result.filter((g) => g.length > 0);
}

/** Lone segments in a row of one quote become one group again: a quote only one outlet has. */
export function joinLoneNeighbours(groups: readonly number[][], units: readonly QuoteUnit[]): number[][] {
  const result: number[][] = [];
  const loners = groups.filter((g) => g.length === 1).sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0));
  for (const loner of loners) {
    const unit = units[loner[0] ?? -1];
    const last = result[result.length - 1];
    const previous = units[last?.[last.length - 1] ?? -1];
    if (unit !== undefined && previous !== undefined && previous.chain === unit.chain && previous.position + 1 === unit.position) last?.push(...loner);
    else result.push([...loner]);
  }
  return [...groups.filter((g) => g.length > 1), ...result].sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0));
}
