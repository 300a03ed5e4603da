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
 * One key per band: a hash of the band's values, seeded with the band's index, cut to 30 bits so
 * that V8 keeps it a small integer (a cheaper Map key than a boxed number).
 */
export function bandKeys(minima: Uint32Array, banding: Banding): Uint32Array {
  if (banding.bands * banding.rows > minima.length) {
    fail('E_OPTION', `expected bands x rows <= ${minima.length} signature values, instead found ${banding.bands} x ${banding.rows}`);
  }
  const keys = new Uint32Array(banding.bands);
  for (let band = 0; band < banding.bands; band++) keys[band] = hashValues(minima, band * banding.rows, banding.rows, band) >>> 2;
  return keys;
}

/**
 * Buckets of slots per band: slots whose signatures agree on a whole band meet in its bucket. A
 * lone slot is kept as a number, an array made only when a second one arrives (most buckets
 * hold one slot).
 */
export class LshBuckets {
  private readonly tables: Map<number, number | number[]>[];

  /** `maxRead`: the newest slots read per bucket, so that a crowded bucket costs a bounded time. */
  constructor(
    readonly banding: Banding,
    readonly maxRead: number,
  ) {
    this.tables = Array.from({ length: banding.bands }, () => new Map<number, number | number[]>());
  }

  insert(keys: Uint32Array, slot: number): void {
    this.tables.forEach((table, band) => {
      const key = keys[band]!;
      const held = table.get(key);
      if (held === undefined) table.set(key, slot);
      else if (typeof held === 'number') table.set(key, [held, slot]);
      else held.push(slot);
    });
  }

  /** The distinct slots that share a bucket with `keys`, newest first within each bucket. */
  candidates(keys: Uint32Array): number[] {
    const found = new Set<number>();
    this.tables.forEach((table, band) => {
      const held = table.get(keys[band]!);
      if (typeof held === 'number') found.add(held);
      else if (held !== undefined) for (let i = held.length - 1; i >= Math.max(0, held.length - this.maxRead); i--) found.add(held[i]!);
    });
    return [...found];
  }
}
