import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { articleId } from '../../src/ingest/index.ts';
import type { IngestItem } from '../../src/ingest/index.ts';
import { collect, outline, tempTree } from './helpers.ts';
import { warcBytes } from './warc-builder.ts';
import type { TestRecord } from './warc-builder.ts';

const HTML = { 'Content-Type': 'text/html; charset=utf-8' };

const CRAWL: readonly TestRecord[] = [
  { type: 'warcinfo', body: 'software: test\r\n' },
  { url: 'https://news.example/a', headers: HTML, body: '<html><body><p>First page.</p></body></html>' },
  { type: 'request', url: 'https://news.example/style.css', body: '' },
  { url: 'https://news.example/style.css', headers: { 'Content-Type': 'text/css' }, body: 'p { color: red }' },
  { url: 'https://news.example/moved', status: '301 Moved Permanently', headers: { 'Content-Type': 'text/html', Location: '/b' }, body: '<p>moved</p>' },
  { url: 'https://news.example/b', headers: { 'Content-Type': 'application/xhtml+xml' }, body: '<html><body><p>Second page.</p></body></html>' },
];

async function readArchive(records: readonly TestRecord[], gzip: boolean, options: { maxBytes?: number } = {}): Promise<{ items: IngestItem[]; root: string; name: string }> {
  const name = gzip ? 'crawl.warc.gz' : 'crawl.warc';
  const root = await tempTree({ [name]: await warcBytes(records, gzip) });
  return { items: await collect([join(root, name)], options), root, name };
}

for (const gzip of [false, true]) {
  const kind = gzip ? 'WARC.gz' : 'WARC';

  test(`${kind}: HTML 200 responses become articles FILE#n with the target URI and fetch time; the rest is one summary`, async () => {
    const { items, root, name } = await readArchive(CRAWL, gzip);
    assert.deepEqual(outline(items, root), [`article ${name}#2`, `article ${name}#6`, `skipped ${name}`]);
    const first = items[0];
    assert.ok(first?.kind === 'article');
    const html = '<html><body><p>First page.</p></body></html>';
    assert.deepEqual(first.article, { id: articleId(html), path: join(root, `${name}#2`), url: 'https://news.example/a', html }, 'no publishedAt: WARC-Date is the fetch time');
    assert.equal(first.fetchedAt, '2025-05-04T12:00:00Z');
    const summary = items.at(-1);
    assert.ok(summary?.kind === 'skipped' && summary.reason === '6 records: 2 HTML pages read, 4 other records skipped');
  });

  test(`${kind}: truncated archive: the records before the cut come through, then one rejection naming the offset`, async () => {
    const whole = await warcBytes(CRAWL, gzip);
    const root = await tempTree({ 'cut.warc': whole.subarray(0, whole.length - 30) });
    const items = await collect([join(root, 'cut.warc')]);
    assert.deepEqual(outline(items, root), ['article cut.warc#2', 'rejected cut.warc malformed-warc']);
    const last = items.at(-1);
    assert.ok(last?.kind === 'rejected');
    assert.match(last.rejected.reason, gzip ? /^corrupt or truncated gzip data at byte \d+ of the file: unexpected end of file; read before it: 5 records/ : /^truncated: record 6 \(at byte \d+\) lacks \d+ of its \d+ content bytes; read before it: 5 records: 1 HTML page read, 4 other records skipped$/);
  });

  test(`${kind}: the size limit applies per record: a big page is rejected, a big image passed over, the rest read`, async () => {
    const records: TestRecord[] = [
      { url: 'https://news.example/big', headers: HTML, body: `<p>${'x'.repeat(5000)}</p>` },
      { url: 'https://news.example/img', headers: { 'Content-Type': 'image/jpeg' }, body: Buffer.alloc(50_000, 7) },
      { url: 'https://news.example/small', headers: HTML, body: '<p>Small page.</p>' },
    ];
    const { items, root, name } = await readArchive(records, gzip, { maxBytes: 4000 });
    assert.deepEqual(outline(items, root), [`rejected ${name}#1 too-large`, `article ${name}#3`, `skipped ${name}`]);
  });
}

