import type { CompactVector } from './weigh.ts';
import { Heap } from '../heap.ts';
import { grown } from '../grown.ts';

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

/** The list of a term no article is indexed under. */
const NO_SLOTS: readonly number[] = [];

/** How often (in entries added) a posting list sheds the slots at its head it no longer needs. */
const TRIM_EVERY = 64;

/**
 * Term id -> the slots of the articles indexed under it, oldest first. Retrieval reads only the
 * newest `kept` entries of a list, so every few additions a list sheds the slots before those,
 * and the slots at its head that have aged out (`aged`); a forgotten term's list goes. The lists
 * hold at most `kept` + `TRIM_EVERY` entries each, however large the index.
 */
export class Postings {
  /** Indexed by term id (ids are small and dense), so that a lookup is one array read. */
  private readonly lists: (number[] | undefined)[] = [];

  constructor(
    /** Entries a list keeps at least: retrieval's `postingsRead`. */
    private readonly kept: number,
    private readonly aged: (slot: number) => boolean = () => false,
  ) {}

  add(term: number, slot: number): void {
    const list = this.lists[term];
    if (list === undefined) {
      while (this.lists.length < term) this.lists.push(undefined);
      this.lists[term] = [slot];
    } else {
      list.push(slot);
      if (list.length % TRIM_EVERY === 0 || list.length >= this.kept + TRIM_EVERY) this.shed(list);
    }
  }

  list(term: number): readonly number[] {
    return this.lists[term] ?? NO_SLOTS;
  }

  /** Drops a forgotten term's list. */
  drop(term: number): void {
    if (term < this.lists.length) this.lists[term] = undefined;
  }

  private shed(list: number[]): void {
    let head = Math.max(0, list.length - this.kept);
    while (head < list.length && this.aged(list[head]!)) head++;
    if (head > 0) list.splice(0, head);
  }
}

/** The terms an article is searched by (with their weights) and indexed under. */
export interface RetrievalTerms {
  readonly search: readonly { readonly term: number; readonly weight: number }[];
  readonly index: readonly number[];
}

/**
 * An article is searched by its heaviest terms that other articles hold too (a term only it holds
 * finds nothing), and indexed under those and its heaviest terms overall (later articles may share
 * them).
 */
export function retrievalTerms(vector: CompactVector, limits: RetrievalLimits, shared: (term: number) => boolean): RetrievalTerms {
  const heaviest: number[] = [];
  const heaviestShared: number[] = [];
  for (let k = 0; k < vector.terms.length; k++) {
    keepHeaviest(heaviest, k, vector.weights, limits.indexTerms);
    if (shared(vector.terms[k]!)) keepHeaviest(heaviestShared, k, vector.weights, limits.indexTerms);
  }
  const search = heaviestShared.map((k) => ({ term: vector.terms[k]!, weight: vector.weights[k]! }));
  const index = new Set([...heaviest.map((k) => vector.terms[k]!), ...search.map((s) => s.term)]);
  return { search, index: [...index].sort((a, b) => a - b) };
}

/**
 * Inserts position `k` into `kept` (positions, heaviest first, at most `limit`). Positions come
 * in ascending term order, so a weight tie keeps the earlier (smaller) term first.
 */
function keepHeaviest(kept: number[], k: number, weights: Float32Array, limit: number): void {
  const weight = weights[k]!;
  if (limit <= 0) return;
  if (kept.length === limit && !(weight > weights[kept[limit - 1]!]!)) return;
  let at = kept.length === limit ? limit - 1 : kept.length;
  while (at > 0 && weight > weights[kept[at - 1]!]!) {
    kept[at] = kept[at - 1]!;
    at--;
  }
  kept[at] = k;
}

/** What retrieval needs to know of the indexed articles. */
export interface Indexed {
  readonly size: number;
  /** Whether the article has aged out (it is never a candidate). */
  aged(slot: number): boolean;
  day(slot: number): number | undefined;
  key(slot: number): string;
  /** `keyPrefix` of the article's key, kept so that ranking reads a number, not a string. */
  keyPrefix(slot: number): number;
}

/**
 * The first three UTF-16 code units of a key as one number (48 bits, exact in a double): two keys
 * whose prefixes differ are ordered as their prefixes are; equal prefixes need the keys compared.
 */
export function keyPrefix(key: string): number {
  return (key.charCodeAt(0) || 0) * 2 ** 32 + (key.charCodeAt(1) || 0) * 2 ** 16 + (key.charCodeAt(2) || 0);
}

/** Per-slot sums reused from one search to the next (cleared through the list of touched slots). */
export class Accumulator {
  private sums = new Float64Array(1024);
  readonly touched: number[] = [];

  add(slot: number, weight: number): void {
    if (slot >= this.sums.length) this.sums = grown(this.sums, slot);
    if (this.sums[slot] === 0) this.touched.push(slot);
    this.sums[slot]! += weight;
  }

  sum(slot: number): number {
    return this.sums[slot] ?? 0;
  }

  clear(): void {
    for (const slot of this.touched) this.sums[slot] = 0;
    this.touched.length = 0;
  }
}

/**
 * The articles most worth comparing with the article in slot `self`: those indexed under its search
 * terms, ranked by the summed weight of the shared terms (ties by content key), at most
 * `limits.candidates`. Only the newest `postingsRead` entries of each list are read, so the cost
 * stays flat however large the index grows.
 */
export function retrieveCandidates(
  postings: Postings,
  indexed: Indexed,
  self: number,
  search: RetrievalTerms['search'],
  limits: RetrievalLimits,
  found: Accumulator,
): number[] {
  const day = indexed.day(self);
  for (const { term, weight } of search) {
    const list = postings.list(term);
    const oldest = Math.max(0, list.length - limits.postingsRead);
    for (let i = list.length - 1; i >= oldest; i--) {
      const slot = list[i]!;
      if (slot !== self && !indexed.aged(slot) && !tooFarApart(day, indexed.day(slot), limits.maxGapDays)) found.add(slot, weight);
    }
  }
  const before = (x: number, y: number): boolean => {
    const sumX = found.sum(x);
    const sumY = found.sum(y);
    if (sumX !== sumY) return sumX > sumY;
    const prefixX = indexed.keyPrefix(x);
    const prefixY = indexed.keyPrefix(y);
    return prefixX < prefixY || (prefixX === prefixY && indexed.key(x) < indexed.key(y));
  };
  const ranked = best(found.touched, limits.candidates, before);
  found.clear();
  return ranked;
}

/**
 * The `count` items that rank first by `before`, in that order: one pass that keeps the kept ones
 * in a heap whose root is the weakest, so the cost grows with the items times log(count).
 */
export function best(items: readonly number[], count: number, before: (x: number, y: number) => boolean): number[] {
  const heap = new Heap<number>((x, y) => before(y, x));
  for (const item of items) {
    if (heap.size < count) heap.push(item);
    else if (count > 0 && before(item, heap.peek()!)) {
      heap.pop();
      heap.push(item);
    }
  }
  const kept: number[] = [];
  while (heap.size > 0) kept.push(heap.pop()!);
  return kept.reverse();
}

function tooFarApart(a: number | undefined, b: number | undefined, maxGapDays: number): boolean {
  return a !== undefined && b !== undefined && Math.abs(a - b) > maxGapDays;
}
