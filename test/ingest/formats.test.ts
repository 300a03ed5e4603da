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

test('fileFormat: every reader by extension; unknown extensions', () => {
  const cases: ReadonlyArray<readonly [string, string]> = [
    ['a.txt', 'text'],
    ['a.html', 'html'],
    ['a.htm', 'html'],
    ['a.jsonl', 'jsonl'],
    ['a.NDJSON', 'jsonl'],
    ['a.xml', 'xml-feed'],
    ['a.rss', 'xml-feed'],
    ['a.atom', 'xml-feed'],
    ['a.json', 'json-feed'],
    ['a.warc', 'warc'],
    ['a.WARC.GZ', 'warc'],
    ['a.tar.gz', 'unknown'],
    ['a.md', 'unknown'],
    ['Makefile', 'unknown'],
  ];
  for (const [path, kind] of cases) assert.equal(fileFormat(path).kind, kind, path);
});

test('unreadReason names the extension and what we read', () => {
  assert.equal(
    unreadReason({ kind: 'unknown', extension: '.md' }),
    'unknown extension ".md": newsprism reads .txt, .html, .htm, .jsonl, .ndjson, .xml, .rss, .atom, .json, .warc, .warc.gz',
  );
  assert.match(unreadReason({ kind: 'unknown', extension: '' }), /^no extension: newsprism reads \.txt/);
  assert.doesNotMatch(unreadReason({ kind: 'unknown', extension: '.pdf' }), /not supported yet/);
});
