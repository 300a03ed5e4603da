import type { AnnotatedArticle } from '../model.ts';
import { mix32 } from './minhash-hash.ts';
import { shingles } from './shingles.ts';

/**
 * A fixed-size sketch of an article's content. One-permutation MinHash: each shingle hash falls
 * into one of `minhashSize` bins (its top bits) and a bin keeps its least hash; an empty bin
 * borrows the value of the first filled bin along a probe sequence fixed for that bin, so that two
 * signatures agree on a value with probability the Jaccard similarity of their shingle sets.
 */
export interface MinHashSignature {
  readonly minima: Uint32Array;
  /** Distinct shingles of the content (0 when it has fewer words than a shingle: no signature). */
  readonly shingles: number;
}

/** Values per signature (a power of two). */
export const minhashSize = 128;

const binShift = 32 - Math.log2(minhashSize);
const EMPTY = 0xffffffff;
/** Probes an empty bin tries along its own sequence before taking the next filled bin around. */
const maxProbes = 4 * minhashSize;

/** The bin that empty bin `bin` looks at on probe `attempt` (the same for every signature). */
function probe(bin: number, attempt: number): number {
  return mix32((bin << 16) ^ attempt ^ 0x5bd1e995) >>> binShift;
}

/** Fills each empty bin from the filled bins (optimal densification, Shrivastava 2017). */
function densify(minima: Uint32Array, filled: Uint8Array): void {
  for (let bin = 0; bin < minhashSize; bin++) {
    if (filled[bin] === 1) continue;
    let source = -1;
    for (let attempt = 1; attempt <= maxProbes && source < 0; attempt++) {
      const candidate = probe(bin, attempt);
      if (filled[candidate] === 1) source = candidate;
    }
    for (let step = 1; source < 0; step++) {
      const candidate = (bin + step) % minhashSize;
      if (filled[candidate] === 1) source = candidate;
    }
    minima[bin] = minima[source]!;
  }
}

/** The signature of a set of distinct shingle hashes. */
export function signatureOf(shingleHashes: Uint32Array): MinHashSignature {
  const minima = new Uint32Array(minhashSize).fill(EMPTY);
  if (shingleHashes.length === 0) return { minima, shingles: 0 };
  const filled = new Uint8Array(minhashSize);
  for (let s = 0; s < shingleHashes.length; s++) {
    const value = mix32(shingleHashes[s]!);
    const bin = value >>> binShift;
    filled[bin] = 1;
    if (value < minima[bin]!) minima[bin] = value;
  }
  densify(minima, filled);
  return { minima, shingles: shingleHashes.length };
}

export function articleSignature(article: AnnotatedArticle): MinHashSignature {
  return signatureOf(shingles(article));
}

/** Share of agreeing values: an estimate of the Jaccard similarity of the two shingle sets. */
export function estimatedJaccard(a: MinHashSignature, b: MinHashSignature): number {
  if (a.shingles === 0 || b.shingles === 0) return 0;
  let agree = 0;
  for (let i = 0; i < minhashSize; i++) if (a.minima[i] === b.minima[i]) agree++;
  return agree / minhashSize;
}

/**
 * How much of the smaller set the larger holds, from the Jaccard estimate J and the exact set
 * sizes: |A ∩ B| = J (|A| + |B|) / (1 + J).
 */
export function estimatedContainment(a: MinHashSignature, b: MinHashSignature): number {
  const jaccard = estimatedJaccard(a, b);
  const smaller = Math.min(a.shingles, b.shingles);
  if (smaller === 0) return 0;
  return Math.min(1, (jaccard * (a.shingles + b.shingles)) / (1 + jaccard) / smaller);
}
