import type { TermCounts, TermTable } from './terms.ts';
import { grown } from '../grown.ts';
import { selectNth } from '../select.ts';
import type { VectorStore } from './vector-store.ts';

/** How much each namespace of terms counts ("w:", "e:", ...), relative to content words. */
export interface BlockWeights {
  readonly [namespace: string]: number;
}

/** An article's weighted terms, kept compact: term ids ascending, unit length. */
export interface CompactVector {
  readonly terms: Int32Array;
  readonly weights: Float32Array;
}

/** Scratch ids, raw weights and sort keys of the article being weighed (one at a time), grown as needed. */
let scratchIds = new Int32Array(1024);
let scratchWeights = new Float64Array(1024);
let scratchKeys = new Float64Array(1024);
/** Scratch memory the weighed vector is written to: its term ids, and its weights. */
let vectorIds = new Int32Array(512);
let vectorWeights = new Float32Array(512);

/**
 * The vector of the counts at [start, end) of `counted`: sublinear term frequency times idf times
 * the term's namespace weight; only the `limit` heaviest terms are kept (ties by term id), then the
 * vector is normalised to unit length. Its terms and weights are views of scratch memory, valid
 * until the next call (the story index copies each vector into its store at once): a window of
 * articles weighed one after another leaves no buffer behind per article.
 */
export function weighTerms(counted: TermCounts, table: TermTable, limit: number, start = 0, end = counted.ids.length): CompactVector {
  const length = end - start;
  if (length > scratchIds.length) {
    scratchIds = grown(scratchIds, length);
    scratchWeights = grown(scratchWeights, length);
    scratchKeys = grown(scratchKeys, length);
  }
  const ids = scratchIds;
  const weights = scratchWeights;
  let size = 0;
  for (let k = start; k < end; k++) {
    const id = counted.ids[k]!;
    const block = table.weight(id);
    const count = counted.counts[k]!;
    if (block === 0 || count <= 0) continue;
    ids[size] = id;
    weights[size++] = block * (1 + Math.log(count)) * table.idf(id);
  }
  const order = byId(ids, size, size <= limit ? undefined : heaviest(ids, weights, size, limit));
  const span = size + 1;
  let sum = 0;
  for (let i = 0; i < order.length; i++) {
    const weight = weights[order[i]! % span]!;
    sum += weight * weight;
  }
  const norm = Math.sqrt(sum) || 1;
  if (order.length > vectorIds.length) {
    vectorIds = grown(vectorIds, order.length);
    vectorWeights = grown(vectorWeights, order.length);
  }
  for (let i = 0; i < order.length; i++) {
    const k = order[i]! % span;
    vectorIds[i] = ids[k]!;
    vectorWeights[i] = weights[k]! / norm;
  }
  return { terms: vectorIds.subarray(0, order.length), weights: vectorWeights.subarray(0, order.length) };
}

/**
 * Positions of the `limit` heaviest of the first `size` terms (ties by term id): the weight of the
 * last one kept is found by selection (no sort), then every heavier term is kept and the ties at
 * that weight by ascending id.
 */
function heaviest(ids: Int32Array, weights: Float64Array, size: number, limit: number): number[] {
  scratchKeys.set(weights.subarray(0, size));
  selectNth(scratchKeys, 0, size, size - limit);
  const cut = scratchKeys[size - limit]!;
  const kept: number[] = [];
  const tied: number[] = [];
  for (let k = 0; k < size; k++) {
    if (weights[k]! > cut) kept.push(k);
    else if (weights[k] === cut) tied.push(k);
  }
  tied.sort((x, y) => ids[x]! - ids[y]!);
  for (const k of tied) {
    if (kept.length === limit) break;
    kept.push(k);
  }
  return kept;
}

/**
 * The positions (below `size`; all of them when `positions` is undefined) sorted by their (distinct)
 * term ids, by one numeric sort of id-and-position keys: a key modulo `size + 1` is its position.
 * The keys are scratch memory, valid until the next call.
 */
