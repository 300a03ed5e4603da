/** A binary min-heap of article tickets ordered by (day, order): the generator's pending articles. */

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

export class TicketHeap {
  private readonly items: Ticket[] = [];

  get size(): number {
    return this.items.length;
  }

  peek(): Ticket | undefined {
    return this.items[0];
  }

  push(ticket: Ticket): void {
    const items = this.items;
    items.push(ticket);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(ticket, items[parent] as Ticket)) break;
      items[i] = items[parent] as Ticket;
      i = parent;
    }
    items[i] = ticket;
  }

  pop(): Ticket | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (top === undefined || last === undefined || items.length === 0) return top;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= items.length) break;
      const right = left + 1;
      const child = right < items.length && before(items[right] as Ticket, items[left] as Ticket) ? right : left;
      if (!before(items[child] as Ticket, last)) break;
      items[i] = items[child] as Ticket;
      i = child;
    }
    items[i] = last;
    return top;
  }
}
