import type { SparseVector } from './vectors.ts';

/** Cosine of two unit vectors (their dot product), summed in term order. */
export function cosine(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let sum = 0;
  while (i < a.terms.length && j < b.terms.length) {
    const ta = a.terms[i]!;
    const tb = b.terms[j]!;
    if (ta === tb) sum += a.weights[i++]! * b.weights[j++]!;
    else if (ta < tb) i++;
    else j++;
  }
  return sum;
}

/** A similarity between articles `a` < `b` (indices into the input list). */
export interface ScoredPair {
  readonly a: number;
  readonly b: number;
  readonly score: number;
}

/**
 * All pairs whose cosine reaches `floor`, found through an inverted index (term -> postings), so
 * that articles sharing no term are never compared. Each pair's sum runs in term order, so the
 * value does not depend on where the articles sit in the list.
 */
export function similarPairs(vectors: readonly SparseVector[], floor: number): ScoredPair[] {
  const postings = new Map<number, { docs: number[]; weights: number[] }>();
  vectors.forEach((v, doc) => {
    v.terms.forEach((term, k) => {
      const list = postings.get(term) ?? { docs: [], weights: [] };
      if (list.docs.length === 0) postings.set(term, list);
      list.docs.push(doc);
      list.weights.push(v.weights[k]!);
    });
  });
  const row = new Float64Array(vectors.length);
  const pairs: ScoredPair[] = [];
  vectors.forEach((v, a) => {
    const touched: number[] = [];
    v.terms.forEach((term, k) => {
      const weight = v.weights[k]!;
      const list = postings.get(term)!;
      list.docs.forEach((b, at) => {
        if (b <= a) return;
        if (row[b] === 0) touched.push(b);
        row[b]! += weight * list.weights[at]!;
      });
    });
    for (const b of touched) {
      if (row[b]! >= floor) pairs.push({ a, b, score: row[b]! });
      row[b] = 0;
    }
  });
  return pairs;
}

/**
 * How much publication dates weigh on a similarity: 1 within `windowDays`, falling to `minimum`
 * as the gap grows to ten windows; 1 when either date is unknown.
 */
export function timeFactor(
  dayA: number | undefined,
  dayB: number | undefined,
  windowDays: number,
  minimum: number,
): number {
  if (dayA === undefined || dayB === undefined) return 1;
  const gap = Math.abs(dayA - dayB);
  if (gap <= windowDays) return 1;
  const fall = Math.min(1, (gap - windowDays) / (9 * windowDays));
  return 1 - fall * (1 - minimum);
}
