import type { CompactVector } from './weigh.ts';
import { grown } from '../grown.ts';
import type { RowList } from '../row-list.ts';
import { IndexHeap } from '../index-heap.ts';
import { selectNth, sortRange } from '../select.ts';
import type { Postings } from './postings.ts';

/** How far retrieval looks: the article's heaviest terms, and the newest entries of each posting list. */
export interface RetrievalLimits {
  /** The heaviest terms of an article it is indexed and searched by. */
  readonly indexTerms: number;
  /** The newest entries read from each posting list. */
  readonly postingsRead: number;
  /** Candidates kept (by shared heavy-term weight) for an exact comparison. */
  readonly candidates: number;
  /** Articles published further apart than this are not candidates (when both dates are known). */
  readonly maxGapDays: number;
}

/** What `liveDay` gives for an article without a date, and for one aged out. */
export const UNDATED_DAY = -(2 ** 31);
export const AGED_DAY = 2 ** 31 - 1;

/**
 * The terms each article of a window is searched by (heaviest first), with their weights: row `i`
 * is the window's `i`th article.
 */
export type WindowSearches = RowList;

/** Scratch sort keys and index terms of `retrievalTerms` (one article at a time). */
let rankKeys = new Float64Array(512);
let indexTerms = new Int32Array(128);

/**
 * An article is searched by its heaviest terms that other articles hold too (a term only it holds
 * finds nothing), and indexed under those and its heaviest terms overall (later articles may share
 * them). Terms rank by weight, ties to the smaller term id (the earlier position), by keys that
 * pack a weight's bits (positive floats order as their bits do) with the position, sorted only as
 * far as the walk down the ranks reaches. The search terms go into `searches` (as the next
 * article); the index terms, ascending, are returned as a view of scratch memory that the next
 * call reuses.
 */
export function retrievalTerms(vector: CompactVector, limits: RetrievalLimits, shared: (term: number) => boolean, searches: WindowSearches): Int32Array {
  const size = vector.terms.length;
  const span = size + 1;
  if (size > rankKeys.length) rankKeys = grown(rankKeys, size);
  const limit = limits.indexTerms;
  if (2 * limit > indexTerms.length) indexTerms = grown(indexTerms, 2 * limit);
  const bits = new Int32Array(vector.weights.buffer, vector.weights.byteOffset, size);
  for (let k = 0; k < size; k++) rankKeys[k] = bits[k]! * span + (size - k);
  let searched = 0;
  let indexed = 0;
  /** Keys from here on are sorted and the largest: ranks are sorted a few dozen at a time, as the walk reaches them. */
  let sortedFrom = size;
  for (let rank = 0; rank < size && (searched < limit || rank < limit); rank++) {
    if (size - 1 - rank < sortedFrom) {
      const next = Math.max(0, sortedFrom - Math.max(2 * limit, size - sortedFrom));
      selectNth(rankKeys, 0, sortedFrom, next);
      sortRange(rankKeys, next, sortedFrom);
      sortedFrom = next;
    }
    const k = size - (rankKeys[size - 1 - rank]! % span);
    const term = vector.terms[k]!;
    if (searched < limit && shared(term)) {
      searches.push(term, vector.weights[k]!);
      searched++;
      indexTerms[indexed++] = term;
    } else if (rank < limit) indexTerms[indexed++] = term;
  }
  searches.close();
  return indexTerms.subarray(0, indexed).sort();
}

/** What retrieval needs to know of the indexed articles. */
export interface Indexed {
  readonly size: number;
  /** Whether the article has aged out (it is never a candidate). */
  aged(slot: number): boolean;
  day(slot: number): number | undefined;
  /** The slot's publication day while it is not aged out: `UNDATED_DAY` when unknown, `AGED_DAY` once aged out (one read where retrieval needs both). */
  liveDay(slot: number): number;
  /** Content-key order of two slots: negative when `slotA`'s key comes first, 0 when equal. */
  compareKeys(slotA: number, slotB: number): number;
}

/**
 * The first three UTF-16 code units of a key as one number (48 bits, exact in a double): two keys
 * whose prefixes differ are ordered as their prefixes are; equal prefixes need the keys compared.
 */
export function keyPrefix(key: string): number {
  return (key.charCodeAt(0) || 0) * 2 ** 32 + (key.charCodeAt(1) || 0) * 2 ** 16 + (key.charCodeAt(2) || 0);
}

/**
 * The summed weights of the slots one search reaches, reused from one search to the next: a small
 * hash table from a slot to its place in the order the slots were first reached, and the sums in
 * that order, so that a search touches a few kilobytes however many slots the index has.
 */
