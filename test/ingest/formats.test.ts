import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileExtension, fileFormat, unreadReason } from '../../src/ingest/formats.ts';

test('fileExtension: lower-cased, double ".warc.gz", none for dotfiles and bare names', () => {
  const cases: ReadonlyArray<readonly [string, string]> = [
    ['a/b/story.txt', '.txt'],
    ['STORY.HTML', '.html'],
    ['dump.warc.gz', '.warc.gz'],
    ['archive.tar.gz', '.gz'],
    ['README', ''],
    ['.bashrc', ''],
    ['dir.d/file', ''],
    ['C:\\news\\page.htm', '.htm'],
  ];
  for (const [path, expected] of cases) assert.equal(fileExtension(path), expected, path);
});

test('fileFormat: readers, unsupported formats with their reason, unknown extensions', () => {
  const cases: ReadonlyArray<readonly [string, string]> = [
    ['a.txt', 'text'],
    ['a.html', 'html'],
    ['a.htm', 'html'],
    ['a.jsonl', 'jsonl'],
    ['a.NDJSON', 'jsonl'],
    ['a.xml', 'unsupported'],
    ['a.rss', 'unsupported'],
    ['a.atom', 'unsupported'],
    ['a.warc', 'unsupported'],
    ['a.warc.gz', 'unsupported'],
    ['a.md', 'unknown'],
    ['a.json', 'unknown'],
    ['Makefile', 'unknown'],
  ];
  for (const [path, kind] of cases) assert.equal(fileFormat(path).kind, kind, path);
});

test('unreadReason names the problem and, for unknown extensions, what we read', () => {
  assert.equal(unreadReason({ kind: 'unsupported', reason: 'RSS/Atom feeds are not supported yet' }), 'RSS/Atom feeds are not supported yet');
  const feed = fileFormat('x.rss');
  const warc = fileFormat('x.warc.gz');
  assert.ok(feed.kind === 'unsupported' && feed.reason === 'RSS/Atom feeds are not supported yet');
  assert.ok(warc.kind === 'unsupported' && warc.reason === 'WARC archives are not supported yet');
  assert.equal(unreadReason({ kind: 'unknown', extension: '.md' }), 'unknown extension ".md": newsprism reads .txt, .html, .htm, .jsonl, .ndjson');
  assert.match(unreadReason({ kind: 'unknown', extension: '' }), /^no extension: newsprism reads \.txt/);
});
