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

/**
 * The probe sequence of every bin, computed once: bin `b` tries `probes[b * maxProbes + attempt - 1]`
 * on probe `attempt`.
 */
const probes = Uint8Array.from({ length: minhashSize * maxProbes }, (_, i) => probe(Math.floor(i / maxProbes), (i % maxProbes) + 1));

/** The filled bin an empty bin borrows from: the first filled along its probes, else the next filled around. */
function sourceBin(bin: number, filled: Uint8Array): number {
  const from = bin * maxProbes;
  for (let attempt = 0; attempt < maxProbes; attempt++) {
    const candidate = probes[from + attempt]!;
    if (filled[candidate] === 1) return candidate;
  }
  for (let step = 1; ; step++) {
    const candidate = (bin + step) % minhashSize;
    if (filled[candidate] === 1) return candidate;
  }
}

/** Fills each empty bin from the filled bins (optimal densification, Shrivastava 2017). */
function densify(minima: Uint32Array, filled: Uint8Array): void {
  for (let bin = 0; bin < minhashSize; bin++) if (filled[bin] === 0) minima[bin] = minima[sourceBin(bin, filled)]!;
}

/** Reused between signatures: which bins a shingle fell into. */
const filledBins = new Uint8Array(minhashSize);

/** The signature of a set of distinct shingle hashes. */
export function signatureOf(shingleHashes: Uint32Array): MinHashSignature {
  const minima = new Uint32Array(minhashSize).fill(EMPTY);
  if (shingleHashes.length === 0) return { minima, shingles: 0 };
  const filled = filledBins.fill(0);
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

/**
 * How many of the `minhashSize` values agree between the signatures at `fromA` in `a` and
 * `fromB` in `b`; or, once more than `maxDisagreeing` values disagree, -1.
 */
export function agreeingValues(a: Uint32Array, fromA: number, b: Uint32Array, fromB: number, maxDisagreeing = minhashSize): number {
  let disagree = 0;
  for (let i = 0; i < minhashSize; i++) if (a[fromA + i] !== b[fromB + i] && ++disagree > maxDisagreeing) return -1;
  return minhashSize - disagree;
}

/** Share of agreeing values: an estimate of the Jaccard similarity of the two shingle sets. */
export function estimatedJaccard(a: MinHashSignature, b: MinHashSignature): number {
  if (a.shingles === 0 || b.shingles === 0) return 0;
  return agreeingValues(a.minima, 0, b.minima, 0) / minhashSize;
}

/**
 * How much of the smaller of two sets (of `sizeA` and `sizeB` shingles) the larger holds, from the
 * Jaccard estimate J: |A ∩ B| = J (|A| + |B|) / (1 + J).
 */
export function containmentOf(jaccard: number, sizeA: number, sizeB: number): number {
  const smaller = Math.min(sizeA, sizeB);
  if (smaller === 0) return 0;
  return Math.min(1, (jaccard * (sizeA + sizeB)) / (1 + jaccard) / smaller);
}

/** How much of the smaller set the larger holds, estimated from the signatures and the exact set sizes. */
export function estimatedContainment(a: MinHashSignature, b: MinHashSignature): number {
  return containmentOf(estimatedJaccard(a, b), a.shingles, b.shingles);
}