test('WARC: the HTTP header charset, then <meta>, decode each page; gzip and chunked bodies are undone', async () => {
  const russian = 'Мэр открыл библиотеку.';
  const records: TestRecord[] = [
    { url: 'https://ru.example/1', headers: { 'Content-Type': 'text/html; charset=windows-1251' }, body: iconv.encode(`<p>${russian}</p>`, 'windows-1251') },
    { url: 'https://ru.example/2', headers: { 'Content-Type': 'text/html' }, body: iconv.encode(`<meta charset="koi8-r"><p>${russian}</p>`, 'koi8-r') },
    { url: 'https://ru.example/3', headers: { 'Content-Type': 'text/html', 'Content-Encoding': 'gzip' }, body: gzipSync(`<p>${russian}</p>`) },
    { url: 'https://ru.example/4', headers: { 'Content-Type': 'text/html', 'Transfer-Encoding': 'chunked' }, body: '5\r\n<p>Ch\r\n9\r\nunked</p>\r\n0\r\n\r\n' },
    { url: 'https://ru.example/5', headers: { 'Content-Type': 'text/html', 'Content-Encoding': 'gzip' }, body: '<p>stored decoded</p>' },
  ];
  const { items } = await readArchive(records, true);
  const pages = items.map((item) => (item.kind === 'article' ? item.article.html : item.kind));
  assert.deepEqual(pages, [`<p>${russian}</p>`, `<meta charset="koi8-r"><p>${russian}</p>`, `<p>${russian}</p>`, '<p>Chunked</p>', '<p>stored decoded</p>']);
  const stored = items[4];
  assert.ok(stored?.kind === 'article');
  assert.deepEqual(stored.notes, ['Content-Encoding "gzip" but the stored body is not encoded so: read as stored']);
});

test('WARC archives that give nothing: no HTML, no records, not a WARC, a gzip that is not a WARC', async () => {
  const noHtml = await warcBytes([{ type: 'warcinfo', body: 'x: y\r\n' }, { url: 'https://x.example/a.png', headers: { 'Content-Type': 'image/png' }, body: 'png' }], false);
  const root = await tempTree({
    'no-html.warc': noHtml,
    'empty.warc': '',
    'text.warc': 'this is not an archive\n',
    'text.warc.gz': gzipSync('<html>not an archive</html>'),
    'binary.warc.gz': Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x01, 0x02, 0x03]),
  });
  const expected: ReadonlyArray<readonly [string, string, RegExp]> = [
    ['no-html.warc', 'empty', /^no HTML pages: 2 records: 0 HTML pages read, 2 other records skipped$/],
    ['empty.warc', 'empty', /^file is empty$/],
    ['text.warc', 'malformed-warc', /^not a WARC file: it does not start with "WARC\/"; no records read$/],
    ['text.warc.gz', 'malformed-warc', /^not a WARC file: it does not start with "WARC\/" once gunzipped; no records read$/],
    ['binary.warc.gz', 'malformed-warc', /^corrupt or truncated gzip data/],
  ];
  const items = await collect(expected.map(([name]) => join(root, name)));
  assert.equal(items.length, expected.length);
  expected.forEach(([name, code, reason], index) => {
    const item = items[index];
    assert.ok(item?.kind === 'rejected' && item.rejected.path === join(root, name), name);
    assert.equal(item.rejected.code, code, name);
    assert.match(item.rejected.reason, reason, name);
  });
});

test('WARC: a record of another type larger than the limit is streamed past, not refused', async () => {
  const records: TestRecord[] = [
    { url: 'https://x.example/video', headers: { 'Content-Type': 'video/mp4' }, body: Buffer.alloc(8 * 1024 * 1024, 0x61) },
    { url: 'https://x.example/page', headers: HTML, body: '<p>After the video.</p>' },
  ];
  const root = await tempTree({ 'video.warc': await warcBytes(records, false) });
  const items = await collect([join(root, 'video.warc')], { maxBytes: 1024 * 1024 });
  assert.deepEqual(outline(items, root), ['article video.warc#2', 'skipped video.warc']);
});
