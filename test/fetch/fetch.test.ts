import { test } from 'node:test';
import type { TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { createFetcher, fetchPage } from '../../src/fetch/index.ts';
import type { FetchOptions, FetchResult } from '../../src/fetch/index.ts';
import type { FakeClock, Route, TestServer } from './helpers.ts';
import { fakeClock, html, redirect, sequence, startServer, status } from './helpers.ts';

async function serve(t: TestContext, routes: Readonly<Record<string, Route>>): Promise<TestServer> {
  const server = await startServer(routes);
  t.after(() => server.close());
  return server;
}

/** Options for fetching from the local server: private addresses allowed, a fake clock, no jitter. */
function local(clock: FakeClock, more: Partial<FetchOptions> = {}): Partial<FetchOptions> {
  return { allowPrivate: true, clock, random: () => 0.5, timeoutMs: 2000, connectTimeoutMs: 2000, ...more };
}

function outcome(result: FetchResult): string {
  return result.ok ? `ok ${result.status} ${result.url}` : `${result.code}`;
}

test('fetches a page: final URL, status, content type, charset, bytes, time, user agent', async (t) => {
  const page = '<html><body><p>caf\u00e9</p></body></html>';
  const server = await serve(t, { '/a': html(page, 'text/html; charset=ISO-8859-1') });
  const clock = fakeClock();
  const result = await fetchPage(`${server.origin}/a`, local(clock));
  assert.ok(result.ok, outcome(result));
  assert.equal(result.url, `${server.origin}/a`);
  assert.equal(result.status, 200);
  assert.equal(result.contentType, 'text/html');
  assert.equal(result.charset, 'iso-8859-1');
  assert.equal(Buffer.from(result.bytes).toString('utf8'), page);
  assert.equal(result.fetchedAt, new Date(clock.now()).toISOString());
  assert.deepEqual(server.seen, ['/robots.txt', '/a']);
  assert.match(server.headers[1]?.['user-agent'] ?? '', /^newsprism\/0\.1 /);
});

test('a page without charset has no charset field; gzip bodies are decoded, unknown encodings refused', async (t) => {
  const page = '<p>compressed</p>'.repeat(100);
  const server = await serve(t, {
    '/plain': html('<p>x</p>', 'text/html'),
    '/gz': (_req, res) => res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(gzipSync(page)),
    '/zstd': (_req, res) => res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'zstd' }).end('(\xb5/\xfd'),
  });
  const fetcher = createFetcher(local(fakeClock()));
  const plain = await fetcher.fetchPage(`${server.origin}/plain`);
  assert.ok(plain.ok && !('charset' in plain));
  const gz = await fetcher.fetchPage(`${server.origin}/gz`);
  assert.ok(gz.ok);
  assert.equal(Buffer.from(gz.bytes).toString('utf8'), page);
  const zstd = await fetcher.fetchPage(`${server.origin}/zstd`);
  assert.equal(zstd.ok ? '' : zstd.reason, `${server.origin}/zstd: refused: unsupported Content-Encoding zstd`);
});

test('the same local URL is refused without allowPrivate, before any connection', async (t) => {
  const server = await serve(t, { '/a': html('<p>x</p>') });
  const result = await fetchPage(`${server.origin}/a`, { clock: fakeClock() });
  assert.deepEqual(result, {
    ok: false,
    url: `${server.origin}/a`,
    code: 'private-address',
    reason: `${server.origin}/a: refused: 127.0.0.1 is a loopback address (use --allow-private to allow it)`,
  });
  assert.deepEqual(server.seen, []);
});

