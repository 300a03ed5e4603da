import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmod, symlink, truncate } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { Readable } from 'node:stream';
import { articleId, DEFAULT_MAX_BYTES, readInputs } from '../../src/ingest/index.ts';
import { NewsprismError } from '../../src/errors.ts';
import { collect, outline, tempTree } from './helpers.ts';

test('each input form becomes an article with the right field and path', async () => {
  const root = await tempTree({
    'a.txt': '\ufeff date 2025-05-04 \n\nBody of a.',
    'b.html': '<html><body><p>B</p></body></html>',
    'c.HTM': '<p>C</p>',
    'd.jsonl': '{"text": "D1"}\n{"html": "<p>D2</p>", "url": "https://example.org/d2"}\n',
    'e.ndjson': '{"text": "E1", "id": "e-one"}',
  });
  const items = await collect(['a.txt', 'b.html', 'c.HTM', 'd.jsonl', 'e.ndjson'].map((name) => join(root, name)));
  const articles = items.map((item) => (item.kind === 'article' ? item.article : null));
  assert.deepEqual(articles, [
    { id: articleId(' date 2025-05-04 \n\nBody of a.'), path: join(root, 'a.txt'), text: ' date 2025-05-04 \n\nBody of a.' },
    { id: articleId('<html><body><p>B</p></body></html>'), path: join(root, 'b.html'), html: '<html><body><p>B</p></body></html>' },
    { id: articleId('<p>C</p>'), path: join(root, 'c.HTM'), html: '<p>C</p>' },
    { id: articleId('D1'), path: `${join(root, 'd.jsonl')}:1`, text: 'D1' },
    { id: articleId('<p>D2</p>'), path: `${join(root, 'd.jsonl')}:2`, html: '<p>D2</p>', url: 'https://example.org/d2' },
    { id: 'e-one', path: `${join(root, 'e.ndjson')}:1`, text: 'E1' },
  ]);
});

test('each problem with an input is one rejection with its code and reason; the run goes on', async () => {
  const root = await tempTree({
    'empty.txt': '',
    'blank.txt': ' \n\n\t',
    'binary.txt': Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x00, 0x00]),
    'latin1.txt': Buffer.from('caf\u00e9', 'latin1'),
    'big.txt': 'x'.repeat(2000),
    'notes.md': '# notes',
    'feed.rss': '<rss/>',
    'feed.atom': '<feed xmlns="http://www.w3.org/2005/Atom"><title>x</title></feed>',
    'sitemap.xml': '<?xml version="1.0"?><urlset><url/></urlset>',
    'data.json': '{"rows": []}',
    'crawl.warc.gz': 'gz',
    'blank.jsonl': '\n\n',
    'zero.jsonl': '',
    'binary.jsonl': Buffer.from([0x00, 0x01, 0x02]),
    'good.txt': 'Still read.',
  });
  const cases: ReadonlyArray<readonly [string, string, RegExp]> = [
    ['nowhere.txt', 'missing', /^no such file or directory$/],
    ['empty.txt', 'empty', /^file is empty$/],
    ['blank.txt', 'empty', /^file contains only whitespace$/],
    ['binary.txt', 'binary', /^looks binary: NUL byte at offset 6$/],
    ['latin1.txt', 'invalid-utf8', /^not valid UTF-8 \(bad byte 0xE9 at offset 3\)$/],
    ['big.txt', 'too-large', /^file is 2000 bytes, over the 1000 bytes limit$/],
    ['notes.md', 'unknown-extension', /^unknown extension "\.md": newsprism reads \.txt, \.html, \.htm, \.jsonl, \.ndjson, \.xml/],
    ['feed.rss', 'empty', /^feed has no items$/],
    ['feed.atom', 'empty', /^feed has no items$/],
    ['sitemap.xml', 'not-a-feed', /^not an RSS or Atom feed: the root element is <urlset>$/],
    ['data.json', 'not-a-feed', /^not a JSON Feed: no "version"/],
    ['crawl.warc.gz', 'malformed-warc', /^not a WARC file: it does not start with "WARC\/"; no records read$/],
    ['blank.jsonl', 'empty', /^no records: only blank lines$/],
    ['zero.jsonl', 'empty', /^file is empty$/],
    ['binary.jsonl', 'binary', /^looks binary/],
  ];
  const items = await collect([...cases.map(([name]) => join(root, name)), join(root, 'good.txt')], { maxBytes: 1000 });
  assert.equal(items.length, cases.length + 1);
  cases.forEach(([name, code, reason], index) => {
    const item = items[index];
    assert.ok(item?.kind === 'rejected', name);
    assert.equal(item.rejected.path, join(root, name));
    assert.equal(item.rejected.code, code, name);
    assert.match(item.rejected.reason, reason, name);
  });
  assert.equal(items.at(-1)?.kind, 'article');
});

