import type { Banding } from './lsh.ts';
import { LshBuckets, bandKeys } from './lsh.ts';
import type { MinHashSignature } from './minhash.ts';
import { agreeingValues, containmentOf, estimatedJaccard, minhashSize } from './minhash.ts';
import { StringIds } from './string-ids.ts';

/** When one text counts as a copy of another, how candidates are found, and how long they are held. */
export interface DuplicateParameters {
  /** The shorter holds at least this share of the longer's shingles (trimmed copies count). */
  readonly minLengthRatio: number;
  /** At least this share of the shorter's shingles is (by estimate) in the longer. */
  readonly minContainment: number;
  readonly banding: Banding;
  /** The newest slots read per bucket. */
  readonly maxBucketRead: number;
  /**
   * Horizon of the index: an original published more than this many days before the newest day
   * seen leaves the buckets (and drops its signature) at the end of a window; its marks stay.
   */
  readonly maxGapDays: number;
}

/** Whether sets of `sizeA` and `sizeB` shingles have comparable lengths (the shorter not empty). */
function comparableSizes(sizeA: number, sizeB: number, parameters: DuplicateParameters): boolean {
  const smaller = Math.min(sizeA, sizeB);
  return smaller > 0 && smaller >= Math.max(sizeA, sizeB) * parameters.minLengthRatio;
}

/** Whether sets of `sizeA` and `sizeB` shingles of estimated Jaccard similarity `jaccard` make a copy. */
function copiesBySize(jaccard: number, sizeA: number, sizeB: number, parameters: DuplicateParameters): boolean {
  return comparableSizes(sizeA, sizeB, parameters) && containmentOf(jaccard, sizeA, sizeB) >= parameters.minContainment;
}

/**
 * The fewest agreeing signature values that make sets of these sizes reach `minContainment`
 * (`minhashSize + 1` when none does): the containment estimate grows with the agreements.
 */
export function minAgreeingValues(sizeA: number, sizeB: number, parameters: DuplicateParameters): number {
  let low = 0;
  let high = minhashSize + 1;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (containmentOf(middle / minhashSize, sizeA, sizeB) >= parameters.minContainment) high = middle;
    else low = middle + 1;
  }
  return low;
}

/**
 * Whether two signatures make a copy: comparable lengths, and the shorter (nearly) all in the
 * longer, as estimated from the signatures (syndicated copies, lightly edited or trimmed).
 */
export function isCopy(a: MinHashSignature, b: MinHashSignature, parameters: DuplicateParameters): boolean {
  return copiesBySize(estimatedJaccard(a, b), a.shingles, b.shingles, parameters);
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
  return canonicalOrder(a.day ?? Number.POSITIVE_INFINITY, a.key, a.id, b.day ?? Number.POSITIVE_INFINITY, b.key, b.id);
}

function canonicalOrder(dayA: number, keyA: string, idA: string, dayB: number, keyB: string, idB: string): number {
  if (dayA !== dayB) return dayA - dayB;
  if (keyA !== keyB) return keyA < keyB ? -1 : 1;
  return idA < idB ? -1 : idA > idB ? 1 : 0;
}

/**
 * Syndicated copies, online: every article added is checked against the originals whose
 * signatures share an LSH bucket with its own, and marked a copy of the earliest that it copies.
 * "Earliest" is the canonical order: publication day (undated last), then content key, then id
 * (ids decide only between identical contents), so the marks do not depend on the order of
 * arrival when articles arrive in that order (`addWindow` sorts each window). When a newcomer
 * precedes the originals it copies (a late arrival), it becomes the original: they and their
 * copies are re-pointed to it (see `copiesOf`). Only originals are held, so a copy of a copy that
 * drifted from the original is an original of its own.
 *
 * Held originals keep their signature in one slab (a row each, rows reused) and their band keys
 * in the buckets. At the end of each window, originals published more than `maxGapDays` before
 * the newest day seen leave: later articles are no longer checked against them, but every mark
 * stays. Undated originals never leave. A late arrival older than the horizon is still checked
 * against what is held (and by the rest of its window), then leaves with the window's end.
 * What stays for every article: its id, its mark and, for an original, the list of its copies.
 */