test('connects to the checked address: the resolver is asked once per hop and the Host header keeps the name', async (t) => {
  const server = await serve(t, { '/a': html('<p>x</p>') });
  const asked: string[] = [];
  const resolve = async (host: string) => {
    asked.push(host);
    return [{ address: '127.0.0.1', family: 4 }];
  };
  const result = await fetchPage(`http://news.test:${server.port}/a`, local(fakeClock(), { allowPrivate: false, allowedAddresses: ['127.0.0.1'], resolve }));
  assert.equal(outcome(result), `ok 200 http://news.test:${server.port}/a`);
  assert.deepEqual(asked, ['news.test', 'news.test'], 'one lookup for robots.txt, one for the page');
  assert.deepEqual(server.headers.map((headers) => headers.host), [`news.test:${server.port}`, `news.test:${server.port}`]);
  const refused = await fetchPage(`http://news.test:${server.port}/a`, local(fakeClock(), { allowPrivate: false, resolve }));
  assert.equal(refused.ok ? '' : refused.reason, `http://news.test:${server.port}/a: refused: news.test resolves to 127.0.0.1, which is a loopback address (use --allow-private to allow it)`);
});

test('redirects are followed, relative or absolute, up to the limit', async (t) => {
  const server = await serve(t, {
    '/r1': redirect('/r2', 301),
    '/r2': redirect('r3', 307),
    '/r3': (_req, res) => res.writeHead(308, { location: `http://127.0.0.1:${(res.socket?.localPort ?? 0)}/page` }).end(),
    '/page': html('<p>x</p>'),
    '/loop': redirect('/loop'),
  });
  const fetcher = createFetcher(local(fakeClock(), { maxRedirects: 3 }));
  assert.equal(outcome(await fetcher.fetchPage(`${server.origin}/r1`)), `ok 200 ${server.origin}/page`);
  const loop = await fetcher.fetchPage(`${server.origin}/loop`);
  assert.equal(loop.ok ? '' : loop.reason, `${server.origin}/loop: refused: more than 3 redirects (the last to /loop)`);
  assert.equal(server.seen.filter((path) => path === '/loop').length, 4);
  assert.equal(outcome(await createFetcher(local(fakeClock(), { maxRedirects: 2 })).fetchPage(`${server.origin}/r1`)), 'too-many-redirects');
  assert.equal(outcome(await createFetcher(local(fakeClock(), { maxRedirects: 0 })).fetchPage(`${server.origin}/page`)), `ok 200 ${server.origin}/page`);
});

test('a redirect to a private address or another scheme is refused on that hop', async (t) => {
  const server = await serve(t, {
    '/to-private': redirect('http://10.0.0.1/admin'),
    '/to-metadata': redirect('http://[::ffff:169.254.169.254]/'),
    '/to-file': redirect('file:///etc/passwd'),
  });
  const fetcher = createFetcher(local(fakeClock(), { allowPrivate: false, allowedAddresses: ['127.0.0.1'] }));
  const privateHop = await fetcher.fetchPage(`${server.origin}/to-private`);
  assert.deepEqual(privateHop.ok ? null : [privateHop.code, privateHop.url, privateHop.reason], [
    'private-address',
    'http://10.0.0.1/admin',
    `http://10.0.0.1/admin: refused: 10.0.0.1 is a private address (use --allow-private to allow it) (redirected from ${server.origin}/to-private)`,
  ]);
  const metadata = await fetcher.fetchPage(`${server.origin}/to-metadata`);
  assert.equal(metadata.ok ? '' : metadata.code, 'private-address');
  const file = await fetcher.fetchPage(`${server.origin}/to-file`);
  assert.equal(file.ok ? '' : file.code, 'invalid-url');
});

test('robots.txt: fetched once per origin, obeyed on every hop', async (t) => {
  const robots = 'User-agent: *\nDisallow: /\n\nUser-agent: newsprism\nDisallow: /private\n';
  const server = await serve(t, {
    '/robots.txt': html(robots, 'text/plain'),
    '/public': html('<p>x</p>'),
    '/public2': html('<p>y</p>'),
    '/private/x': html('<p>secret</p>'),
    '/hop': redirect('/private/y'),
  });
  const fetcher = createFetcher(local(fakeClock()));
  assert.equal(outcome(await fetcher.fetchPage(`${server.origin}/public`)), `ok 200 ${server.origin}/public`);
  assert.equal(outcome(await fetcher.fetchPage(`${server.origin}/public2`)), `ok 200 ${server.origin}/public2`);
  const denied = await fetcher.fetchPage(`${server.origin}/private/x`);
  assert.equal(denied.ok ? '' : denied.reason, `${server.origin}/private/x: refused: ${server.origin}/robots.txt disallows it for newsprism (Disallow: /private)`);
  const hop = await fetcher.fetchPage(`${server.origin}/hop`);
  assert.equal(hop.ok ? '' : `${hop.code} ${hop.url}`, `robots ${server.origin}/private/y`);
  assert.deepEqual(server.seen, ['/robots.txt', '/public', '/public2', '/hop']);
  const ignoring = createFetcher(local(fakeClock(), { obeyRobots: false }));
  assert.equal(outcome(await ignoring.fetchPage(`${server.origin}/private/x`)), `ok 200 ${server.origin}/private/x`);
});

