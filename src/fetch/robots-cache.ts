/**
 * robots.txt, fetched once per origin and kept for the fetcher's life. Per RFC 9309: a 4xx
 * (e.g. 404) means no rules; a 5xx, a 429, a timeout or a network error means the whole site is
 * treated as disallowed (the page failure then carries `robots`, or the network failure's own
 * code so a host that is down reads as `network`/`timeout`); too many redirects means no rules.
 */
import { failure } from './failure.ts';
import { followRedirects, noHopCheck } from './redirects.ts';
import { ALLOW_ALL, parseRobots, robotsDecision } from './robots.ts';
import type { Robots } from './robots.ts';
import type { Sent, Session } from './send.ts';
import type { FetchCode, FetchFailure } from './types.ts';

/** RFC 9309 asks crawlers to read at least 500 KiB; the rest is ignored. */
export const ROBOTS_MAX_BYTES = 512 * 1024;

/** The rules of an origin, or why its robots.txt could not be read (then nothing is fetched there). */
export type RobotsFile =
  | { readonly readable: true; readonly robots: Robots }
  | { readonly readable: false; readonly code: FetchCode; readonly why: string };

export class RobotsCache {
  private readonly byOrigin = new Map<string, Promise<RobotsFile>>();

  constructor(private readonly session: Session) {}

  /** Null when the page may be fetched, else the `robots` failure naming the page. */
  async check(url: URL): Promise<FetchFailure | null> {
    const { robotsAgent } = this.session.options;
    const file = await this.fileOf(url.origin);
    if (!file.readable) return failure(url, file.code, `refused: ${file.why}, so the site is treated as closed to robots`);
    const decision = robotsDecision(file.robots, robotsAgent, `${url.pathname}${url.search}`);
    if (decision.allowed) return null;
    const rule = decision.rule === undefined ? '' : ` (Disallow: ${decision.rule.pattern})`;
    return failure(url, 'robots', `refused: ${url.origin}/robots.txt disallows it for ${robotsAgent}${rule}`);
  }

  private fileOf(origin: string): Promise<RobotsFile> {
    const known = this.byOrigin.get(origin);
    if (known !== undefined) return known;
    const loading = this.load(new URL('/robots.txt', origin));
    this.byOrigin.set(origin, loading);
    return loading;
  }

  private async load(url: URL): Promise<RobotsFile> {
    return robotsFileOf(url, await followRedirects(this.session, url, noHopCheck));
  }
}

/** What a robots.txt response means for the site. */
export async function robotsFileOf(url: URL, sent: Sent): Promise<RobotsFile> {
  if (!sent.ok) {
    if (sent.code === 'too-many-redirects') return { readable: true, robots: ALLOW_ALL };
    return { readable: false, code: sent.code, why: `${url.href} could not be read (${sent.reason})` };
  }
  const { status } = sent;
  if (status >= 200 && status <= 299) {
    const body = await sent.readBody(ROBOTS_MAX_BYTES, 'truncate');
    if (!body.ok) return { readable: false, code: body.code, why: `${url.href} could not be read (${body.reason})` };
    return { readable: true, robots: parseRobots(new TextDecoder().decode(body.bytes)) };
  }
  sent.discard();
  if (status >= 400 && status <= 499 && status !== 429) return { readable: true, robots: ALLOW_ALL };
  return { readable: false, code: 'robots', why: `${url.href} answered HTTP ${status}` };
}
