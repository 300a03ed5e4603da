/**
 * The entry point: `createFetcher(options)` gives a fetcher whose robots.txt cache and per-host
 * timers are shared by every page of one run; `fetchPage(url, options)` is a one-page shortcut.
 * Network and content problems come back as `{ ok: false, code, reason }`, never as exceptions.
 */
import { parseContentType, isAccepted } from './content-type.ts';
import { failure } from './failure.ts';
import { fetchOptions } from './options.ts';
import { HostTimers } from './politeness.ts';
import { followRedirects, noHopCheck } from './redirects.ts';
import { RobotsCache } from './robots-cache.ts';
import type { Session } from './send.ts';
import { checkUrl } from './target.ts';
import type { FetchOptions, FetchResult, OpenResponse } from './types.ts';

export interface Fetcher {
  readonly options: FetchOptions;
  fetchPage(url: string | URL): Promise<FetchResult>;
}

export function createFetcher(given: Partial<FetchOptions> = {}): Fetcher {
  const options = fetchOptions(given);
  const session: Session = { options, timers: new HostTimers(options.clock, options.hostIntervalMs) };
  const robots = new RobotsCache(session);
  const hopCheck = options.obeyRobots ? (url: URL) => robots.check(url) : noHopCheck;
  return {
    options,
    fetchPage: async (url) => {
      const start = checkUrl(url);
      if (!start.ok) return start;
      const sent = await followRedirects(session, start.url, hopCheck);
      return sent.ok ? pageOf(sent, options) : sent;
    },
  };
}

/** One page with a fetcher of its own (no cache shared with other pages). */
export function fetchPage(url: string | URL, given: Partial<FetchOptions> = {}): Promise<FetchResult> {
  return createFetcher(given).fetchPage(url);
}

/** The page a final response carries, once its status and content type are acceptable. */
async function pageOf(response: OpenResponse, options: FetchOptions): Promise<FetchResult> {
  const { url, status } = response;
  if (status < 200 || status > 299) {
    response.discard();
    const text = response.statusText === '' ? '' : ` ${response.statusText}`;
    return failure(url, 'http-status', `the server answered HTTP ${status}${text}`, status);
  }
  const header = response.headers['content-type'];
  const contentType = parseContentType(header);
  if (!isAccepted(contentType, options.accept)) {
    response.discard();
    return failure(url, 'not-html', `refused: the content is ${contentType.mediaType}, not ${options.accept.join(' or ')}`);
  }
  const body = await response.readBody(options.maxBytes, 'fail');
  if (!body.ok) return body;
  return {
    ok: true,
    url: url.href,
    status,
    contentType: contentType.mediaType,
    ...(contentType.charset === undefined ? {} : { charset: contentType.charset }),
    bytes: body.bytes,
    fetchedAt: new Date(options.clock.now()).toISOString(),
  };
}
