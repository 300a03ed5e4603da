/** Following redirects, each hop checked again as if it were the first URL. */
import { failure } from './failure.ts';
import type { Sent, Session } from './send.ts';
import { sendWithRetries } from './send.ts';
import { checkUrl, pickAddress } from './target.ts';
import type { FetchFailure, OpenResponse } from './types.ts';

/** A check run on every hop after its address passed (robots.txt for pages, nothing for robots.txt itself). */
export type HopCheck = (url: URL) => Promise<FetchFailure | null>;

export const noHopCheck: HopCheck = async () => null;

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/** The Location a redirect response points to, or null when the response is not a redirect. */
export function redirectLocation(response: OpenResponse): string | null {
  const location = response.headers.location;
  return REDIRECT_STATUSES.has(response.status) && typeof location === 'string' && location !== '' ? location : null;
}

/** The final response after at most `maxRedirects` redirects, or the first failure on the way. */
export async function followRedirects(session: Session, start: URL, check: HopCheck): Promise<Sent> {
  let url = start;
  for (let hop = 0; ; hop += 1) {
    const sent = await sendHop(session, url, check);
    if (!sent.ok) return hop === 0 ? sent : { ...sent, reason: `${sent.reason} (redirected from ${start.href})` };
    const location = redirectLocation(sent);
    if (location === null) return sent;
    sent.discard();
    if (hop >= session.options.maxRedirects) {
      return failure(start, 'too-many-redirects', `refused: more than ${session.options.maxRedirects} redirects (the last to ${location})`);
    }
    const next = checkUrl(location, url);
    if (!next.ok) return { ...next, reason: `${next.reason} (redirected from ${start.href})` };
    url = next.url;
  }
}

async function sendHop(session: Session, url: URL, check: HopCheck): Promise<Sent> {
  const picked = await pickAddress(url, session.options);
  if (!picked.ok) return picked;
  const refused = await check(url);
  if (refused !== null) return refused;
  return sendWithRetries(session, url, picked.address);
}
