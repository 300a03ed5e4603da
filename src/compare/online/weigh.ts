import type { TermTable } from './terms.ts';

/** How much each namespace of terms counts ("w:", "e:", ...), relative to content words. */
export interface BlockWeights {
  readonly [namespace: string]: number;
}

/** An article's weighted terms, kept compact: term ids ascending, unit length. */
export interface CompactVector {
  readonly terms: Int32Array;
  readonly weights: Float32Array;
}

/**
 * Sublinear term frequency times idf times the namespace weight; only the `limit` heaviest terms
 * are kept (ties by term), then the vector is normalised to unit length.
 */
export function weighTerms(
  counts: ReadonlyMap<string, number>,
  table: TermTable,
  blocks: BlockWeights,
  limit: number,
): CompactVector {
  const entries: { id: number; term: string; weight: number }[] = [];
  for (const [term, count] of counts) {
    const block = blocks[term.slice(0, 2)] ?? 1;
    if (block === 0 || count <= 0) continue;
    const id = table.id(term);
    entries.push({ id, term, weight: block * (1 + Math.log(count)) * table.idf(id) });
  }
  entries.sort((a, b) => b.weight - a.weight || (a.term < b.term ? -1 : 1));
  const kept = entries.slice(0, limit).sort((a, b) => a.id - b.id);
  const norm = Math.sqrt(kept.reduce((sum, e) => sum + e.weight * e.weight, 0)) || 1;
  return {
    terms: Int32Array.from(kept, (e) => e.id),
    weights: Float32Array.from(kept, (e) => e.weight / norm),
  };
}

/** Cosine of two unit vectors (their dot product), summed in term order. */
export function compactCosine(a: CompactVector, b: CompactVector): number {
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

/** Positions (into the vector) of its `count` heaviest terms (among those `keep` accepts). */
export function heaviestTerms(vector: CompactVector, count: number, keep: (term: number) => boolean = () => true): number[] {
  const order = Array.from(vector.terms, (_, k) => k).filter((k) => keep(vector.terms[k]!));
  order.sort((x, y) => vector.weights[y]! - vector.weights[x]! || vector.terms[x]! - vector.terms[y]!);
  return order.slice(0, count);
}
