import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { DateCandidate } from '../../src/extract/pubdate/candidate.ts';
import { RANK } from '../../src/extract/pubdate/candidate.ts';
import { choose, listsLast } from '../../src/extract/pubdate/choose.ts';
import { scriptJsonDates } from '../../src/extract/pubdate/from-metadata.ts';
import { topBlocks } from '../../src/extract/pubdate/from-text.ts';
import { labelledDates } from '../../src/extract/pubdate/labels.ts';
import { publishedAtFromHtml } from '../../src/extract/pubdate/index.ts';
import { scanPage } from '../../src/extract/pubdate/scan.ts';
import { datesInText, endsRange } from '../../src/extract/pubdate/text-dates.ts';

const NOW = '2026-01-01T00:00:00Z';

const at = (value: string, rank: number, source: DateCandidate['source'], role: DateCandidate['role'], evidence = `${source} ${value}`): DateCandidate => ({
  value,
  source,
  evidence,
  rank,
  role,
});

const publishedMeta = at('2019-10-15T16:59:59Z', RANK.articleJsonLd, 'metadata', 'published');
const modifiedMeta = at('2020-03-12T14:42:17Z', RANK.articleJsonLd, 'metadata', 'modified');

describe('published, not updated: a page showing its update first keeps the publication date its metadata states', () => {
  it('takes datePublished over an "Updated" line shown above the story', () => {
    assert.equal(choose([publishedMeta, modifiedMeta, at('2020-03-12', RANK.text, 'text', 'modified')], null, NOW)?.value, publishedMeta.value);
  });
  it('takes datePublished over an unlabelled first date on the dateModified day', () => {
    assert.equal(choose([publishedMeta, modifiedMeta, at('2020-03-12', RANK.text, 'text', 'plain'), at('2019-10-15', RANK.text, 'text', 'plain')], null, NOW)?.value, publishedMeta.value);
  });
});

describe('listsLast: elements of one kind stating several days are a list', () => {
  const list = ['2020-02-29', '2020-04-04', '2020-05-09'].map((day) => at(day, RANK.namedElement, 'dateline', 'plain', '.datum'));

  it('trusts a list below everything else', () => {
    assert.deepEqual(listsLast(list).map((c) => c.rank), [RANK.listedElement, RANK.listedElement, RANK.listedElement]);
    assert.equal(choose([...list, at('2020-02-11', RANK.weakMeta, 'metadata', 'published')], null, NOW)?.value, '2020-02-11');
  });

  it('still dates a page that has nothing else, by the first of the list', () => {
    assert.equal(choose(list, null, NOW)?.value, '2020-02-29');
  });

  it('leaves alone two days, one day repeated, and metadata', () => {
    const cases: DateCandidate[][] = [
      list.slice(0, 2),
      [list[0]!, list[0]!, list[0]!],
      ['2020-01-01', '2020-01-02', '2020-01-03'].map((day) => at(day, RANK.publishedMeta, 'metadata', 'published', 'meta date')),
    ];
    for (const candidates of cases) assert.deepEqual(listsLast(candidates), candidates);
  });
});

describe('labels', () => {
  const cases: [string, string][] = [
    ['Letzte Änderung: 31.10.2023', 'modified'],
    ['Änderungen am 31.10.2023 beschlossen', 'plain'],
    ['Zuletzt geändert am 31.10.2023', 'modified'],
  ];
  for (const [text, role] of cases) it(text, () => assert.equal(labelledDates(text, 'day-first')[0]?.role, role));
});

describe('ranges of days are periods, not dates', () => {
  const cases: [string, string[]][] = [
    ['Wochenbericht 14. - 20. Januar 2022', []],
    ['Festival 3-5 May 2021', []],
    ['14.–20.01.2022', []],
    ['10:30 – 15. Februar 2018', ['2018-02-15']],
    ['Ausgabe 2021 - 15. Februar 2018', ['2018-02-15']],
    ['Veröffentlicht am 15. Februar 2018', ['2018-02-15']],
  ];
  for (const [text, days] of cases) it(text, () => assert.deepEqual(datesInText(text).map((d) => d.day), days));

  it('endsRange looks only just before the date', () => {
    const range = 'from 12 - 15.02.2018';
    const apart = '12 and then - 15.02.2018';
    assert.equal(endsRange(range, range.indexOf('15')), true);
    assert.equal(endsRange(apart, apart.indexOf('15')), false);
  });
});

describe('scripts state the publication under several keys', () => {
  const cases: [string, string | null][] = [
    ['{"publishedDate":"2016-11-04T20:37:27Z"}', '2016-11-04T20:37:27Z'],
    ['{"published_at":"2019-03-02T06:22:28+01:00"}', '2019-03-02T06:22:28+01:00'],
    ['{"updatedDate":"2016-11-04T20:39:47Z"}', null],
  ];
  for (const [json, expected] of cases) it(json, () => assert.equal(scriptJsonDates(`<script>${json}</script>`)[0]?.value ?? null, expected));
});

const page = (body: string): string => `<html lang="de"><body>${body}</body></html>`;
const navigation = Array.from({ length: 70 }, (_, i) => `<li><a href="/r${i}">Ressort ${i}</a></li>`).join('');

describe('the scan', () => {
  it('marks comment boxes whatever their class starts with, but not commentary', () => {
    const comment = page('<h1>T</h1><div class="kb-recipe-comment-box"><time datetime="2020-09-23">23.09.20</time></div>');
    assert.deepEqual(scanPage(comment).elements.map((e) => e.chrome), [true]);
    const commentary = page('<h1>T</h1><div class="commentary-header"><time datetime="2020-09-23">23.09.20</time></div>');
    assert.deepEqual(scanPage(commentary).elements.map((e) => e.chrome), [false]);
  });

  it('takes a chrome-named wrapper holding the headline for the page', () => {
    const wrapped = page(
      `<div id="navigation-container"><nav><ul>${navigation}</ul></nav><article><time datetime="2022-02-01">01.02.2022</time><h1>T</h1><p>Text.</p></article></div>`,
    );
    assert.deepEqual(scanPage(wrapped).elements.map((e) => e.chrome), [false]);
    assert.equal(publishedAtFromHtml(wrapped, undefined, NOW)?.value, '2022-02-01');
  });

  it('keeps chrome that only holds a site slogan in an h1, and sidebars', () => {
    const slogan = page('<div class="navigation__top"><h1>Podcasts since 2002</h1><time datetime="2019-05-23">x</time></div><h2>Story</h2>');
    assert.deepEqual(scanPage(slogan).elements.map((e) => e.chrome), [true]);
    const sidebar = page('<h1>T</h1><aside class="sidebar-container"><time datetime="2019-05-23">x</time></aside>');
    assert.deepEqual(scanPage(sidebar).elements.map((e) => e.chrome), [true]);
  });

  it('reads the date line just above the headline, even after a long menu', () => {
    const above = page(`<ul>${navigation}</ul><p>02.02.2022 10:16 Uhr - Sport</p><h1>T</h1><p>Text.</p>`);
    assert.equal(publishedAtFromHtml(above, undefined, NOW)?.value, '2022-02-02');
    assert.equal(topBlocks(scanPage(above).blocks)[0]?.text, '02.02.2022 10:16 Uhr - Sport');
  });

  it('does not read further above the headline', () => {
    const twoAbove = page('<p>02.02.2022</p><p>Sport</p><h1>T</h1><p>Text.</p>');
    assert.equal(publishedAtFromHtml(twoAbove, undefined, NOW), null);
  });
});
