import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from './helpers.ts';
import { extractHtml } from '../../src/extract/html.ts';
import { findPublicationDate } from '../../src/extract/published-at.ts';
import { emptyArticle, runArticleStages } from '../../src/pipeline/run.ts';

const NOW = '2026-01-01T00:00:00Z';

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

test('the published-at stage takes the date the html stage read, without reading the page again', () => {
  const html = page('meta-modified.html');
  const read = runArticleStages(emptyArticle({ id: 'p', path: 'p.html', html }), [extractHtml], { now: NOW });
  assert.equal(read.pageDate?.value, '2020-02-11T14:30:00+00:00');
  const carried = { ...read, pageDate: { value: '2019-05-05', source: 'metadata' as const, evidence: 'test' } };
  assert.equal(findPublicationDate.run(carried, { now: NOW }).meta.publishedAt?.value, '2019-05-05');
});
