import type { ScoredPair } from './similarity.ts';
import { grown } from './grown.ts';

/**
 * Scored pairs of item indices in typed arrays, grown as needed and reusable (`clear`): a window
 * of articles has tens of thousands of pairs, and an object for each would outlive the young
 * generation while the window is clustered.
 */
export class PairList {
  private firsts = new Int32Array(1024);
  private seconds = new Int32Array(1024);
  private scores = new Float64Array(1024);
  private count = 0;

  /** A list holding these pairs, in order. */
  static of(pairs: readonly ScoredPair[]): PairList {
    const list = new PairList();
    for (const { a, b, score } of pairs) list.push(a, b, score);
    return list;
  }

  get size(): number {
    return this.count;
  }

  push(a: number, b: number, score: number): void {
    if (this.count === this.firsts.length) {
      this.firsts = grown(this.firsts, this.count);
      this.seconds = grown(this.seconds, this.count);
      this.scores = grown(this.scores, this.count);
    }
    this.firsts[this.count] = a;
    this.seconds[this.count] = b;
    this.scores[this.count++] = score;
  }

  a(pair: number): number {
    return this.firsts[pair]!;
  }

  b(pair: number): number {
    return this.seconds[pair]!;
  }

  score(pair: number): number {
    return this.scores[pair]!;
  }

  clear(): void {
    this.count = 0;
  }
}
