import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleId, articleInputSchema } from '../../src/ingest/index.ts';
import { recordItem } from '../../src/ingest/jsonl.ts';

test('articleId: first 16 hex characters of SHA-256, the same on every call', () => {
  assert.equal(articleId('hello'), '2cf24dba5fb0a30e');
  assert.equal(articleId('héllo'), articleId('héllo'));
  assert.notEqual(articleId('hello'), articleId('hello '));
  assert.match(articleId(''), /^[0-9a-f]{16}$/);
});

test('recordItem: accepted records become articles at FILE:LINE', () => {
  const text = '  Body with edge spaces.\n';
  assert.deepEqual(recordItem(JSON.stringify({ text, source: ' Wire ', extra: [1], path: 'ignored' }), 'f.jsonl:3'), {
    kind: 'article',
    article: { text, source: 'Wire', id: articleId(text), path: 'f.jsonl:3' },
  });
  assert.deepEqual(recordItem('{"html": "<p>x</p>", "id": "given", "author": null, "title": ""}', 'f.jsonl:1'), {
    kind: 'article',
    article: { html: '<p>x</p>', id: 'given', path: 'f.jsonl:1' },
  });
  assert.deepEqual(recordItem('{"text": "t", "html": "<p>h</p>", "id": 42}', '-:1'), {
    kind: 'article',
    article: { text: 't', html: '<p>h</p>', id: '42', path: '-:1' },
  });
});

test('recordItem: each malformed record is rejected with a one-line reason', () => {
  const cases: ReadonlyArray<readonly [string, string, RegExp]> = [
    ['{"text": "a",', 'malformed-jsonl', /^invalid JSON: /],
    ['[1, 2]', 'malformed-jsonl', /^expected a JSON object, instead found an array$/],
    ['"just a string"', 'malformed-jsonl', /^expected a JSON object, instead found a string$/],
    ['null', 'malformed-jsonl', /^expected a JSON object, instead found null$/],
    ['{"text": "a", "publishedAt": 20250503}', 'malformed-jsonl', /^"publishedAt": expected string, received number$/],
    ['{"text": ["a"], "url": 5}', 'malformed-jsonl', /^"text": expected string, received array; "url": expected string, received number$/],
    ['{"title": "no body"}', 'no-text', /^record has no non-empty "text" or "html"$/],
    ['{"text": "  \\n ", "html": ""}', 'no-text', /non-empty/],
  ];
  for (const [line, code, reason] of cases) {
    const item = recordItem(line, 'f.jsonl:7');
    assert.equal(item.kind, 'rejected', line);
    if (item.kind !== 'rejected') continue;
    assert.equal(item.rejected.path, 'f.jsonl:7');
    assert.equal(item.rejected.code, code, line);
    assert.match(item.rejected.reason, reason, line);
    assert.ok(!item.rejected.reason.includes('\n'), line);
  }
});

test('a JSON syntax error message stays short on a long line', () => {
  const item = recordItem(`{"text": "${'x'.repeat(100_000)}"`, 'big.jsonl:1');
  assert.ok(item.kind === 'rejected' && item.rejected.reason.length <= 220);
});

test('articleInputSchema: unknown fields dropped, null and blank metadata dropped, text kept exactly', () => {
  const parsed = articleInputSchema.parse({ text: ' x ', language: ' en ', author: null, publisher: 'n/a', id: '' });
  assert.deepEqual(parsed, { text: ' x ', language: 'en' });
  assert.equal(articleInputSchema.safeParse({ text: 'x', title: 3 }).success, false);
});