test('the size limit is checked on stat, before reading: a 5 GB sparse file is refused at once', async () => {
  const root = await tempTree({ 'huge.txt': '' });
  await truncate(join(root, 'huge.txt'), 5 * 1024 ** 3);
  const started = performance.now();
  const [item] = await collect([join(root, 'huge.txt')]);
  assert.deepEqual(item, { kind: 'rejected', rejected: { path: join(root, 'huge.txt'), code: 'too-large', reason: 'file is 5120 MB, over the 20 MB limit' } });
  assert.ok(performance.now() - started < 1000);
  assert.equal(DEFAULT_MAX_BYTES, 20 * 1024 * 1024);
});

test('an unreadable file is rejected as unreadable', { skip: process.getuid?.() === 0 ? 'root reads everything' : false }, async () => {
  const root = await tempTree({ 'locked.txt': 'secret' });
  await chmod(join(root, 'locked.txt'), 0o000);
  const [item] = await collect([join(root, 'locked.txt')]);
  assert.deepEqual(item, { kind: 'rejected', rejected: { path: join(root, 'locked.txt'), code: 'unreadable', reason: 'permission denied' } });
});

test('a bad line in a JSONL file does not stop the other lines', async () => {
  const lines = [
    '{"text": "one"}',
    '{"text": "two"',
    '',
    '{"title": "no body"}',
    `{"text": "${'y'.repeat(300)}"}`,
    Buffer.from('{"text": "caf\u00e9"}', 'latin1'),
    '{"text": "three", "publishedAt": 3}',
    '{"text": "four"}',
  ];
  const root = await tempTree({ 'mixed.jsonl': Buffer.concat(lines.map((line) => Buffer.concat([Buffer.from(line), Buffer.from('\n')]))) });
  const items = await collect([join(root, 'mixed.jsonl')], { maxBytes: 200 });
  assert.deepEqual(outline(items, root), [
    'article mixed.jsonl:1',
    'rejected mixed.jsonl:2 malformed-jsonl',
    'rejected mixed.jsonl:4 no-text',
    'rejected mixed.jsonl:5 too-large',
    'rejected mixed.jsonl:6 invalid-utf8',
    'rejected mixed.jsonl:7 malformed-jsonl',
    'article mixed.jsonl:8',
  ]);
  const tooLarge = items[3];
  assert.ok(tooLarge?.kind === 'rejected');
  assert.equal(tooLarge.rejected.reason, 'record line is 312 bytes, over the 200 bytes limit');
});

test('directory walk: sorted, recursive, hidden entries ignored, other formats skipped', async () => {
  const root = await tempTree({
    'b.txt': 'B',
    'a/z.html': '<p>z</p>',
    'a/README.md': 'readme',
    'A.txt': 'capital A',
    'c/sitemap.xml': '<urlset><url/></urlset>',
    'c/package.json': '{"name": "x"}',
    'c/d/e.jsonl': '{"text": "E"}',
    '.git/HEAD': 'ref',
    '.hidden.txt': 'hidden',
    'a/.draft.txt': 'draft',
  });
  const items = await collect([root]);
  assert.deepEqual(outline(items, root), [
    'article A.txt',
    'skipped a/README.md',
    'article a/z.html',
    'article b.txt',
    'article c/d/e.jsonl:1',
    'skipped c/package.json',
    'skipped c/sitemap.xml',
  ]);
  assert.deepEqual(items.at(-1), { kind: 'skipped', path: join(root, 'c/sitemap.xml'), reason: 'not an RSS or Atom feed: the root element is <urlset>' });
});

test('a directory with no readable file is rejected, its other files reported as skipped', async () => {
  const root = await tempTree({ 'README.md': 'x', 'paper.pdf': '%PDF', '.hidden.txt': 'h' });
  const items = await collect([root]);
  assert.deepEqual(outline(items, root), ['skipped README.md', 'skipped paper.pdf', `rejected ${root} empty`]);
  const last = items.at(-1);
  assert.ok(last?.kind === 'rejected' && last.rejected.reason.startsWith('no readable files in directory'));
  const emptyDir = await tempTree({});
  assert.deepEqual(outline(await collect([emptyDir])), [`rejected ${emptyDir} empty`]);
});

