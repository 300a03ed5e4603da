/** The fetcher's defaults, and the check of options given at the entry point. */
import { fail } from '../errors.ts';
import { systemResolver } from './target.ts';
import type { Clock, FetchOptions } from './types.ts';

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((done) => setTimeout(done, ms)),
};

/** The product token robots.txt files address us by. */
export const ROBOTS_AGENT = 'newsprism';

export const DEFAULT_USER_AGENT = 'newsprism/0.1 (+https://github.com/newsprism/newsprism)';

export const DEFAULT_FETCH_OPTIONS: FetchOptions = Object.freeze({
  timeoutMs: 15_000,
  connectTimeoutMs: 10_000,
  maxBytes: 10 * 1024 * 1024,
  maxRedirects: 5,
  trustedCertificates: Object.freeze([]),
  userAgent: DEFAULT_USER_AGENT,
  robotsAgent: ROBOTS_AGENT,
  obeyRobots: true,
  allowPrivate: false,
  allowedAddresses: Object.freeze([]),
  retries: 2,
  backoffMs: 500,
  maxRetryAfterMs: 30_000,
  hostIntervalMs: 1000,
  accept: Object.freeze(['text/html', 'application/xhtml+xml']),
  clock: systemClock,
  random: Math.random,
  resolve: systemResolver,
});

const COUNTS = ['maxRedirects', 'retries'] as const;
const DURATIONS = ['timeoutMs', 'connectTimeoutMs', 'backoffMs', 'maxRetryAfterMs', 'hostIntervalMs'] as const;

/** The defaults with `given` laid over them, checked and frozen. */
export function fetchOptions(given: Partial<FetchOptions> = {}): FetchOptions {
  const options = { ...DEFAULT_FETCH_OPTIONS, ...given };
  for (const name of [...COUNTS, ...DURATIONS]) {
    const value = options[name];
    if (!Number.isInteger(value) || value < 0) fail('E_OPTION', `expected ${name} to be a whole number >= 0, instead found ${value}`);
  }
  if (!Number.isInteger(options.maxBytes) || options.maxBytes < 1) {
    fail('E_OPTION', `expected maxBytes to be a whole number >= 1, instead found ${options.maxBytes}`);
  }
  if (options.timeoutMs === 0 || options.connectTimeoutMs === 0) {
    fail('E_OPTION', 'expected timeoutMs and connectTimeoutMs to be above 0, instead found 0');
  }
  if (!/^[a-z0-9_-]{1,64}$/i.test(options.robotsAgent)) {
    fail('E_OPTION', `expected robotsAgent to be a product token (letters, digits, "-", "_"), instead found "${options.robotsAgent}"`);
  }
  if (/[\r\n]/.test(options.userAgent)) fail('E_OPTION', 'expected userAgent to be one line, instead found a line break');
  return Object.freeze(options);
}
