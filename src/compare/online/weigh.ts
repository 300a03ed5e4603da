import type { TermCounts, TermTable } from './terms.ts';

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
 * Sublinear term frequency times idf times the term's namespace weight; only the `limit` heaviest terms
 * are kept (ties by term id), then the vector is normalised to unit length.
 */
export function weighTerms(counted: TermCounts, table: TermTable, limit: number): CompactVector {
  const ids = new Int32Array(counted.ids.length);
  const weights = new Float64Array(counted.ids.length);
  let size = 0;
  for (let k = 0; k < counted.ids.length; k++) {
    const id = counted.ids[k]!;
    const block = table.weight(id);
    const count = counted.counts[k]!;
    if (block === 0 || count <= 0) continue;
    ids[size] = id;
    weights[size++] = block * (1 + Math.log(count)) * table.idf(id);
  }
  const order = byId(ids, size <= limit ? allPositions(size) : heaviest(ids, weights, size, limit));
  let sum = 0;
  for (let i = 0; i < order.length; i++) sum += weights[order[i]!]! * weights[order[i]!]!;
  const norm = Math.sqrt(sum) || 1;
  const terms = new Int32Array(order.length);
  const unit = new Float32Array(order.length);
  for (let i = 0; i < order.length; i++) {
    terms[i] = ids[order[i]!]!;
    unit[i] = weights[order[i]!]! / norm;
  }
  return { terms, weights: unit };
}

function allPositions(size: number): number[] {
  const positions = new Array<number>(size);
  for (let k = 0; k < size; k++) positions[k] = k;
  return positions;
}

/** Positions of the `limit` heaviest of the first `size` terms (ties by term id). */
function heaviest(ids: Int32Array, weights: Float64Array, size: number, limit: number): number[] {
  return allPositions(size)
    .sort((x, y) => weights[y]! - weights[x]! || ids[x]! - ids[y]!)
    .slice(0, limit);
}

/** The positions sorted by their (distinct) term ids, by one numeric sort of id-and-position keys. */
function byId(ids: Int32Array, positions: readonly number[]): Int32Array {
  const span = ids.length + 1;
  const keys = new Float64Array(positions.length);
  for (let i = 0; i < positions.length; i++) keys[i] = ids[positions[i]!]! * span + positions[i]!;
  keys.sort();
  const order = new Int32Array(keys.length);
  for (let i = 0; i < keys.length; i++) order[i] = keys[i]! % span;
  return order;
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

/**
 * One vector spread over a dense array indexed by term id, so that its cosine with many others
 * costs one pass over each of them (no merge of two term lists).
 */
export class DenseVector {
  private weights = new Float32Array(1024);
  private loaded: CompactVector | null = null;

  load(vector: CompactVector): void {
    this.unload();
    const last = vector.terms[vector.terms.length - 1] ?? 0;
    if (last >= this.weights.length) this.grow(last);
    for (let k = 0; k < vector.terms.length; k++) this.weights[vector.terms[k]!] = vector.weights[k]!;
    this.loaded = vector;
  }

  /** Cosine of the loaded vector with `other` (both unit length). */
  cosine(other: CompactVector): number {
    let sum = 0;
    const limit = this.weights.length;
    for (let k = 0; k < other.terms.length; k++) {
      const term = other.terms[k]!;
      if (term < limit) sum += this.weights[term]! * other.weights[k]!;
    }
    return sum;
  }

  private unload(): void {
    if (this.loaded === null) return;
    for (const term of this.loaded.terms) this.weights[term] = 0;
    this.loaded = null;
  }

  private grow(term: number): void {
    let size = this.weights.length;
    while (size <= term) size *= 2;
    this.weights = new Float32Array(size);
  }
}
