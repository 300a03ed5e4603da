/**
 * One request as a polite client sends it: after the host's politeness slot, to an address
 * already checked, tried again after a network error, a 429 or a 5xx with a growing wait.
 */
import type { HostTimers } from './politeness.ts';
import { openRequest } from './request.ts';
import { backoffDelay, isRetryableStatus, retryAfterMs } from './retry.ts';
import type { FetchFailure, FetchOptions, OpenResponse, ResolvedAddress } from './types.ts';

/** What every request of one fetcher shares: its options and its per-host politeness timers. */
export interface Session {
  readonly options: FetchOptions;
  readonly timers: HostTimers;
}

export type Sent = OpenResponse | FetchFailure;

/** The response (whatever its status, once retries are spent) or the failure of the last attempt. */
export async function sendWithRetries(session: Session, url: URL, address: ResolvedAddress): Promise<Sent> {
  const { options } = session;
  for (let attempt = 0; ; attempt += 1) {
    await session.timers.wait(url.hostname);
    const sent = await openRequest(url, address, options);
    const wait = attempt < options.retries ? retryWait(sent, attempt, options) : null;
    if (wait === null) return sent;
    if (sent.ok) sent.discard();
    await options.clock.sleep(wait);
  }
}

/** How long to wait before trying again, or null when this outcome is final. */
export function retryWait(sent: Sent, attempt: number, options: FetchOptions): number | null {
  const backoff = backoffDelay(attempt, options.backoffMs, options.random);
  if (!sent.ok) return sent.code === 'network' ? backoff : null;
  if (!isRetryableStatus(sent.status)) return null;
  const header = sent.headers['retry-after'];
  const asked = retryAfterMs(typeof header === 'string' ? header : undefined, options.clock.now());
  if (asked === null) return backoff;
  return asked > options.maxRetryAfterMs ? null : Math.max(asked, backoff);
}
