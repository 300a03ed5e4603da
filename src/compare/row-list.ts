import { grown } from './grown.ts';

/**
 * Rows of entries (an integer and a number each), one row after another in typed arrays that grow
 * as needed and are reused after `clear`: lists that live as long as a window of articles, without
 * an array per article that would outlive the young generation of the collector.
 */
export class RowList {
  private values = new Int32Array(1 << 14);
  private weights = new Float64Array(1 << 14);
  /** Where each row ends. */
  private ends = new Int32Array(1 << 10);
  private count = 0;
  private top = 0;

  /** Rows closed so far. */
  get size(): number {
    return this.count;
  }

  clear(): void {
    this.count = 0;
    this.top = 0;
  }

  /** Where the row's entries start and end (positions for `value` and `weight`). */
  start(row: number): number {
    return row === 0 ? 0 : this.ends[row - 1]!;
  }

  end(row: number): number {
    return this.ends[row]!;
  }

  value(at: number): number {
    return this.values[at]!;
  }

  weight(at: number): number {
    return this.weights[at]!;
  }

  /** Whether the row holds the value. */
  holds(row: number, value: number): boolean {
    for (let at = this.start(row); at < this.end(row); at++) if (this.values[at] === value) return true;
    return false;
  }

  /** Adds an entry to the row being filled. */
  push(value: number, weight = 0): void {
    if (this.top === this.values.length) {
      this.values = grown(this.values, this.top);
      this.weights = grown(this.weights, this.top);
    }
    this.values[this.top] = value;
    this.weights[this.top++] = weight;
  }

  /** Ends the row being filled: the next entries go to the next row. */
  close(): void {
    if (this.count === this.ends.length) this.ends = grown(this.ends, this.count);
    this.ends[this.count++] = this.top;
  }
}
