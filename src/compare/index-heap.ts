import { grown } from './grown.ts';

/**
 * A binary heap of small integers (indices into the caller's typed arrays) that pops the one
 * `before` ranks first: no object per item, and its memory is kept for the next use (`reuse`).
 */
export class IndexHeap {
  private items = new Int32Array(64);
  private count = 0;

  constructor(private before: (x: number, y: number) => boolean) {}

  get size(): number {
    return this.count;
  }

  /** The item that ranks first, left in place (-1 when empty). */
  peek(): number {
    return this.count > 0 ? this.items[0]! : -1;
  }

  push(item: number): void {
    if (this.count === this.items.length) this.items = grown(this.items, this.count);
    const items = this.items;
    let i = this.count++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.before(item, items[parent]!)) break;
      items[i] = items[parent]!;
      i = parent;
    }
    items[i] = item;
  }

  /** The item that ranks first, taken out (-1 when empty). */
  pop(): number {
    if (this.count === 0) return -1;
    const items = this.items;
    const top = items[0]!;
    const last = items[--this.count]!;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= this.count) break;
      const right = left + 1;
      const child = right < this.count && this.before(items[right]!, items[left]!) ? right : left;
      if (!this.before(items[child]!, last)) break;
      items[i] = items[child]!;
      i = child;
    }
    items[i] = last;
    return top;
  }

  /** Empties the heap, to rank items by `before` from now on (the memory is kept). */
  reuse(before: (x: number, y: number) => boolean): void {
    this.before = before;
    this.count = 0;
  }
}