export class Accumulator {
  /** Place + 1 of the slot hashed here (0: empty). */
  private table = new Int32Array(1 << 12);
  private shift = 32 - 12;
  private reachedSlots = new Int32Array(1024);
  private reachedSums = new Float64Array(1024);
  /** Where each place sits in `table`, so that clearing touches only those. */
  private positions = new Int32Array(1024);
  private count = 0;

  /** Slots reached since the last `clear`. */
  get size(): number {
    return this.count;
  }

  /** The slot first reached in this place. */
  slot(place: number): number {
    return this.reachedSlots[place]!;
  }

  /** The summed weight of the slot in this place. */
  sum(place: number): number {
    return this.reachedSums[place]!;
  }

  add(slot: number, weight: number): void {
    if (2 * (this.count + 1) > this.table.length) this.rehash();
    const table = this.table;
    const mask = table.length - 1;
    for (let at = Math.imul(slot, 0x9e3779b1) >>> this.shift; ; at = (at + 1) & mask) {
      const place = table[at]! - 1;
      if (place < 0) {
        if (this.count === this.reachedSlots.length) this.growPlaces();
        table[at] = this.count + 1;
        this.positions[this.count] = at;
        this.reachedSlots[this.count] = slot;
        this.reachedSums[this.count++] = weight;
        return;
      }
      if (this.reachedSlots[place] === slot) {
        this.reachedSums[place]! += weight;
        return;
      }
    }
  }

  clear(): void {
    for (let place = 0; place < this.count; place++) this.table[this.positions[place]!] = 0;
    this.count = 0;
  }

  private growPlaces(): void {
    this.reachedSlots = grown(this.reachedSlots, this.count);
    this.reachedSums = grown(this.reachedSums, this.count);
    this.positions = grown(this.positions, this.count);
  }

  /** Doubles the table and puts every place back. */
  private rehash(): void {
    this.table = new Int32Array(2 * this.table.length);
    this.shift--;
    const mask = this.table.length - 1;
    for (let place = 0; place < this.count; place++) {
      let at = Math.imul(this.reachedSlots[place]!, 0x9e3779b1) >>> this.shift;
      while (this.table[at] !== 0) at = (at + 1) & mask;
      this.table[at] = place + 1;
      this.positions[place] = at;
    }
  }
}

/** Scratch copy of the posting entries being read (one list at a time). */
let entries = new Int32Array(64);

/**
 * The articles most worth comparing with the article in slot `self`: those indexed under its search
 * terms (row `article` of `searches`), ranked by the summed weight of the shared terms (ties by
 * content key), at most `limits.candidates`. Only the newest `postingsRead` entries of each list
 * are read, so the cost stays flat however large the index grows.
 */
export function retrieveCandidates(
  postings: Postings,
  indexed: Indexed,
  self: number,
  searches: WindowSearches,
  article: number,
  limits: RetrievalLimits,
  found: Accumulator,
): number[] {
  const day = indexed.day(self);
  if (limits.postingsRead > entries.length) entries = grown(entries, limits.postingsRead);
  for (let at = searches.start(article); at < searches.end(article); at++) {
    const weight = searches.weight(at);
    const term = searches.value(at);
    const read = postings.newestInto(term, limits.postingsRead, entries);
    for (let k = 0; k < read; k++) {
      const slot = entries[k]!;
      if (slot === self) continue;
      const other = indexed.liveDay(slot);
      if (other === AGED_DAY || (day !== undefined && other !== UNDATED_DAY && Math.abs(other - day) > limits.maxGapDays)) continue;
      found.add(slot, weight);
    }
  }
  const before = (x: number, y: number): boolean => {
    const sumX = found.sum(x);
    const sumY = found.sum(y);
    if (sumX !== sumY) return sumX > sumY;
    return indexed.compareKeys(found.slot(x), found.slot(y)) < 0;
  };
  const ranked = best(found.size, limits.candidates, before).map((place) => found.slot(place));
  found.clear();
  return ranked;
}

/** The heap `best` works in (one search at a time). */
const bestHeap = new IndexHeap(() => false);

/**
 * The `count` of the items 0..items-1 that rank first by `before`, in that order: one pass that
 * keeps the kept ones in a binary heap whose root is the weakest, so the cost grows with the items
 * times log(count).
 */
export function best(items: number, count: number, before: (x: number, y: number) => boolean): number[] {
  const heap = bestHeap;
  heap.reuse((x, y) => before(y, x));
  for (let item = 0; item < items; item++) {
    if (heap.size < count) heap.push(item);
    else if (count > 0 && before(item, heap.peek())) {
      heap.pop();
      heap.push(item);
    }
  }
  const kept = new Array<number>(heap.size);
  for (let k = heap.size - 1; k >= 0; k--) kept[k] = heap.pop();
  return kept;
}
