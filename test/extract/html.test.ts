import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readPage } from '../../src/extract/html.ts';
import { extractPage } from '../../src/extract/page.ts';
import { stripSiteSuffix } from '../../src/extract/html/title-suffix.ts';
import { extract, NOW } from './helpers.ts';

const page = (name: string): string => readFileSync(new URL(`../fixtures/extract/html/${name}.html`, import.meta.url), 'utf8');

test('site names are stripped from page titles', () => {
  const cases: [string, string | null, string][] = [
    ['Council approves budget | Springfield Gazette', 'Springfield Gazette', 'Council approves budget'],
    ['Storm floods towns - Weather - Coastal Times', 'Coastal Times', 'Storm floods towns'],
    ['Springfield Gazette: Council approves budget', 'Springfield Gazette', 'Council approves budget'],
    ['Council approves new budget | News', null, 'Council approves new budget'],
    ['Trump: "We will see" | CNN', 'CNN', 'Trump: "We will see"'],
    ['Election 2024: what we know so far', null, 'Election 2024: what we know so far'],
  ];
  for (const [title, site, expected] of cases) assert.equal(stripSiteSuffix(title, site), expected, title);
});

test('a JSON-LD article page: blocks as lines, entities decoded, metadata from the page', () => {
  const result = extractPage(page('jsonld-article'), undefined, NOW);
  assert.equal(result.schemaVersion, 1);
  assert.equal(result.title, 'Council approves new library budget');
  assert.equal(result.author, 'Jane Roe');
  assert.equal(result.publishedAt, '2024-03-12T09:30:00-05:00');
  assert.equal(result.siteName, 'Springfield Gazette');
  assert.equal(result.language, 'en');
  const lines = result.text.split('\n\n');
  assert.ok(lines.includes('The city council on Tuesday approved a budget of $4.2 million for the public library, ending months of debate over opening hours & staffing.'));
  assert.ok(lines.includes('The first branch is expected to open next spring, officials said.'), 'a <br> splits a block');
  assert.ok(lines.some((l) => l.startsWith('Council members voted 7 to 2 in favour of the plan, which adds two new branches and extends')));
  assert.ok(!result.text.includes('Home News Sports'), 'navigation is not content');
  assert.deepEqual(result.removed, [
    { text: 'The new reading room on Main Street. Photo: Sam Lee', reason: 'caption' },
    { text: 'Sign up for our daily newsletter.', reason: 'signup' },
  ]);
});

test('a page with meta tags only: byline junk cleaned, section stripped, url outlet unused when a site name exists', () => {
  const result = extractPage(page('meta-tags'), 'https://www.coastaltimes.co.uk/2024/11/02/storm', NOW);
  assert.equal(result.title, 'Storm floods coastal towns');
  assert.equal(result.author, 'Marie Dupont');
  assert.equal(result.publishedAt, '2024-11-02T06:15:00Z');
  assert.equal(result.siteName, 'Coastal Times');
  assert.equal(result.language, 'fr');
});

test('page metadata is recorded from "metadata" by the html stage', () => {
  const article = extract({ html: page('meta-tags') });
  assert.equal(article.meta.publishedAtSource, 'metadata');
  for (const value of [article.meta.title, article.meta.author, article.meta.source, article.meta.language]) {
    assert.deepEqual([value?.by, value?.from], ['html', 'metadata']);
  }
});

test('text input wins over html; an empty page gives warnings, not exceptions', () => {
  const both = extract({ text: 'Plain text of the article, long enough to read.', html: page('meta-tags') });
  assert.equal(both.text, 'Plain text of the article, long enough to read.');
  const empty = readPage('<html><body></body></html>', NOW);
  assert.equal(empty.body.text, '');
  assert.deepEqual(empty.diagnostics.map((d) => d.code), ['readability-fallback', 'no-article', 'no-text']);
  const small = extractPage(page('no-article'), undefined, NOW);
  assert.equal(small.title, 'Login');
  assert.ok(small.text.includes('Please log in.'));
});
