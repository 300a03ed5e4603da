import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isAccepted, parseContentType } from '../../src/fetch/content-type.ts';
import { DEFAULT_FETCH_OPTIONS, fetchOptions } from '../../src/fetch/options.ts';
import { HostTimers } from '../../src/fetch/politeness.ts';
import { backoffDelay, isRetryableStatus, retryAfterMs } from '../../src/fetch/retry.ts';
import { checkUrl, pickAddress } from '../../src/fetch/target.ts';
import type { FetchOptions } from '../../src/fetch/types.ts';
import { fakeClock } from './helpers.ts';

test('parseContentType: media type and charset', () => {
  const cases: ReadonlyArray<readonly [string | undefined, string]> = [
    ['text/html; charset=UTF-8', 'text/html|utf-8'],
    ['text/html;charset="ISO-8859-1"', 'text/html|iso-8859-1'],
    ['Text/HTML ; Charset = windows-1252 ; foo=bar', 'text/html|windows-1252'],
    ['application/xhtml+xml', 'application/xhtml+xml|'],
    ['text/html; charset=', 'text/html|'],
    ['text/html; foo=charset=x', 'text/html|'],
    ['', '|'],
    [undefined, '|'],
  ];
  for (const [header, expected] of cases) {
    const parsed = parseContentType(header);
    assert.equal(`${parsed.mediaType}|${parsed.charset ?? ''}`, expected, String(header));
    if (parsed.charset === undefined) assert.equal('charset' in parsed, false, 'charset omitted, not undefined');
  }
});

test('isAccepted: listed media types, or none declared', () => {
  const accept = DEFAULT_FETCH_OPTIONS.accept;
  assert.equal(isAccepted(parseContentType('text/html'), accept), true);
  assert.equal(isAccepted(parseContentType('application/xhtml+xml; charset=utf-8'), accept), true);
  assert.equal(isAccepted(parseContentType(undefined), accept), true);
  assert.equal(isAccepted(parseContentType('application/pdf'), accept), false);
  assert.equal(isAccepted(parseContentType('text/plain'), accept), false);
});

test('retry: which statuses, how long, Retry-After forms', () => {
  assert.deepEqual([200, 301, 404, 429, 500, 503, 599, 600].map(isRetryableStatus), [false, false, false, true, true, true, true, false]);
  assert.deepEqual([0, 1, 2].map((attempt) => backoffDelay(attempt, 500, () => 0)), [250, 500, 1000]);
  assert.deepEqual([0, 1, 2].map((attempt) => backoffDelay(attempt, 500, () => 0.999999)), [500, 1000, 2000]);
  const now = Date.UTC(2025, 0, 1, 0, 0, 0);
  assert.equal(retryAfterMs('3', now), 3000);
  assert.equal(retryAfterMs(' 0 ', now), 0);
  assert.equal(retryAfterMs('Wed, 01 Jan 2025 00:00:10 GMT', now), 10_000);
  assert.equal(retryAfterMs('Tue, 31 Dec 2024 23:00:00 GMT', now), 0);
  assert.equal(retryAfterMs('soon', now), null);
  assert.equal(retryAfterMs('-5', now), null);
  assert.equal(retryAfterMs(undefined, now), null);
});

test('HostTimers: one request per host per interval, hosts independent, concurrent callers queue', async () => {
  const clock = fakeClock(0);
  const timers = new HostTimers(clock, 1000);
  await timers.wait('a.test');
  await timers.wait('b.test');
  assert.deepEqual(clock.sleeps, []);
  await Promise.all([timers.wait('a.test'), timers.wait('a.test')]);
  assert.deepEqual(clock.sleeps, [1000, 1000], 'the second caller waits for the slot after the first');
  assert.equal(clock.now(), 2000);
});

test('checkUrl refuses what is not a plain http(s) URL', () => {
  const cases: ReadonlyArray<readonly [string, string]> = [
    ['https://example.org/a?b#c', 'ok https://example.org/a?b#c'],
    ['HTTP://Example.ORG', 'ok http://example.org/'],
    ['ftp://example.org/file', 'invalid-url'],
    ['file:///etc/passwd', 'invalid-url'],
    ['javascript:alert(1)', 'invalid-url'],
    ['/relative/path', 'invalid-url'],
    ['not a url', 'invalid-url'],
    ['http://user:secret@example.org/', 'invalid-url'],
  ];
  for (const [raw, expected] of cases) {
    const checked = checkUrl(raw);
    assert.equal(checked.ok ? `ok ${checked.url.href}` : checked.code, expected, raw);
  }
  const withPassword = checkUrl('http://user:secret@example.org/x');
  assert.ok(!withPassword.ok && !withPassword.reason.includes('secret'), 'the password is not repeated');
  const relative = checkUrl('../b', new URL('https://example.org/a/c'));
  assert.ok(relative.ok && relative.url.href === 'https://example.org/b');
});