test('robots.txt: 404 allows, 5xx and 429 disallow, a timeout disallows', async (t) => {
  const cases: ReadonlyArray<readonly [string, Route, string]> = [
    ['404', status(404), 'ok 200'],
    ['403', status(403), 'ok 200'],
    ['503', status(503), 'robots'],
    ['429', status(429), 'robots'],
    ['silent', () => undefined, 'timeout'],
  ];
  for (const [name, route, expected] of cases) {
    const server = await serve(t, { '/robots.txt': route, '/a': html('<p>x</p>') });
    const result = await fetchPage(`${server.origin}/a`, local(fakeClock(), { retries: 0, timeoutMs: 150 }));
    assert.equal(result.ok ? `ok ${result.status}` : result.code, expected, name);
    if (!result.ok) assert.match(result.reason, /robots\.txt .*treated as closed to robots$/, name);
  }
});

test('retries 503 with exponential backoff, then succeeds', async (t) => {
  const server = await serve(t, { '/a': sequence(status(503), status(503), html('<p>x</p>')) });
  const clock = fakeClock();
  const result = await fetchPage(`${server.origin}/a`, local(clock, { hostIntervalMs: 0, backoffMs: 400 }));
  assert.equal(outcome(result), `ok 200 ${server.origin}/a`);
  assert.deepEqual(server.seen, ['/robots.txt', '/a', '/a', '/a']);
  assert.deepEqual(clock.sleeps, [300, 600], 'random 0.5: 3/4 of 400, then of 800');
});

test('Retry-After is honoured up to the cap; past it the 429 is final', async (t) => {
  const server = await serve(t, {
    '/soon': sequence(status(429, { 'retry-after': '3' }), html('<p>x</p>')),
    '/later': status(503, { 'retry-after': '3600' }),
  });
  const clock = fakeClock();
  const fetcher = createFetcher(local(clock, { hostIntervalMs: 0 }));
  assert.equal(outcome(await fetcher.fetchPage(`${server.origin}/soon`)), `ok 200 ${server.origin}/soon`);
  assert.deepEqual(clock.sleeps, [3000]);
  const later = await fetcher.fetchPage(`${server.origin}/later`);
  assert.deepEqual(later.ok ? null : [later.code, later.status, later.reason], ['http-status', 503, `${server.origin}/later: the server answered HTTP 503 Service Unavailable`]);
  assert.equal(server.seen.filter((path) => path === '/later').length, 1);
});

test('retries run out on a server that keeps failing; 404 is not retried', async (t) => {
  const server = await serve(t, { '/down': status(500), '/gone': status(404) });
  const clock = fakeClock();
  const fetcher = createFetcher(local(clock, { hostIntervalMs: 0, backoffMs: 100 }));
  const down = await fetcher.fetchPage(`${server.origin}/down`);
  assert.equal(down.ok ? '' : `${down.code} ${down.status}`, 'http-status 500');
  assert.equal(server.seen.filter((path) => path === '/down').length, 3);
  assert.deepEqual(clock.sleeps, [75, 150]);
  const gone = await fetcher.fetchPage(`${server.origin}/gone`);
  assert.equal(gone.ok ? '' : gone.reason, `${server.origin}/gone: the server answered HTTP 404 Not Found`);
  assert.equal(server.seen.filter((path) => path === '/gone').length, 1);
});