export class DuplicateIndex {
  private readonly ids: string[] = [];
  /** Slot of each id (confirmed on `ids`: exact). */
  private readonly slotById = new StringIds(16);
  /** Slot of the original each slot copies, or -1 for an original. */
  private readonly originals: number[] = [];
  /** Slots of the copies of each original slot. */
  private readonly copies = new Map<number, number[]>();
  /** Row of each slot's held signature, or -1 (a copy, an empty text, or an original aged out). */
  private readonly rowOf: number[] = [];
  private readonly held: HeldSignatures;
  /** Held dated slots by publication day, for ageing (slots that left since are skipped). */
  private readonly heldByDay = new Map<number, number[]>();
  private newestDay = Number.NEGATIVE_INFINITY;
  private readonly buckets: LshBuckets;

  constructor(readonly parameters: DuplicateParameters) {
    this.buckets = new LshBuckets(parameters.banding, parameters.maxBucketRead);
    this.held = new HeldSignatures();
  }

  get size(): number {
    return this.ids.length;
  }

  /** Originals held in the buckets (not aged out). */
  get heldCount(): number {
    return this.held.count;
  }

  has(id: string): boolean {
    return this.slotOf(id) !== undefined;
  }

  private slotOf(id: string): number | undefined {
    const slot = this.slotById.get(id, this.ids);
    return slot < 0 ? undefined : slot;
  }

  /**
   * Adds an article (its id, content key, publication day in days since 1970 when known, and
   * signature) as a window of one, and returns the id of the original it copies, or null. Adding
   * a known id changes nothing and returns its current mark.
   */
  add(id: string, key: string, day: number | undefined, signature: MinHashSignature): string | null {
    const original = this.insert({ id, key, ...(day === undefined ? {} : { day }), signature });
    this.ageOut(day);
    return original;
  }

  /** Adds a window of articles in canonical order (the order that makes the marks independent of arrival), then ages the index. */
  addWindow(window: readonly DuplicateEntry[]): void {
    for (const entry of [...window].sort(canonicalEntryOrder)) this.insert(entry);
    let newest: number | undefined;
    for (const entry of window) if (entry.day !== undefined && (newest === undefined || entry.day > newest)) newest = entry.day;
    this.ageOut(newest);
  }

  /** The id of the original the article copies, or null (also for an unknown id). */
  originalOf(id: string): string | null {
    const slot = this.slotOf(id);
    const original = slot === undefined ? -1 : this.originals[slot]!;
    return original < 0 ? null : this.ids[original]!;
  }

  /** Ids of the articles marked as copies of this one, in the order they were marked. */
  copiesOf(id: string): string[] {
    const slot = this.slotOf(id);
    return slot === undefined ? [] : (this.copies.get(slot) ?? []).map((copy) => this.ids[copy]!);
  }

  private insert(entry: DuplicateEntry): string | null {
    if (this.has(entry.id)) return this.originalOf(entry.id);
    const slot = this.ids.length;
    this.ids.push(entry.id);
    this.originals.push(-1);
    this.rowOf.push(-1);
    this.slotById.set(entry.id, slot, this.ids);
    const { signature } = entry;
    if (signature.shingles === 0) return null;
    const bands = bandKeys(signature.minima, this.parameters.banding);
    const day = entry.day ?? Number.POSITIVE_INFINITY;
    const copied = this.copiedOriginals(signature, bands);
    const earliest = copied[0];
    if (earliest !== undefined && this.held.precedes(this.rowOf[earliest]!, day, entry.key, entry.id)) {
      this.markCopy(slot, earliest);
      return this.ids[earliest]!;
    }
    this.hold(slot, entry, bands);
    for (const original of copied) this.repoint(original, slot);
    return null;
  }

  /** The held originals sharing a bucket with the signature that it copies, earliest first. */
  private copiedOriginals(signature: MinHashSignature, bands: Uint32Array): number[] {
    const copied = this.buckets.candidates(bands).filter((other) => {
      const row = this.rowOf[other]!;
      const size = this.held.shingles(row);
      if (!comparableSizes(signature.shingles, size, this.parameters)) return false;
      const maxDisagreeing = minhashSize - minAgreeingValues(signature.shingles, size, this.parameters);
      const agreeing = agreeingValues(signature.minima, 0, this.held.chunkOf(row), this.held.offsetOf(row), maxDisagreeing);
      return agreeing >= 0 && copiesBySize(agreeing / minhashSize, signature.shingles, size, this.parameters);
    });
    return copied.sort((a, b) => this.held.compareRows(this.rowOf[a]!, this.rowOf[b]!));
  }

