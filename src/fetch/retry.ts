/** When to try a request again, and how long to wait first. */

/** Statuses worth another attempt: rate limiting and server errors. */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || (status >= 500 && status <= 599);
}

/**
 * Exponential backoff with "equal jitter": the `attempt`-th retry (0-based) waits between half and
 * all of `baseMs * 2^attempt`, so clients that failed together do not retry together.
 */
export function backoffDelay(attempt: number, baseMs: number, random: () => number): number {
  const ceiling = baseMs * 2 ** attempt;
  return Math.round(ceiling / 2 + (ceiling / 2) * random());
}

/**
 * The wait a Retry-After header asks for, in milliseconds: delta-seconds or an HTTP date (which
 * starts with a day name; relative to `nowMs`, never negative); null when absent or unreadable.
 */
export function retryAfterMs(header: string | undefined, nowMs: number): number | null {
  const value = header?.trim();
  if (value === undefined || value === '') return null;
  if (/^\d{1,10}$/.test(value)) return Number(value) * 1000;
  if (!/^[a-z]{3}/i.test(value)) return null;
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, date - nowMs);
}
