import { fail } from '../errors.ts';
import { hashValues } from './minhash-hash.ts';

/** Locality-sensitive hashing of a signature: `bands` bands of `rows` consecutive values. */
export interface Banding {
  readonly bands: number;
  readonly rows: number;
}

/** Probability that two signatures of Jaccard similarity `jaccard` share at least one band. */
export function collisionProbability(banding: Banding, jaccard: number): number {
  return 1 - (1 - jaccard ** banding.rows) ** banding.bands;
}

/**
 * One key per band: a hash of the band's values (from `from` in `minima`), seeded with the band's
 * index, cut to 30 bits.
 */
export function bandKeys(minima: Uint32Array, banding: Banding, from = 0): Uint32Array {
  if (banding.bands * banding.rows > minima.length - from) {
    fail('E_OPTION', `expected bands x rows <= ${minima.length - from} signature values, instead found ${banding.bands} x ${banding.rows}`);
  }
  const keys = new Uint32Array(banding.bands);
  for (let band = 0; band < banding.bands; band++) keys[band] = hashValues(minima, from + band * banding.rows, banding.rows, band) >>> 2;
  return keys;
}

/** A free cell's key (band keys are 30-bit, never negative). */
const EMPTY = -1;
const minCells = 16;

/**
 * A multimap from 30-bit keys (already hashes) to slots: open addressing with linear probing in
 * one typed array (key, slot) cell after cell, at most three quarters full, and backward-shift
 * deletion, so that a removed pair leaves no dead cell behind. 8 bytes a cell: 11 to 21 bytes a pair.
 */
export class SlotTable {
  private cells = new Int32Array(2 * minCells).fill(EMPTY);
  private count = 0;

  get size(): number {
    return this.count;
  }

  insert(key: number, slot: number): void {
    if (4 * (this.count + 1) > 3 * (this.cells.length / 2)) this.grow();
    const mask = this.cells.length / 2 - 1;
    let cell = key & mask;
    while (this.cells[2 * cell] !== EMPTY) cell = (cell + 1) & mask;
    this.cells[2 * cell] = key;
    this.cells[2 * cell + 1] = slot;
    this.count++;
  }

  /** Appends the slots held under `key` to `out` (in no particular order). */
  collect(key: number, out: number[]): void {
    const cells = this.cells;
    const mask = cells.length / 2 - 1;
    for (let cell = key & mask; cells[2 * cell] !== EMPTY; cell = (cell + 1) & mask) {
      if (cells[2 * cell] === key) out.push(cells[2 * cell + 1]!);
    }
  }

  /** Removes the pair (key, slot); false when it is not held. */
  remove(key: number, slot: number): boolean {
    const cells = this.cells;
    const mask = cells.length / 2 - 1;
    let cell = key & mask;
    while (cells[2 * cell] !== EMPTY && (cells[2 * cell] !== key || cells[2 * cell + 1] !== slot)) cell = (cell + 1) & mask;
    if (cells[2 * cell] === EMPTY) return false;
    this.shiftBackInto(cell, mask);
    this.count--;
    return true;
  }

  /** Empties `hole` by moving back the later cells of its run that may sit there. */
  private shiftBackInto(hole: number, mask: number): void {
    const cells = this.cells;
    let free = hole;
    for (let cell = (free + 1) & mask; cells[2 * cell] !== EMPTY; cell = (cell + 1) & mask) {
      const home = cells[2 * cell]! & mask;
      const homeAfterFree = free <= cell ? home > free && home <= cell : home > free || home <= cell;
      if (homeAfterFree) continue;
      cells[2 * free] = cells[2 * cell]!;
      cells[2 * free + 1] = cells[2 * cell + 1]!;
      free = cell;
    }
    cells[2 * free] = EMPTY;
  }

  private grow(): void {
    const old = this.cells;
    this.cells = new Int32Array(2 * old.length).fill(EMPTY);
    this.count = 0;
    for (let cell = 0; cell < old.length; cell += 2) if (old[cell] !== EMPTY) this.insert(old[cell]!, old[cell + 1]!);
  }
}

/**
 * Buckets of slots per band: slots whose signatures agree on a whole band meet in its bucket.
 * Slots can leave (`remove`), and a bucket left empty takes no room.
 */
export class LshBuckets {
  private readonly tables: SlotTable[];

  /** `maxRead`: the newest (largest) slots read per bucket, so that a crowded bucket costs a bounded time. */
  constructor(
    readonly banding: Banding,
    readonly maxRead: number,
  ) {
    this.tables = Array.from({ length: banding.bands }, () => new SlotTable());
  }

  /** Pairs held, over all bands. */
  get size(): number {
    return this.tables.reduce((sum, table) => sum + table.size, 0);
  }

  insert(keys: Uint32Array, slot: number): void {
    for (let band = 0; band < this.tables.length; band++) this.tables[band]!.insert(keys[band]!, slot);
  }

  remove(keys: Uint32Array, slot: number): void {
    for (let band = 0; band < this.tables.length; band++) this.tables[band]!.remove(keys[band]!, slot);
  }

  /** The distinct slots that share a bucket with `keys`, newest first within each bucket. */
  candidates(keys: Uint32Array): number[] {
    const found = new Set<number>();
    const bucket: number[] = [];
    for (let band = 0; band < this.tables.length; band++) {
      bucket.length = 0;
      this.tables[band]!.collect(keys[band]!, bucket);
      if (bucket.length > 1) bucket.sort((a, b) => b - a);
      for (let i = 0; i < Math.min(bucket.length, this.maxRead); i++) found.add(bucket[i]!);
    }
    return [...found];
  }
}
