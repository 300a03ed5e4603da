/** At most one request per host per interval, shared by everything one fetcher sends. */
import type { Clock } from './types.ts';

export class HostTimers {
  /** The earliest time (clock milliseconds) of the next request to each host. */
  private readonly nextSlot = new Map<string, number>();

  constructor(
    private readonly clock: Clock,
    private readonly intervalMs: number,
  ) {}

  /** Waits for this host's next free slot and books it (slots are booked before waiting, so concurrent callers queue). */
  async wait(host: string): Promise<void> {
    const now = this.clock.now();
    const slot = Math.max(now, this.nextSlot.get(host) ?? now);
    this.nextSlot.set(host, slot + this.intervalMs);
    if (slot > now) await this.clock.sleep(slot - now);
  }
}
