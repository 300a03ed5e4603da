/**
 * Order-free grouping of items from scored pairs: strongest pairs first, two groups merge only
 * when no member conflicts (e.g. two sentences of one article) and their average link is strong
 * enough, so chains of weak resemblance do not snowball into one group.
 */

export interface ScoredPair {
  readonly a: number;
  readonly b: number;
  readonly score: number;
}

export interface GroupOptions {
  /** Two items that may never share a group. */
  readonly conflict: (a: number, b: number) => boolean;
  /** The least average pair score between two groups for them to merge. */
  readonly averageFloor: number;
}

function pairKey(a: number, b: number): string {
  return a < b ? `${a}:${b}` : `${b}:${a}`;
}

function averageLink(x: readonly number[], y: readonly number[], scores: ReadonlyMap<string, number>): number {
  let sum = 0;
  for (const i of x) for (const j of y) sum += scores.get(pairKey(i, j)) ?? 0;
  return sum / (x.length * y.length);
}

/** Groups of item indices (each sorted), every item in exactly one group, ordered by first item. */
export function groupPairs(count: number, pairs: readonly ScoredPair[], options: GroupOptions): number[][] {
  const scores = new Map(pairs.map((p) => [pairKey(p.a, p.b), p.score]));
  const groupOf = Array.from({ length: count }, (_, i) => i);
  const members = new Map<number, number[]>(groupOf.map((i) => [i, [i]]));
  const ranked = [...pairs].sort(
    (p, q) => q.score - p.score || Math.min(p.a, p.b) - Math.min(q.a, q.b) || Math.max(p.a, p.b) - Math.max(q.a, q.b),
  );
  for (const pair of ranked) {
    const ga = groupOf[pair.a] ?? pair.a;
    const gb = groupOf[pair.b] ?? pair.b;
    if (ga === gb) continue;
    const x = members.get(ga) ?? [];
    const y = members.get(gb) ?? [];
    if (x.some((i) => y.some((j) => options.conflict(i, j)))) continue;
    if (averageLink(x, y, scores) < options.averageFloor) continue;
    const [keep, drop] = ga < gb ? [ga, gb] : [gb, ga];
    const merged = [...x, ...y].sort((i, j) => i - j);
    members.set(keep, merged);
    members.delete(drop);
    for (const i of merged) groupOf[i] = keep;
  }
  return [...members.values()].sort((x, y) => (x[0] ?? 0) - (y[0] ?? 0));
}

/** The score of a pair as stored, 0 when absent. */
export function pairScores(pairs: readonly ScoredPair[]): (a: number, b: number) => number {
  const scores = new Map(pairs.map((p) => [pairKey(p.a, p.b), p.score]));
  return (a, b) => scores.get(pairKey(a, b)) ?? 0;
}