function byId(ids: Int32Array, size: number, positions: readonly number[] | undefined): Float64Array {
  const span = size + 1;
  const count = positions?.length ?? size;
  const keys = scratchKeys.subarray(0, count);
  for (let i = 0; i < count; i++) {
    const k = positions === undefined ? i : positions[i]!;
    keys[i] = ids[k]! * span + k;
  }
  return keys.sort();
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

/** Bits of the loaded vector's Bloom filter, as a power of two (2^13: under 4% of them set by 300 terms). */
const BLOOM_BITS = 13;

/** Fibonacci hashing of a term id: the high bits of a product pick its table slot and its Bloom filter bit. */
const spread = (term: number): number => Math.imul(term, 0x9e3779b1);
/** The word of the Bloom filter that a spread term's bit lies in, and that bit within the word. */
const bloomWord = (hash: number): number => hash >>> (32 - BLOOM_BITS + 5);
const bloomBit = (hash: number): number => 1 << ((hash >>> (32 - BLOOM_BITS)) & 31);

/**
 * One vector loaded into a small open-addressing table keyed by term id (four slots per term at
 * least), so that its cosine with many others costs one pass over each of them, and every lookup
 * stays in a table of a few kilobytes however many term ids the index has made. A bitmap of the
 * loaded terms' hashes (a one-hash Bloom filter, 1 KB) answers most lookups of terms the
 * vector does not hold (most of them) without a probe.
 */
export class LoadedVector {
  private keys = new Int32Array(1024).fill(EMPTY);
  private weights = new Float32Array(1024);
  private shift = 32 - 10;
  private readonly bits = new Int32Array(1 << (BLOOM_BITS - 5));
  private holds = false;

  load(vector: CompactVector): void {
    this.loadFrom(vector.terms, vector.weights, 0, 0, vector.terms.length);
  }

  /** Loads the slot's vector from a store. */
  loadSlot(store: VectorStore, slot: number): void {
    const at = store.offset(slot);
    const count = store.length(slot);
    this.loadFrom(store.terms, store.weights, at, at + count, count);
  }

  /** Cosine of the loaded vector with `other` (both unit length), summed in `other`'s term order. */
  cosine(other: CompactVector): number {
    return this.cosineWith(other.terms, other.weights, 0, 0, other.terms.length);
  }

  /** Cosine of the loaded vector with the slot's vector in a store. */
  cosineSlot(store: VectorStore, slot: number): number {
    const at = store.offset(slot);
    const count = store.length(slot);
    return this.cosineWith(store.terms, store.weights, at, at + count, count);
  }

  /** Loads the `count` terms at `termsAt` in `terms`, with their weights at `weightsAt` in `weights`. */
  private loadFrom(terms: Int32Array, weights: Float32Array, termsAt: number, weightsAt: number, count: number): void {
    this.unload();
    if (4 * count > this.keys.length) this.grow(4 * count);
    const keys = this.keys;
    const mask = keys.length - 1;
    for (let k = 0; k < count; k++) {
      const term = terms[termsAt + k]!;
      const hash = spread(term);
      this.bits[bloomWord(hash)]! |= bloomBit(hash);
      let slot = hash >>> this.shift;
      while (keys[slot] !== EMPTY) slot = (slot + 1) & mask;
      keys[slot] = term;
      this.weights[slot] = weights[weightsAt + k]!;
    }
    this.holds = true;
  }

  private cosineWith(terms: Int32Array, otherWeights: Float32Array, termsAt: number, weightsAt: number, count: number): number {
    const keys = this.keys;
    const weights = this.weights;
    const bits = this.bits;
    const shift = this.shift;
    const mask = keys.length - 1;
    let sum = 0;
    for (let k = 0; k < count; k++) {
      const term = terms[termsAt + k]!;
      const hash = spread(term);
      if ((bits[bloomWord(hash)]! & bloomBit(hash)) === 0) continue;
      for (let slot = hash >>> shift, key = keys[slot]!; key !== EMPTY; slot = (slot + 1) & mask, key = keys[slot]!) {
        if (key === term) {
          sum += weights[slot]! * otherWeights[weightsAt + k]!;
          break;
        }
      }
    }
    return sum;
  }

  private unload(): void {
    if (!this.holds) return;
    this.keys.fill(EMPTY);
    this.bits.fill(0);
    this.holds = false;
  }

  private grow(wanted: number): void {
    let bits = 10;
    while (1 << bits < wanted) bits++;
    this.keys = new Int32Array(1 << bits).fill(EMPTY);
    this.weights = new Float32Array(1 << bits);
    this.shift = 32 - bits;
  }
}

/** A free slot of a loaded vector's table (term ids are never negative). */
const EMPTY = -1;
