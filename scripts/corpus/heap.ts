/** The generator's pending articles: tickets ordered by (day, order), in a heap. */
import { Heap } from '../../src/compare/heap.ts';

export interface Ticket {
  readonly day: number;
  /** Creation order: breaks ties so the stream is deterministic and originals precede their copies. */
  readonly order: number;
  readonly story: number;
  readonly article: number;
  /** The article index (in its story) whose body this syndicated copy repeats. */
  readonly copyOf?: number;
}

function before(a: Ticket, b: Ticket): boolean {
  return a.day < b.day || (a.day === b.day && a.order < b.order);
}

/** The pending articles, earliest first. */
export function ticketHeap(): Heap<Ticket> {
  return new Heap<Ticket>(before);
}
