import { grown } from './grown.ts';

/**
 * Lists of links (a neighbour and a score each) in one arena of typed arrays, reused after `clear`:
 * what average linkage keeps for every cluster of a window, without two arrays per cluster that
 * would outlive the young generation of the collector. Lists are numbered in the order they are
 * opened; a list that outgrows its room moves to the end of the arena (or grows in place when it
 * is the last one there), and the room it leaves is not reused before `clear`.
 */
export class LinkLists {
  private neighbours = new Int32Array(1 << 14);
  private scores = new Float64Array(1 << 14);
  private starts = new Int32Array(1 << 10);
  private lengths = new Int32Array(1 << 10);
  private rooms = new Int32Array(1 << 10);
  private count = 0;
  /** Where the arena's free end starts. */
  private top = 0;

  /** Lists opened since the last `clear`. */
  get size(): number {
    return this.count;
  }

  clear(): void {
    this.count = 0;
    this.top = 0;
  }

  /** Opens an empty list with room for `room` links at the end of the arena; returns its number. */
  open(room = 0): number {
    if (this.count === this.starts.length) {
      this.starts = grown(this.starts, this.count);
      this.lengths = grown(this.lengths, this.count);
      this.rooms = grown(this.rooms, this.count);
    }
    const list = this.count++;
    this.reserve(this.top + room);
    this.starts[list] = this.top;
    this.lengths[list] = 0;
    this.rooms[list] = room;
    this.top += room;
    return list;
  }

  length(list: number): number {
    return this.lengths[list]!;
  }

  /** The list's `k`-th neighbour. */
  neighbour(list: number, k: number): number {
    return this.neighbours[this.starts[list]! + k]!;
  }

  score(list: number, k: number): number {
    return this.scores[this.starts[list]! + k]!;
  }

  push(list: number, neighbour: number, score: number): void {
    const length = this.lengths[list]!;
    if (length === this.rooms[list]) this.move(list, Math.max(4, 2 * length));
    const at = this.starts[list]! + length;
    this.neighbours[at] = neighbour;
    this.scores[at] = score;
    this.lengths[list] = length + 1;
  }

  /** Adds `score` to the list's last link. */
  addToLast(list: number, score: number): void {
    this.scores[this.starts[list]! + this.lengths[list]! - 1]! += score;
  }

  /** Empties a list (its room stays taken until `clear`). */
  empty(list: number): void {
    this.lengths[list] = 0;
  }

  /** Gives the list room for `room` links: in place when it ends the arena, else at the arena's end. */
  private move(list: number, room: number): void {
    const start = this.starts[list]!;
    if (start + this.rooms[list]! === this.top) {
      this.reserve(start + room);
      this.top = start + room;
    } else {
      const length = this.lengths[list]!;
      this.reserve(this.top + room);
      this.neighbours.copyWithin(this.top, start, start + length);
      this.scores.copyWithin(this.top, start, start + length);
      this.starts[list] = this.top;
      this.top += room;
    }
    this.rooms[list] = room;
  }

  /** Makes the arena at least `size` links long. */
  private reserve(size: number): void {
    if (size <= this.neighbours.length) return;
    this.neighbours = grown(this.neighbours, size - 1);
    this.scores = grown(this.scores, size - 1);
  }
}
