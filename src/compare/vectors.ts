import type { ArticleFeatures } from './features.ts';

/** A sparse, L2-normalised TF-IDF vector: term ids ascending, with their weights. */
export interface SparseVector {
  readonly terms: Int32Array;
  readonly weights: Float64Array;
}

/** How much each namespace of terms counts, relative to content words. */
export interface BlockWeights {
  readonly [namespace: string]: number;
}

/** The vocabulary (term -> id, in sorted term order, so ids never depend on input order). */
export function vocabulary(features: readonly ArticleFeatures[]): Map<string, number> {
  const all = new Set<string>();
  for (const f of features) for (const term of f.terms.keys()) all.add(term);
  return new Map([...all].sort().map((term, i) => [term, i]));
}

/** Smoothed inverse document frequency over the given articles, by term id. */
export function inverseDocumentFrequency(
  features: readonly ArticleFeatures[],
  vocab: ReadonlyMap<string, number>,
): Float64Array {
  const df = new Float64Array(vocab.size);
  for (const f of features) for (const term of f.terms.keys()) df[vocab.get(term) ?? 0]! += 1;
  const n = features.length;
  return df.map((d) => Math.log((1 + n) / (1 + d)) + 1);
}

/** Sublinear term frequency times idf times the namespace weight, normalised to unit length. */
export function tfidfVector(
  features: ArticleFeatures,
  vocab: ReadonlyMap<string, number>,
  idf: Float64Array,
  blocks: BlockWeights,
): SparseVector {
  const entries: [number, number][] = [];
  for (const [term, count] of features.terms) {
    const id = vocab.get(term);
    const block = blocks[term.slice(0, 2)] ?? 1;
    if (id === undefined || block === 0 || count <= 0) continue;
    entries.push([id, block * (1 + Math.log(count)) * (idf[id] ?? 0)]);
  }
  entries.sort((a, b) => a[0] - b[0]);
  let norm = 0;
  for (const [, w] of entries) norm += w * w;
  norm = Math.sqrt(norm) || 1;
  return {
    terms: Int32Array.from(entries, (e) => e[0]),
    weights: Float64Array.from(entries, (e) => e[1] / norm),
  };
}

export function tfidfVectors(features: readonly ArticleFeatures[], blocks: BlockWeights): SparseVector[] {
  const vocab = vocabulary(features);
  const idf = inverseDocumentFrequency(features, vocab);
  return features.map((f) => tfidfVector(f, vocab, idf, blocks));
}
