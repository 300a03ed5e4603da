import { grown } from './grown.ts';

/** Code units turned into a string per call (arguments of one call stay far below the stack's limit). */
const CHUNK = 4096;

/**
 * Strings kept one after another as UTF-16 code units in one typed buffer, numbered in the order
 * they were added: a million content keys cost the collector nothing to trace, where a million
 * strings would be a million objects for every full collection to mark. Reading one back makes a
 * string; comparing two reads none.
 */
export class StringSlab {
  private units = new Uint16Array(1 << 16);
  /** Where each string starts; string `i` ends where `i + 1` starts. */
  private starts = new Int32Array(1 << 10);
  private count = 0;

  get size(): number {
    return this.count;
  }

  /** Adds a string; returns its number. */
  push(value: string): number {
    const start = this.startOf(this.count);
    const end = start + value.length;
    if (end > this.units.length) this.units = grown(this.units, end);
    for (let k = 0; k < value.length; k++) this.units[start + k] = value.charCodeAt(k);
    if (this.count + 1 >= this.starts.length) this.starts = grown(this.starts, this.count + 1);
    this.starts[++this.count] = end;
    return this.count - 1;
  }

  get(i: number): string {
    const end = this.startOf(i + 1);
    let value = '';
    for (let at = this.startOf(i); at < end; at += CHUNK) value += String.fromCharCode(...this.units.subarray(at, Math.min(end, at + CHUNK)));
    return value;
  }

  /** Compares strings `i` and `j` as `<` compares strings (by code units): negative, 0 or positive. */
  compare(i: number, j: number): number {
    const units = this.units;
    let a = this.startOf(i);
    let b = this.startOf(j);
    const endA = this.startOf(i + 1);
    const endB = this.startOf(j + 1);
    for (; a < endA && b < endB; a++, b++) if (units[a] !== units[b]) return units[a]! - units[b]!;
    return endA - a - (endB - b);
  }

  private startOf(i: number): number {
    return this.starts[i]!;
  }
}
