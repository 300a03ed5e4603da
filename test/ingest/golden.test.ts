import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { IngestItem } from '../../src/ingest/index.ts';
import { collect, outline } from './helpers.ts';

const fixtures = fileURLToPath(new URL('../fixtures/ingest/', import.meta.url));
const seeds = fileURLToPath(new URL('../fixtures/seeds', import.meta.url));

/**
 * Items with paths relative to `root`, so that the golden file does not depend on the checkout,
 * and without the JSON parser's own wording, which changes between Node versions.
 */
function portable(items: readonly IngestItem[], root: string): unknown[] {
  const local = (path: string): string => (path.startsWith(root) ? path.slice(root.length) : path);
  const stableReason = (reason: string): string => reason.replace(/^invalid JSON: .*/, 'invalid JSON: (parser message)');
  return items.map((item) => {
    if (item.kind === 'article') return { kind: item.kind, article: { ...item.article, path: local(item.article.path) } };
    if (item.kind === 'rejected') {
      const { path, reason } = item.rejected;
      return { kind: item.kind, rejected: { ...item.rejected, path: local(path), reason: stableReason(reason) } };
    }
    return { ...item, path: local(item.path) };
  });
}

test('golden: the "mixed" folder gives exactly expected.json (UPDATE=1 rewrites it)', async () => {
  const items = portable(await collect([`${fixtures}mixed`]), fixtures);
  const expectedPath = `${fixtures}mixed.expected.json`;
  if (process.env.UPDATE === '1') await writeFile(expectedPath, `${JSON.stringify(items, null, 2)}\n`);
  const expected: unknown = JSON.parse(await readFile(expectedPath, 'utf8'));
  assert.deepEqual(items, expected);
});

test('golden: the five seed articles are read whole, header lines included, EXPECTED.md skipped', async () => {
  const items = await collect([seeds]);
  assert.deepEqual(outline(items, seeds), [
    'article 000_68c5bc7f6012e040.txt',
    'article 001_f4e0611b7b3684bf.txt',
    'article 002_b64f6b58356e2b9c.txt',
    'article 003_d0e15a4d3eee7ba2.txt',
    'article 004_c21ef9109a519698.txt',
    'skipped EXPECTED.md',
  ]);
  for (const item of items) {
    if (item.kind !== 'article') continue;
    const bytes = await readFile(item.article.path);
    assert.equal(item.article.text, bytes.toString('utf8'), item.article.path);
    assert.equal(item.article.id, createHash('sha256').update(bytes).digest('hex').slice(0, 16), item.article.path);
  }
  const headed = items.filter((item) => item.kind === 'article' && /^ date \d{4}-\d{2}-\d{2}[ \d]*\n/.test(item.article.text ?? ''));
  assert.deepEqual(outline(headed, seeds), ['article 000_68c5bc7f6012e040.txt', 'article 004_c21ef9109a519698.txt']);
});
