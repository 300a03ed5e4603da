/** The shapes the fetcher hands back and the knobs it takes (defaults in `options.ts`). */
import type { IncomingHttpHeaders } from 'node:http';

/** Why a page could not be fetched: a short stable code, as on `Rejected.code`. */
export type FetchCode =
  | 'invalid-url'
  | 'private-address'
  | 'robots'
  | 'timeout'
  | 'too-large'
  | 'too-many-redirects'
  | 'http-status'
  | 'not-html'
  | 'network';

export interface FetchSuccess {
  readonly ok: true;
  /** The final URL, after redirects. */
  readonly url: string;
  readonly status: number;
  /** The media type of the Content-Type header, lowercased, without parameters ('' when absent). */
  readonly contentType: string;
  /** The `charset` parameter of the Content-Type header, lowercased, when there is one. */
  readonly charset?: string;
  /** The body, after undoing any Content-Encoding. */
  readonly bytes: Uint8Array;
  /** ISO 8601 date-time of the response, from the fetcher's clock. */
  readonly fetchedAt: string;
}

export interface FetchFailure {
  readonly ok: false;
  /** The URL that failed (a redirect target when the failure happened after a redirect). */
  readonly url: string;
  readonly code: FetchCode;
  /** One line for a person, naming the URL: "http://10.0.0.1/x: refused: ...". */
  readonly reason: string;
  /** The HTTP status, for `http-status`. */
  readonly status?: number;
}

export type FetchResult = FetchSuccess | FetchFailure;

/** Time as the fetcher sees it, injectable so tests never wait. */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
  sleep(ms: number): Promise<void>;
}

export interface ResolvedAddress {
  readonly address: string;
  /** 4 or 6. */
  readonly family: number;
}

/** Every address a host name resolves to (the default is `dns.lookup` with `all: true`). */
export type Resolver = (hostname: string) => Promise<readonly ResolvedAddress[]>;

export interface FetchOptions {
  /** Longest time for one request, from connecting to the last byte of the body. */
  readonly timeoutMs: number;
  /** Longest time to resolve the host and open the connection. */
  readonly connectTimeoutMs: number;
  /** Largest body accepted (after decompression), enforced while it streams in. */
  readonly maxBytes: number;
  readonly maxRedirects: number;
  /** PEM certificates trusted besides the system's roots (an intranet CA, a test server). */
  readonly trustedCertificates: readonly string[];
  /** The User-Agent header. */
  readonly userAgent: string;
  /** The product token matched against robots.txt `User-agent` lines. */
  readonly robotsAgent: string;
  readonly obeyRobots: boolean;
  /** Allow loopback, private, link-local and other non-public addresses (tests, intranets). */
  readonly allowPrivate: boolean;
  /** Non-public addresses allowed even when `allowPrivate` is off (a known intranet host, a test server). */
  readonly allowedAddresses: readonly string[];
  /** Further attempts after a network error, a 429 or a 5xx. */
  readonly retries: number;
  /** First backoff delay; it doubles on each retry, with jitter. */
  readonly backoffMs: number;
  /** Longest Retry-After honoured; a server asking for longer is not retried. */
  readonly maxRetryAfterMs: number;
  /** Least time between two requests to one host. */
  readonly hostIntervalMs: number;
  /** Media types accepted as pages; anything else is `not-html`. */
  readonly accept: readonly string[];
  readonly clock: Clock;
  /** A number in [0, 1), for backoff jitter. */
  readonly random: () => number;
  readonly resolve: Resolver;
}

/** An HTTP response whose headers arrived; the body is read or discarded by whoever opened it. */
export interface OpenResponse {
  readonly ok: true;
  readonly url: URL;
  readonly status: number;
  readonly statusText: string;
  readonly headers: IncomingHttpHeaders;
  /** Reads the (decompressed) body up to `maxBytes`: past it, fails or keeps the first `maxBytes`. */
  readBody(maxBytes: number, overflow: 'fail' | 'truncate'): Promise<BodyResult>;
  /** Closes the connection without reading the body. */
  discard(): void;
}

export type BodyResult = { readonly ok: true; readonly bytes: Uint8Array } | FetchFailure;
