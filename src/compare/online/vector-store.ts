import type { CompactVector } from './weigh.ts';
import { grown } from '../grown.ts';

/** The smallest buffer a store keeps (in 32-bit units). */
const MIN_UNITS = 1 << 16;

/**
 * The vectors of the articles not aged out, one after the other in one buffer: each as its term
 * ids, then its weights, then the term ids the article is indexed under (kept only to be saved).
 * A cosine streams one stretch of memory (and reads a weight only where a term matches), and no
 * article keeps an object or a buffer of its own, so the collector has nothing per article to
 * trace or free. A freed vector leaves a hole; when the buffer is full, the live vectors move to
 * the front of a buffer at least twice their size, in slot order, so each live vector moves about
 * once per doubling of what was added.
 */
export class VectorStore {
  /** Term ids, and (through `weights`, the same memory) weights. */
  private units = new Int32Array(MIN_UNITS);
  private unitWeights = new Float32Array(this.units.buffer);
  /** Per slot: where its vector starts, its number of terms (0: none, or freed), and its number of index terms. */
  private offsets = new Int32Array(1024);
  private lengths = new Int32Array(1024);
  private indexLengths = new Int32Array(1024);
  /** Slots known (one past the highest set). */
  private slots = 0;
  /** Slots below this hold no vector (freed, or never set). */
  private firstHeld = 0;
  /** Units in use from the start of the buffer, and units held by live vectors. */
  private top = 0;
  private live = 0;

  /** The buffer of term ids (valid until the next `set`). */
  get terms(): Int32Array {
    return this.units;
  }

  /** The buffer of weights (valid until the next `set`). */
  get weights(): Float32Array {
    return this.unitWeights;
  }

  /** Where the slot's term ids start in `terms`; its weights start `length(slot)` units later. */
  offset(slot: number): number {
    return this.offsets[slot] ?? 0;
  }

  /** The slot's number of terms (0 when it has no vector). */
  length(slot: number): number {
    return this.lengths[slot] ?? 0;
  }

  /** Keeps the vector of a new slot (slots come in ascending order) and the terms it is indexed under. */
  set(slot: number, vector: CompactVector, indexed: Int32Array): void {
    const count = vector.terms.length;
    const units = 2 * count + indexed.length;
    if (slot >= this.offsets.length) {
      this.offsets = grown(this.offsets, slot);
      this.lengths = grown(this.lengths, slot);
      this.indexLengths = grown(this.indexLengths, slot);
    }
    if (this.top + units > this.units.length) this.compact(units);
    this.units.set(vector.terms, this.top);
    this.unitWeights.set(vector.weights, this.top + count);
    this.units.set(indexed, this.top + 2 * count);
    this.offsets[slot] = this.top;
    this.lengths[slot] = count;
    this.indexLengths[slot] = indexed.length;
    this.top += units;
    this.live += units;
    this.slots = Math.max(this.slots, slot + 1);
  }

  /** Forgets the slot's vector and index terms. */
  free(slot: number): void {
    this.live -= this.unitsOf(slot);
    this.lengths[slot] = 0;
    this.indexLengths[slot] = 0;
    while (this.firstHeld < this.slots && this.unitsOf(this.firstHeld) === 0) this.firstHeld++;
  }

  /** A copy of the term ids the slot is indexed under (empty when it has no vector). */
  indexedOf(slot: number): Int32Array {
    const at = this.offset(slot) + 2 * this.length(slot);
    return this.units.slice(at, at + (this.indexLengths[slot] ?? 0));
  }

  /** Units of the buffer the slot holds. */
  private unitsOf(slot: number): number {
    return 2 * this.length(slot) + (this.indexLengths[slot] ?? 0);
  }

  /** A copy of the slot's vector (empty when it has none). */
  vector(slot: number): CompactVector {
    const at = this.offset(slot);
    const count = this.length(slot);
    return { terms: this.units.slice(at, at + count), weights: this.unitWeights.slice(at + count, at + 2 * count) };
  }

  /** The slot's term ids, as a view valid until the next `set`. */
  termsOf(slot: number): Int32Array {
    const at = this.offset(slot);
    return this.units.subarray(at, at + this.length(slot));
  }

  /** Moves the live vectors to the front of a buffer with room for `wanted` more units and as many again. */
  private compact(wanted: number): void {
    let size = MIN_UNITS;
    while (size < 2 * (this.live + wanted)) size *= 2;
    const from = this.units;
    const to = size === from.length ? from : new Int32Array(size);
    let top = 0;
    for (let slot = this.firstHeld; slot < this.slots; slot++) {
      const units = this.unitsOf(slot);
      if (units === 0) continue;
      const at = this.offsets[slot]!;
      if (to === from) to.copyWithin(top, at, at + units);
      else to.set(from.subarray(at, at + units), top);
      this.offsets[slot] = top;
      top += units;
    }
    this.units = to;
    this.unitWeights = to === from ? this.unitWeights : new Float32Array(to.buffer);
    this.top = top;
  }
}