const rules = (given: Partial<FetchOptions>): FetchOptions => fetchOptions(given);

test('pickAddress: literal IPs and resolved names, every address checked', async () => {
  const resolve = async (host: string) => (host === 'mixed.test'
    ? [{ address: '93.184.216.34', family: 4 }, { address: '10.0.0.7', family: 4 }]
    : [{ address: '93.184.216.34', family: 4 }]);
  const cases: ReadonlyArray<readonly [string, Partial<FetchOptions>, string]> = [
    ['http://10.0.0.1/x', {}, 'http://10.0.0.1/x: refused: 10.0.0.1 is a private address (use --allow-private to allow it)'],
    ['http://[::1]/', {}, 'http://[::1]/: refused: ::1 is a loopback address (use --allow-private to allow it)'],
    ['http://[::ffff:127.0.0.1]/', {}, 'http://[::ffff:7f00:1]/: refused: ::ffff:7f00:1 is a loopback address (use --allow-private to allow it)'],
    ['http://0x7f.1/', {}, 'http://127.0.0.1/: refused: 127.0.0.1 is a loopback address (use --allow-private to allow it)'],
    ['http://2130706433/', {}, 'http://127.0.0.1/: refused: 127.0.0.1 is a loopback address (use --allow-private to allow it)'],
    ['http://169.254.169.254/latest/meta-data', {}, 'http://169.254.169.254/latest/meta-data: refused: 169.254.169.254 is a link-local address (use --allow-private to allow it)'],
    ['http://mixed.test/', {}, 'http://mixed.test/: refused: mixed.test resolves to 10.0.0.7, which is a private address (use --allow-private to allow it)'],
    ['http://mixed.test/', { allowPrivate: true }, '93.184.216.34'],
    ['http://10.0.0.1/x', { allowedAddresses: ['10.0.0.1'] }, '10.0.0.1'],
    ['http://news.test/', {}, '93.184.216.34'],
    ['http://8.8.8.8/', {}, '8.8.8.8'],
  ];
  for (const [raw, given, expected] of cases) {
    const checked = checkUrl(raw);
    assert.ok(checked.ok, raw);
    const picked = await pickAddress(checked.url, rules({ resolve, ...given }));
    assert.equal(picked.ok ? picked.address.address : picked.reason, expected, raw);
  }
});

test('pickAddress: resolver failures and silence become network and timeout', async () => {
  const url = new URL('http://down.test/');
  const failing = await pickAddress(url, rules({ resolve: async () => Promise.reject(Object.assign(new Error('x'), { code: 'ENOTFOUND' })) }));
  assert.deepEqual(failing.ok ? null : [failing.code, failing.reason], ['network', 'http://down.test/: could not resolve down.test (ENOTFOUND)']);
  const empty = await pickAddress(url, rules({ resolve: async () => [] }));
  assert.equal(empty.ok ? null : empty.code, 'network');
  const silent = await pickAddress(url, rules({ resolve: () => new Promise(() => undefined), connectTimeoutMs: 20 }));
  assert.equal(silent.ok ? null : silent.code, 'timeout');
});

test('fetchOptions: defaults, overrides, and programmer errors', () => {
  assert.equal(fetchOptions().maxRedirects, 5);
  assert.equal(fetchOptions().robotsAgent, 'newsprism');
  assert.equal(fetchOptions({ retries: 0 }).retries, 0);
  assert.ok(Object.isFrozen(fetchOptions()));
  const bad: ReadonlyArray<Partial<FetchOptions>> = [
    { maxBytes: 0 }, { retries: -1 }, { timeoutMs: 0 }, { hostIntervalMs: 1.5 }, { robotsAgent: 'news prism' }, { userAgent: 'a\r\nX-Evil: 1' },
  ];
  for (const given of bad) assert.throws(() => fetchOptions(given), /E_OPTION/, JSON.stringify(given));
});
