/** The one way a fetch failure is built, so every reason starts with the URL it is about. */
import type { FetchCode, FetchFailure } from './types.ts';

export function failure(url: URL | string, code: FetchCode, what: string, status?: number): FetchFailure {
  const href = String(url);
  return { ok: false, url: href, code, reason: `${href}: ${what}`, ...(status === undefined ? {} : { status }) };
}