  private hold(slot: number, entry: DuplicateEntry, bands: Uint32Array): void {
    this.rowOf[slot] = this.held.take(entry);
    this.buckets.insert(bands, slot);
    if (entry.day === undefined) return;
    const sameDay = this.heldByDay.get(entry.day);
    if (sameDay === undefined) this.heldByDay.set(entry.day, [slot]);
    else sameDay.push(slot);
  }

  /** Takes a held original out of the buckets and frees its row. */
  private release(slot: number): void {
    const row = this.rowOf[slot]!;
    if (row < 0) return;
    this.buckets.remove(bandKeys(this.held.chunkOf(row), this.parameters.banding, this.held.offsetOf(row)), slot);
    this.held.free(row);
    this.rowOf[slot] = -1;
  }

  /** Releases the originals published more than `maxGapDays` before the newest day seen. */
  private ageOut(newestOfWindow: number | undefined): void {
    if (newestOfWindow !== undefined && newestOfWindow > this.newestDay) this.newestDay = newestOfWindow;
    const cutoff = this.newestDay - this.parameters.maxGapDays;
    for (const [day, slots] of this.heldByDay) {
      if (day >= cutoff) continue;
      for (const slot of slots) this.release(slot);
      this.heldByDay.delete(day);
    }
  }

  private markCopy(copy: number, original: number): void {
    this.originals[copy] = original;
    const list = this.copies.get(original);
    if (list === undefined) this.copies.set(original, [copy]);
    else list.push(copy);
  }

  /** A former original and its copies become copies of `original`; the former leaves the buckets. */
  private repoint(former: number, original: number): void {
    const formerCopies = this.copies.get(former) ?? [];
    this.copies.delete(former);
    this.release(former);
    this.markCopy(former, original);
    for (const copy of formerCopies) this.markCopy(copy, original);
  }
}

/** Rows per chunk of the slab (512 KB of signature values). */
const chunkRows = 1024;

/**
 * The signatures of the held originals in a slab of fixed-size chunks (`minhashSize` values a
 * row), with what the canonical order needs of each (day, content key, id): rows are taken and
 * freed, and the slab never holds more rows than originals were held at once (plus one chunk).
 */
class HeldSignatures {
  private readonly chunks: Uint32Array[] = [];
  private readonly shingleCounts: number[] = [];
  private readonly days: number[] = [];
  private readonly keys: string[] = [];
  private readonly ids: string[] = [];
  private readonly freeRows: number[] = [];
  private rows = 0;
  count = 0;

  take(entry: DuplicateEntry): number {
    const row = this.freeRows.pop() ?? this.newRow();
    this.chunkOf(row).set(entry.signature.minima, this.offsetOf(row));
    this.shingleCounts[row] = entry.signature.shingles;
    this.days[row] = entry.day ?? Number.POSITIVE_INFINITY;
    this.keys[row] = entry.key;
    this.ids[row] = entry.id;
    this.count++;
    return row;
  }

  free(row: number): void {
    this.keys[row] = '';
    this.ids[row] = '';
    this.freeRows.push(row);
    this.count--;
  }

  /** The chunk holding the row's values, from `offsetOf(row)`. */
  chunkOf(row: number): Uint32Array {
    return this.chunks[Math.floor(row / chunkRows)]!;
  }

  offsetOf(row: number): number {
    return (row % chunkRows) * minhashSize;
  }

  shingles(row: number): number {
    return this.shingleCounts[row]!;
  }

  /** Whether the held row precedes an entry of this day, key and id in the canonical order. */
  precedes(row: number, day: number, key: string, id: string): boolean {
    return canonicalOrder(this.days[row]!, this.keys[row]!, this.ids[row]!, day, key, id) < 0;
  }

  compareRows(a: number, b: number): number {
    return canonicalOrder(this.days[a]!, this.keys[a]!, this.ids[a]!, this.days[b]!, this.keys[b]!, this.ids[b]!);
  }

  private newRow(): number {
    if (this.rows === this.chunks.length * chunkRows) this.chunks.push(new Uint32Array(chunkRows * minhashSize));
    return this.rows++;
  }
}