test('network errors are retried, then reported', async (t) => {
  const server = await serve(t, {});
  const url = `${server.origin}/a`;
  await server.close();
  const clock = fakeClock();
  const result = await fetchPage(url, local(clock, { obeyRobots: false, hostIntervalMs: 0 }));
  assert.equal(result.ok ? '' : result.reason, `${url}: network error (ECONNREFUSED)`);
  assert.equal(clock.sleeps.length, 2);
});

test('politeness: requests to one host are spaced by the interval', async (t) => {
  const server = await serve(t, { '/a': html('<p>a</p>'), '/b': html('<p>b</p>') });
  const clock = fakeClock(0);
  const fetcher = createFetcher(local(clock, { hostIntervalMs: 1000 }));
  await Promise.all([fetcher.fetchPage(`${server.origin}/a`), fetcher.fetchPage(`${server.origin}/b`)]);
  assert.equal(server.seen.length, 3, 'robots.txt once, then both pages');
  assert.equal(clock.now(), 2000, 'robots at 0, pages at 1000 and 2000');
});

test('non-HTML content is refused without reading it', async (t) => {
  const server = await serve(t, { '/doc.pdf': html('%PDF-1.4', 'application/pdf') });
  const result = await fetchPage(`${server.origin}/doc.pdf`, local(fakeClock()));
  assert.equal(result.ok ? '' : result.reason, `${server.origin}/doc.pdf: refused: the content is application/pdf, not text/html or application/xhtml+xml`);
});

test('the size cap stops the download mid-stream', async (t) => {
  let closedEarly: (early: boolean) => void = () => undefined;
  const closed = new Promise<boolean>((done) => {
    closedEarly = done;
  });
  const server = await serve(t, {
    '/endless': (req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      const chunk = Buffer.alloc(1024, 'a');
      let sent = 0;
      const timer = setInterval(() => {
        sent += 1;
        if (sent > 2000) {
          clearInterval(timer);
          res.end();
          return;
        }
        res.write(chunk);
      }, 1);
      req.socket.once('close', () => {
        closedEarly(sent <= 2000);
        clearInterval(timer);
      });
    },
    '/declared': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(1 << 20) });
      res.write('<p>');
    },
    '/bomb': (_req, res) => res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(gzipSync(Buffer.alloc(4 << 20))),
  });
  const fetcher = createFetcher(local(fakeClock(), { maxBytes: 8192 }));
  const endless = await fetcher.fetchPage(`${server.origin}/endless`);
  assert.equal(endless.ok ? '' : endless.reason, `${server.origin}/endless: refused: the page is larger than 8192 bytes`);
  assert.equal(await closed, true, 'the connection was closed before the server finished');
  assert.equal(outcome(await fetcher.fetchPage(`${server.origin}/declared`)), 'too-large');
  assert.equal(outcome(await fetcher.fetchPage(`${server.origin}/bomb`)), 'too-large');
});

test('timeouts: a server that never answers, and one that stalls mid-body', async (t) => {
  const server = await serve(t, {
    '/silent': () => undefined,
    '/stall': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write('<p>start');
    },
  });
  const fetcher = createFetcher(local(fakeClock(), { obeyRobots: false, timeoutMs: 150 }));
  const started = performance.now();
  const silent = await fetcher.fetchPage(`${server.origin}/silent`);
  assert.equal(silent.ok ? '' : silent.reason, `${server.origin}/silent: no complete response within 150 ms`);
  const stall = await fetcher.fetchPage(`${server.origin}/stall`);
  assert.equal(stall.ok ? '' : stall.code, 'timeout');
  assert.ok(performance.now() - started < 1500, 'timeouts are not retried');
});

test('invalid URLs are refused with a reason, never thrown', async () => {
  const cases: ReadonlyArray<readonly [string, string]> = [
    ['ftp://example.org/x', 'ftp://example.org/x: refused: only http and https URLs are fetched, not ftp'],
    ['example.org/page', 'example.org/page: not a valid absolute URL'],
    ['https://user:pw@example.org/', 'https://example.org/: refused: URLs carrying a user name or password are not fetched'],
  ];
  for (const [url, reason] of cases) {
    const result = await fetchPage(url, { clock: fakeClock() });
    assert.deepEqual(result.ok ? null : [result.code, result.reason], ['invalid-url', reason], url);
  }
});
