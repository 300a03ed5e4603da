import { grown } from '../grown.ts';

/**
 * Term id -> the slots of the articles indexed under it, in the order they were added. Retrieval
 * reads only the newest `kept` entries of a list, so a list keeps only those: it grows through
 * chunks of 1, 2, 4 ... entries of one typed slab (a list that outgrows its chunk moves to one twice
 * as large, and the chunk goes to a free list of its size) up to the smallest power of two that
 * holds `kept`, then turns into a ring where each new entry takes the place of the oldest. No list
 * is an object of its own, so the half million lists of a large index give the collector nothing
 * to trace; a forgotten term's chunk is freed.
 */
export class Postings {
  private slab = new Int32Array(1 << 16);
  /** Units of the slab handed out so far (free chunks included). */
  private top = 0;
  /** Per term id: where its chunk starts, and how many entries it was given since it was made (0: none). */
  private starts = new Int32Array(1024);
  private counts = new Int32Array(1024);
  /** Per term id: the capacity of its chunk, as a power of two. */
  private capacities = new Uint8Array(1024);
  /** Offsets of free chunks, by capacity bits. */
  private readonly free: number[][] = [];
  /** Capacity bits of a full list: the ring. */
  private readonly ringBits: number;

  /** `kept`: the newest entries a list must keep (retrieval's `postingsRead`). */
  constructor(kept: number) {
    let bits = 0;
    while (bits < 30 && 1 << bits < kept) bits++;
    this.ringBits = bits;
  }

  add(term: number, slot: number): void {
    if (term >= this.counts.length) {
      this.counts = grown(this.counts, term);
      this.starts = grown(this.starts, term);
      this.capacities = grown(this.capacities, term);
    }
    const count = this.counts[term]!;
    let bits = this.capacities[term]!;
    if (count === 0) {
      bits = 0;
      this.starts[term] = this.take(bits);
    } else if (count === 1 << bits && bits < this.ringBits) this.move(term, count, ++bits);
    this.slab[this.starts[term]! + (count & ((1 << bits) - 1))] = slot;
    this.capacities[term] = bits;
    this.counts[term] = count + 1;
  }

  /** How many entries of the term's list are kept (the newest ones). */
  length(term: number): number {
    return Math.min(this.counts[term] ?? 0, 1 << this.ringBits);
  }

  /**
   * Copies the term's newest entries, newest first, at most `limit` of them, into `into` (which
   * must hold `limit`); returns how many: one pass over the list instead of a lookup per entry.
   */
  newestInto(term: number, limit: number, into: Int32Array): number {
    const read = Math.min(this.length(term), limit);
    const start = this.starts[term]!;
    const mask = (1 << this.capacities[term]!) - 1;
    const last = this.counts[term]! - 1;
    const slab = this.slab;
    for (let back = 0; back < read; back++) into[back] = slab[start + ((last - back) & mask)]!;
    return read;
  }

  /** Frees a forgotten term's list. */
  drop(term: number): void {
    const count = this.counts[term] ?? 0;
    if (count === 0) return;
    this.release(this.starts[term]!, this.capacities[term]!);
    this.counts[term] = 0;
  }

  /** Moves a full list of `count` entries (none overwritten yet) to a chunk of 2^`bits`. */
  private move(term: number, count: number, bits: number): void {
    const from = this.starts[term]!;
    const to = this.take(bits);
    this.slab.copyWithin(to, from, from + count);
    this.release(from, this.capacities[term]!);
    this.starts[term] = to;
  }

  /** A free chunk of 2^`bits` entries. */
  private take(bits: number): number {
    const reused = this.free[bits]?.pop();
    if (reused !== undefined) return reused;
    const size = 1 << bits;
    if (this.top + size > this.slab.length) this.slab = grown(this.slab, this.top + size);
    this.top += size;
    return this.top - size;
  }

  private release(start: number, bits: number): void {
    while (this.free.length <= bits) this.free.push([]);
    this.free[bits]!.push(start);
  }
}
