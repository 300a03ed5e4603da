import { grown } from './grown.ts';

/** A growable list of 32-bit word hashes, reused from one article to the next. */
export class WordHashes {
  private values = new Uint32Array(4096);
  private size = 0;

  push(hash: number): void {
    if (this.size === this.values.length) this.values = grown(this.values, this.size);
    this.values[this.size++] = hash;
  }

  clear(): void {
    this.size = 0;
  }

  /** The hashes pushed since the last `clear`, as an array of their own. */
  copy(): Uint32Array {
    return this.values.slice(0, this.size);
  }
}