test('a readable but empty file in a directory is rejected on its own, not the directory', async () => {
  const root = await tempTree({ 'empty.txt': '' });
  assert.deepEqual(outline(await collect([root]), root), ['rejected empty.txt empty']);
});

test('symbolic links are followed, a link loop ends, a broken link is reported, the same file is read once', async () => {
  const root = await tempTree({ 'real/a.txt': 'A' });
  await symlink(join(root, 'real'), join(root, 'real', 'loop'));
  await symlink(join(root, 'gone.txt'), join(root, 'real', 'broken.txt'));
  await symlink(join(root, 'real', 'a.txt'), join(root, 'real', 'b.txt'));
  const items = await collect([join(root, 'real'), join(root, 'real', 'a.txt')]);
  assert.deepEqual(outline(items, root), ['article real/a.txt', 'skipped real/b.txt', 'rejected real/broken.txt missing', 'skipped real/a.txt']);
  assert.ok(items[1]?.kind === 'skipped' && items[1].reason === `same file as ${join(root, 'real', 'a.txt')}, already read`);
  assert.ok(items[3]?.kind === 'skipped' && items[3].reason === 'already read');
});

test('globs: sorted matches, paths in the form of the pattern, no match rejected', async () => {
  const root = await tempTree({ 'x/2.txt': 'two', 'x/1.txt': 'one', 'x/y/3.txt': 'three', 'x/notes.md': 'n', 'x/.h.txt': 'hidden' });
  const absolute = await collect([join(root, 'x', '**', '*.txt')]);
  assert.deepEqual(outline(absolute, root), ['article x/1.txt', 'article x/2.txt', 'article x/y/3.txt']);
  const pattern = join(relative(process.cwd(), root), 'x', '*.txt');
  const relativeItems = await collect([pattern]);
  assert.deepEqual(
    relativeItems.map((item) => (item.kind === 'article' ? item.article.path : item.kind)),
    [join(relative(process.cwd(), root), 'x', '1.txt'), join(relative(process.cwd(), root), 'x', '2.txt')],
  );
  assert.deepEqual(await collect([join(root, 'x', '*.pdf')]), [
    { kind: 'rejected', rejected: { path: join(root, 'x', '*.pdf'), code: 'missing', reason: 'matched no files' } },
  ]);
  assert.deepEqual(outline(await collect([join(root, 'x', '*.md')]), root), ['skipped x/notes.md', `rejected x/*.md empty`]);
});

test('stdin: "-" reads JSONL, paths "-:LINE"; empty stdin is rejected', async () => {
  const stdin = Readable.from([Buffer.from('{"text": "from stdin"}\n\n{"text": 1}\n{"te'), Buffer.from('xt": "split chunk"}')]);
  const items = await collect(['-'], { stdin });
  assert.deepEqual(outline(items), ['article -:1', 'rejected -:3 malformed-jsonl', 'article -:4']);
  assert.ok(items[2]?.kind === 'article' && items[2].article.text === 'split chunk');
  assert.deepEqual(await collect(['-'], { stdin: Readable.from([]) }), [
    { kind: 'rejected', rejected: { path: '-', code: 'empty', reason: 'no records: only blank lines' } },
  ]);
});

test('output is deterministic and ids are stable: same inputs, same items; same content, same id', async () => {
  const root = await tempTree({ 'one/a.txt': 'Same words.', 'two/b.txt': 'Same words.', 'two/c.jsonl': '{"text": "Same words."}' });
  const first = await collect([root]);
  const second = await collect([root]);
  assert.deepEqual(first, second);
  const ids = first.map((item) => (item.kind === 'article' ? item.article.id : null));
  assert.deepEqual(ids, [articleId('Same words.'), articleId('Same words.'), articleId('Same words.')]);
});

test('a non-positive maxBytes is a programmer error', async () => {
  await assert.rejects(collect(['x'], { maxBytes: 0 }), (error: unknown) => error instanceof NewsprismError && error.code === 'E_OPTION');
  await assert.rejects(readInputs([], { maxBytes: Number.NaN }).next(), NewsprismError);
});
