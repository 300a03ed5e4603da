import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pageDateCandidates, publishedAtFromHtml } from '../../src/extract/pubdate/index.ts';
import { scanPage } from '../../src/extract/pubdate/scan.ts';
import { millisecondsOf } from '../helpers/time-guard.ts';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'extract', 'pubdate');
const NOW = '2026-01-01T00:00:00Z';

interface Case {
  readonly file: string;
  readonly url: string;
  readonly day: string | null;
  readonly source: string | null;
  readonly why: string;
}

const cases = JSON.parse(readFileSync(join(DIR, 'cases.json'), 'utf8')) as Case[];

for (const c of cases) {
  test(`${c.file}: ${c.why}`, () => {
    const found = publishedAtFromHtml(readFileSync(join(DIR, c.file), 'utf8'), c.url, NOW);
    assert.deepEqual([found?.value.slice(0, 10) ?? null, found?.source ?? null], [c.day, c.source], JSON.stringify(found));
  });
}

test('a finding names its evidence', () => {
  const found = publishedAtFromHtml(readFileSync(join(DIR, 'meta-modified.html'), 'utf8'), undefined, NOW);
  assert.deepEqual(found, { value: '2020-02-11T14:30:00+00:00', source: 'metadata', evidence: 'meta article:published_time' });
});

test('a page with nothing on it, or not HTML at all, has no date', () => {
  for (const html of ['', 'plain words only', '<html><body><p>No dates here.</p></body></html>', '<<<>>>']) {
    assert.equal(publishedAtFromHtml(html, undefined, NOW), null, html);
  }
});

test('dates before 1995 are not publication dates', () => {
  const html = '<html><head><meta name="date" content="1990-05-01"></head><body><h1>T</h1><p class="date">May 1, 1990</p></body></html>';
  assert.equal(publishedAtFromHtml(html, undefined, NOW), null);
});

test('json-ld that does not parse, and an itemprop on any element, still date the page', () => {
  const broken = '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2020-01-02",}</script>';
  assert.equal(publishedAtFromHtml(`<html><head>${broken}</head><body></body></html>`, undefined, NOW)?.value, '2020-01-02');
  const itemprop = '<html><body><h1>T</h1><span itemprop="datePublished" content="2019-03-04T10:00:00+01:00">4 March</span></body></html>';
  assert.deepEqual(publishedAtFromHtml(itemprop, undefined, NOW), { value: '2019-03-04T10:00:00+01:00', source: 'metadata', evidence: 'itemprop datePublished' });
});

test('slashed machine values are month-first whatever the language; slashed text follows the language', () => {
  const meta = '<html lang="de"><head><meta name="date" content="11/01/2023 12:43:42"></head><body></body></html>';
  assert.equal(publishedAtFromHtml(meta, undefined, NOW)?.value, '2023-11-01');
  const text = (lang: string): string => `<html lang="${lang}"><body><h1>T</h1><p>Posted 04/05/2021</p></body></html>`;
  assert.equal(publishedAtFromHtml(text('en-US'), undefined, NOW)?.value, '2021-04-05');
  assert.equal(publishedAtFromHtml(text('fr'), undefined, NOW)?.value, '2021-05-04');
});

test('a date opening a long paragraph is a dateline; one inside it is an event', () => {
  const prose = 'The council met and discussed the budget for the coming year at length. '.repeat(4);
  const opening = `<html><body><h1>T</h1><p>01.02.2022 – ${prose}</p></body></html>`;
  assert.equal(publishedAtFromHtml(opening, undefined, NOW)?.value, '2022-02-01');
  const inside = `<html><body><h1>T</h1><p>${prose} It meets again on 01.02.2022.</p></body></html>`;
  assert.equal(publishedAtFromHtml(inside, undefined, NOW), null);
});

test('the scan keeps JSON-LD, metas, date elements and marks chrome', () => {
  const scan = scanPage(readFileSync(join(DIR, 'german-text.html'), 'utf8'));
  assert.equal(scan.language, 'de');
  assert.deepEqual(scan.blocks.filter((b) => b.afterHeading).map((b) => b.text.slice(0, 22)), ['Neuer Radweg am Fluss', 'Veröffentlicht am Donn', 'Der Gemeinderat hat de', '© 2019 Beispielverlag']);
  assert.ok(!scan.blocks.some((b) => b.text.includes('12.03.2018')), 'the sidebar calendar is chrome');
});

test('candidates carry their rank and role', () => {
  const candidates = pageDateCandidates(readFileSync(join(DIR, 'meta-modified.html'), 'utf8'), undefined);
  assert.deepEqual(candidates.map((c) => [c.value.slice(0, 10), c.role]), [['2020-02-20', 'modified'], ['2020-02-11', 'published'], ['2020-02-21', 'modified']]);
});

test('a large page is read quickly', () => {
  const block = '<div class="post-meta"><span class="date">Posted on 15 February 2018</span></div><p>' + 'word 12. '.repeat(200) + '</p>';
  const html = `<html><body><h1>T</h1>${block.repeat(400)}</body></html>`;
  let found: string | undefined;
  assert.ok(millisecondsOf(() => (found = publishedAtFromHtml(html, undefined, NOW)?.value)) < 2000);
  assert.equal(found, '2018-02-15');
});
