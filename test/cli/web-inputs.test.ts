import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { warcBytes } from '../ingest/warc-builder.ts';

const bin = join(import.meta.dirname, '../../bin/newsprism.js');

/** Two reports of one invented event, as web pages. */
const paragraphs = [
  'A fire broke out on Tuesday night at the Marlowe textile mill in Brenton, the county fire service said.',
  'Forty firefighters fought the blaze for six hours before bringing it under control on Wednesday morning.',
  'Chief fire officer Dana Whitfield said the cause of the fire at the Brenton mill was not yet known.',
  'No one was injured, but the mill, which employs 300 people, will stay closed for at least a month.',
];

function page(title: string, order: readonly number[]): string {
  const body = order.map((i) => `<p>${paragraphs[i]}</p>`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<meta property="article:published_time" content="2024-03-06T08:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>${title}</h1>${body}</article>
<footer>Copyright 2024 County Courier</footer></body></html>`;
}

const pages: Record<string, string> = {
  '/news/mill-fire.html': page('Fire destroys part of Brenton mill', [0, 1, 2, 3]),
  '/wire/brenton-fire.html': page('Brenton mill fire under control after six hours', [1, 0, 3, 2]),
};

const feed = (base: string) => `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>County Courier</title>
<item><title>Fire destroys part of Brenton mill</title><link>${base}/news/mill-fire.html</link></item>
<item><title>Brenton mill fire under control</title><link>${base}/wire/brenton-fire.html</link></item>
</channel></rss>`;

let server: Server;
let base = '';

before(async () => {
  server = createServer((request, response) => {
    const path = request.url ?? '/';
    if (path === '/feed.xml') {
      response.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(feed(base));
    } else if (pages[path] !== undefined) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(pages[path]);
    } else {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(() => server.close());

/** Runs the CLI without blocking this process (the server answers from it). */
function run(args: readonly string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args]);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

function scratch(): string {
  return mkdtempSync(join(tmpdir(), 'newsprism-web-'));
}

function storiesOf(stdout: string): Map<string, string> {
  return new Map(
    stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { id: string; story: string })
      .map((r) => [r.id, r.story]),
  );
}

describe('web inputs', () => {
  it('refuses a loopback URL without --allow-private, naming the URL and the reason', async () => {
    const result = await run(['cluster', `${base}/news/mill-fire.html`]);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /rejected http:\/\/127\.0\.0\.1:\d+\/news\/mill-fire\.html: refused: 127\.0\.0\.1 is a loopback address \(use --allow-private/u);
  });

  it('reads pages served on loopback with --allow-private, into one story', async () => {
    const dir = scratch();
    const result = await run(['analyze', `${base}/news/mill-fire.html`, `${base}/wire/brenton-fire.html`, '--allow-private', '--db', join(dir, 'np.db'), '--out', join(dir, 'report')]);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /2 articles read \(2 new\) in 1 story/u);
  });

  it('reads a feed by URL and, with --fetch, the pages its items link to', async () => {
    const without = await run(['cluster', `${base}/feed.xml`, '--allow-private']);
    assert.equal(without.status, 1);
    assert.match(without.stderr, /feed\.xml#1: .*use --fetch/u);
    const fetched = await run(['cluster', `${base}/feed.xml`, '--allow-private', '--fetch']);
    assert.equal(fetched.status, 0, fetched.stderr);
    const stories = storiesOf(fetched.stdout);
    assert.equal(stories.size, 2);
    assert.equal(new Set(stories.values()).size, 1);
  });

  it('reads a WARC archive of its own making into one story', async () => {
    const dir = scratch();
    const archive = join(dir, 'crawl.warc.gz');
    const records = Object.entries(pages).map(([path, html]) => ({
      url: `https://courier.example${path}`,
      headers: { 'Content-Type': 'text/html; charset=utf-8' },
      body: html,
    }));
    writeFileSync(archive, await warcBytes([...records, { type: 'request' as const, body: 'GET / HTTP/1.1\r\n\r\n' }], true));
    const result = await run(['cluster', archive]);
    assert.equal(result.status, 0, result.stderr);
    const stories = storiesOf(result.stdout);
    assert.equal(stories.size, 2);
    assert.equal(new Set(stories.values()).size, 1);
  });
});
