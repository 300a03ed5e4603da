/**
 * A map from strings to small non-negative numbers kept in one typed array: a string is told by
 * two 32-bit hashes of its code units (FNV-1a and `checkStep`, as the word cache tells spellings),
 * so a lookup hashes the string once and reads one stretch of memory, where a `Map` keyed by a
 * fresh string (a term built from a word) compares it with the stored one, a second cache miss.
 * Two strings that share both hashes would be one key (with a million keys the odds are about 1 in
 * 10^7 over a whole run), unless the caller keeps each key's string by its value and passes that
 * list (`names`): then a match is confirmed on the string, and keys are exact.
 */
import type { WordScan } from './minhash-words.ts';
import { hashUnits } from './minhash-words.ts';

/** Three numbers per slot: the two hashes and the value + 1 (0: an empty slot). */
const HASH = 0;
const CHECK = 1;
const VALUE = 2;
const SLOT_SIZE = 3;

/** The hashes of the string being looked up (one lookup at a time). */
const scan: WordScan = { stop: 0, hash: 0, check: 0 };

export class StringIds {
  private slots: Int32Array;
  private bits: number;
  private count = 0;

  /** Room for half of 2^`bits` strings to start with (it doubles as needed). */
  constructor(bits = 10) {
    this.bits = bits;
    this.slots = new Int32Array(SLOT_SIZE << bits);
  }

  /** How many strings it holds. */
  get size(): number {
    return this.count;
  }

  /** The string's value, or -1 (`names`: each value's string, to confirm a match on). */
  get(text: string, names?: readonly string[]): number {
    const slot = this.find(text, names);
    return slot < 0 ? -1 : this.slots[slot * SLOT_SIZE + VALUE]! - 1;
  }

  set(text: string, value: number, names?: readonly string[]): void {
    if (2 * (this.count + 1) > 1 << this.bits) this.rehash(this.bits + 1);
    const slot = this.find(text, names);
    if (slot >= 0) {
      this.slots[slot * SLOT_SIZE + VALUE] = value + 1;
      return;
    }
    this.put(scan.hash, scan.check, value + 1);
    this.count++;
  }

  delete(text: string, names?: readonly string[]): void {
    const slot = this.find(text, names);
    if (slot < 0) return;
    this.count--;
    this.removeAt(slot);
  }

  /** Empties it (keeping its size: it is filled again as far). */
  clear(): void {
    this.count = 0;
    this.slots.fill(0);
  }

  private home(hash: number): number {
    return Math.imul(hash, 0x9e3779b1) >>> (32 - this.bits);
  }

  /** The slot holding the string (its hashes left in `scan`), or -1. */
  private find(text: string, names: readonly string[] | undefined): number {
    hashUnits(text, 0, text.length, scan);
    const slots = this.slots;
    const mask = (1 << this.bits) - 1;
    for (let slot = this.home(scan.hash); ; slot = (slot + 1) & mask) {
      const at = slot * SLOT_SIZE;
      if (slots[at + VALUE] === 0) return -1;
      if (slots[at + HASH] === scan.hash && slots[at + CHECK] === scan.check && (names === undefined || names[slots[at + VALUE]! - 1] === text)) return slot;
    }
  }

  /** Puts an entry in the first empty slot from its home. */
  private put(hash: number, check: number, stored: number): void {
    const slots = this.slots;
    const mask = (1 << this.bits) - 1;
    let slot = this.home(hash);
    while (slots[slot * SLOT_SIZE + VALUE] !== 0) slot = (slot + 1) & mask;
    const at = slot * SLOT_SIZE;
    slots[at + HASH] = hash;
    slots[at + CHECK] = check;
    slots[at + VALUE] = stored;
  }

  /** Empties a slot and moves back the entries after it that probed past it (linear probing needs no tombstones). */
  private removeAt(removed: number): void {
    const slots = this.slots;
    const mask = (1 << this.bits) - 1;
    let gap = removed;
    for (let slot = (gap + 1) & mask; slots[slot * SLOT_SIZE + VALUE] !== 0; slot = (slot + 1) & mask) {
      const home = this.home(slots[slot * SLOT_SIZE + HASH]!);
      if (((slot - home) & mask) < ((slot - gap) & mask)) continue;
      slots[gap * SLOT_SIZE + HASH] = slots[slot * SLOT_SIZE + HASH]!;
      slots[gap * SLOT_SIZE + CHECK] = slots[slot * SLOT_SIZE + CHECK]!;
      slots[gap * SLOT_SIZE + VALUE] = slots[slot * SLOT_SIZE + VALUE]!;
      gap = slot;
    }
    slots.fill(0, gap * SLOT_SIZE, gap * SLOT_SIZE + SLOT_SIZE);
  }

  private rehash(bits: number): void {
    const old = this.slots;
    this.bits = bits;
    this.slots = new Int32Array(SLOT_SIZE << bits);
    for (let at = 0; at < old.length; at += SLOT_SIZE) if (old[at + VALUE] !== 0) this.put(old[at + HASH]!, old[at + CHECK]!, old[at + VALUE]!);
  }
}
