import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from './helpers.ts';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'extract', 'pubdate');
const page = (file: string): string => readFileSync(join(DIR, file), 'utf8');

test('an HTML page takes the date read from its raw HTML, recorded by the published-at stage', () => {
  const article = extract({ html: page('meta-modified.html'), url: 'https://library.example/hours' });
  assert.deepEqual([article.meta.publishedAt?.value, article.meta.publishedAtSource, article.meta.publishedAt?.by], ['2020-02-11T14:30:00+00:00', 'metadata', 'published-at']);
});

test('a date read from the text near the top counts as a dateline; the URL day as url', () => {
  const fromText = extract({ html: page('german-text.html'), url: 'https://stadt.example/radweg' });
  assert.deepEqual([fromText.meta.publishedAt?.value, fromText.meta.publishedAtSource], ['2018-02-15', 'dateline']);
  const fromUrl = extract({ html: page('url-day.html'), url: 'https://blog.example/2019/01/01/new-year/' });
  assert.deepEqual([fromUrl.meta.publishedAt?.value, fromUrl.meta.publishedAtSource], ['2019-01-01', 'url']);
});

test('the input date still wins over the page', () => {
  const article = extract({ html: page('meta-modified.html'), publishedAt: '2021-01-01' });
  assert.deepEqual([article.meta.publishedAt?.value, article.meta.publishedAtSource], ['2021-01-01', 'input']);
});

test('a page whose only date is in the future stays undated', () => {
  const article = extract({ html: page('future.html'), url: 'https://festival.example/announce' });
  assert.equal(article.meta.publishedAt, null);
});
