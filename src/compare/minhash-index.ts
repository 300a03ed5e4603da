import type { Banding } from './lsh.ts';
import { LshBuckets, bandKeys } from './lsh.ts';
import type { MinHashSignature } from './minhash.ts';
import { estimatedContainment } from './minhash.ts';

/** When one text counts as a copy of another, and how candidates are found. */
export interface DuplicateParameters {
  /** The shorter holds at least this share of the longer's shingles (trimmed copies count). */
  readonly minLengthRatio: number;
  /** At least this share of the shorter's shingles is (by estimate) in the longer. */
  readonly minContainment: number;
  readonly banding: Banding;
  /** The newest slots read per bucket. */
  readonly maxBucketRead: number;
}

/**
 * Whether two signatures make a copy: comparable lengths, and the shorter (nearly) all in the
 * longer, as estimated from the signatures (syndicated copies, lightly edited or trimmed).
 */
export function isCopy(a: MinHashSignature, b: MinHashSignature, parameters: DuplicateParameters): boolean {
  const smaller = Math.min(a.shingles, b.shingles);
  const larger = Math.max(a.shingles, b.shingles);
  return smaller > 0 && smaller >= larger * parameters.minLengthRatio && estimatedContainment(a, b) >= parameters.minContainment;
}

/** An article as the index knows it: id, content key, publication day (days since 1970) when known, signature. */
export interface DuplicateEntry {
  readonly id: string;
  readonly key: string;
  readonly day?: number;
  readonly signature: MinHashSignature;
}

/** Canonical order: earlier day (undated last), then smaller content key, then smaller id. */
export function canonicalEntryOrder(a: Omit<DuplicateEntry, 'signature'>, b: Omit<DuplicateEntry, 'signature'>): number {
  const dayA = a.day ?? Number.POSITIVE_INFINITY;
  const dayB = b.day ?? Number.POSITIVE_INFINITY;
  if (dayA !== dayB) return dayA - dayB;
  if (a.key !== b.key) return a.key < b.key ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Syndicated copies, online: every article added is checked against the originals whose
 * signatures share an LSH bucket with its own, and marked a copy of the earliest that it copies.
 * "Earliest" is the canonical order: publication day (undated last), then content key, then id
 * (ids decide only between identical contents), so the marks do not depend on the order of
 * arrival when articles arrive in that order. When a newcomer precedes the originals it copies
 * (a late arrival), it becomes the original: they and their copies are re-pointed to it (see
 * `copiesOf`). Only originals are in the buckets, so a copy of a copy that drifted from the
 * original is an original of its own.
 */
export class DuplicateIndex {
  private readonly entries: DuplicateEntry[] = [];
  /** Slot of the original each slot copies, or -1 for an original. */
  private readonly originals: number[] = [];
  /** Slots of the copies of each original slot. */
  private readonly copies = new Map<number, number[]>();
  private readonly slotById = new Map<string, number>();
  private readonly buckets: LshBuckets;

  constructor(readonly parameters: DuplicateParameters) {
    this.buckets = new LshBuckets(parameters.banding, parameters.maxBucketRead);
  }

  get size(): number {
    return this.entries.length;
  }

  has(id: string): boolean {
    return this.slotById.has(id);
  }

  /**
   * Adds an article (its id, content key, publication day in days since 1970 when known, and
   * signature) and returns the id of the original it copies, or null. Adding a known id changes
   * nothing and returns its current mark.
   */
  add(id: string, key: string, day: number | undefined, signature: MinHashSignature): string | null {
    if (this.slotById.has(id)) return this.originalOf(id);
    const slot = this.entries.length;
    this.entries.push({ id, key, ...(day === undefined ? {} : { day }), signature });
    this.originals.push(-1);
    this.slotById.set(id, slot);
    if (signature.shingles === 0) return null;
    const bands = bandKeys(signature.minima, this.parameters.banding);
    const copied = this.copiedOriginals(slot, bands);
    const earliest = copied[0];
    if (earliest !== undefined && this.precedes(earliest, slot)) {
      this.markCopy(slot, earliest);
      return this.entries[earliest]!.id;
    }
    this.buckets.insert(bands, slot);
    for (const original of copied) this.repoint(original, slot);
    return null;
  }

  /** Adds a window of articles in canonical order (the order that makes the marks independent of arrival). */
  addWindow(window: readonly DuplicateEntry[]): void {
    for (const entry of [...window].sort(canonicalEntryOrder)) this.add(entry.id, entry.key, entry.day, entry.signature);
  }

  /** The id of the original the article copies, or null (also for an unknown id). */
  originalOf(id: string): string | null {
    const slot = this.slotById.get(id);
    const original = slot === undefined ? -1 : this.originals[slot]!;
    return original < 0 ? null : this.entries[original]!.id;
  }

  /** Ids of the articles marked as copies of this one, in the order they were marked. */
  copiesOf(id: string): string[] {
    const slot = this.slotById.get(id);
    return slot === undefined ? [] : (this.copies.get(slot) ?? []).map((copy) => this.entries[copy]!.id);
  }

  /** The originals sharing a bucket with the new slot that it copies, earliest first. */
  private copiedOriginals(slot: number, bands: Uint32Array): number[] {
    const signature = this.entries[slot]!.signature;
    return this.buckets
      .candidates(bands)
      .filter((other) => this.originals[other] === -1 && isCopy(signature, this.entries[other]!.signature, this.parameters))
      .sort((a, b) => (this.precedes(a, b) ? -1 : 1));
  }

  private precedes(a: number, b: number): boolean {
    return canonicalEntryOrder(this.entries[a]!, this.entries[b]!) < 0;
  }

  private markCopy(copy: number, original: number): void {
    this.originals[copy] = original;
    const list = this.copies.get(original);
    if (list === undefined) this.copies.set(original, [copy]);
    else list.push(copy);
  }

  /** A former original and its copies become copies of `original`. */
  private repoint(former: number, original: number): void {
    const formerCopies = this.copies.get(former) ?? [];
    this.copies.delete(former);
    this.markCopy(former, original);
    for (const copy of formerCopies) this.markCopy(copy, original);
  }
}
