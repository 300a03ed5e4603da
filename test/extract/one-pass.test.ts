import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import type { SaxHandler } from '../../src/extract/html/sax.ts';
import { fanOut, runSax } from '../../src/extract/html/sax.ts';
import { parseHtml } from '../../src/extract/fast/tree.ts';
import { scanPage } from '../../src/extract/pubdate/scan.ts';
import { publishedAtFromHtml } from '../../src/extract/pubdate/index.ts';
import { readersFor, datesInText } from '../../src/extract/pubdate/text-dates.ts';
import { parseOnce, readPage } from '../../src/extract/html.ts';
import { dropDateLines, isDateLine, refineBlocks } from '../../src/extract/fast/refine.ts';
import { mainText } from '../../src/extract/fast/index.ts';
import type { Block } from '../../src/extract/fast/blocks.ts';

const NOW = '2024-06-01T00:00:00Z';
const fixtureDir = new URL('../fixtures/extract/html/', import.meta.url);
const fixtures = readdirSync(fixtureDir).filter((f) => f.endsWith('.html')).map((f) => [f, readFileSync(new URL(f, fixtureDir), 'utf8')] as const);

/** A handler that writes every event down. */
function recorder(events: string[]): SaxHandler {
  return {
    onopentag: (name, attrs) => events.push(`<${name} ${JSON.stringify(attrs)}`),
    onclosetag: (name) => events.push(`</${name}`),
    ontext: (text) => events.push(text),
  };
}

describe('one SAX pass for several readers', () => {
  it('gives every handler the same events, in order', () => {
    const [first, second]: [string[], string[]] = [[], []];
    runSax('<p class="a">x &amp; y<br>z</p><div>w', recorder(first), recorder(second));
    assert.deepEqual(first, second);
    assert.equal(first[0], '<p {"class":"a"}');
    assert.ok(first.join('').includes('x & y'));
  });

  it('fans out to handlers in turn', () => {
    const calls: string[] = [];
    const named = (name: string): SaxHandler => ({ onopentag: () => calls.push(name), onclosetag: () => {}, ontext: () => {} });
    fanOut([named('tree'), named('dates')]).onopentag('p', {});
    assert.deepEqual(calls, ['tree', 'dates']);
  });

  for (const [name, html] of fixtures) {
    it(`${name}: the shared pass reads what two separate passes read`, () => {
      const { tree, scan } = parseOnce(html);
      assert.deepEqual(scan, scanPage(html));
      assert.deepEqual(mainText(tree), mainText(parseHtml(html)));
      assert.deepEqual(publishedAtFromHtml(html, undefined, NOW, scan), publishedAtFromHtml(html, undefined, NOW));
    });
  }

  it('readPage dates a page from the shared pass', () => {
    const html = '<html><head><meta property="article:published_time" content="2021-03-04T10:00:00Z"></head><body><p>Text.</p></body></html>';
    assert.equal(readPage(html, NOW).meta.publishedAt, '2021-03-04T10:00:00Z');
  });
});

describe('readersFor', () => {
  const cases: readonly (readonly [string, number])[] = [
    ['no digits here at all', 0],
    ['28.09.19', 1],
    ['15. Februar 2018', 7],
  ];
  for (const [text, readers] of cases) it(`${text}: ${readers} readers`, () => assert.equal(readersFor(text).length, readers));

  it('still finds the dates that need no four-digit year', () => {
    assert.deepEqual(datesInText('Stand: 28.09.19').map((d) => d.day), ['2019-09-28']);
    assert.deepEqual(datesInText('no date, 12 items').map((d) => d.day), []);
  });
});

describe('isDateLine', () => {
  const cases: readonly (readonly [string, boolean])[] = [
    ['23.10.2018', true],
    ['Aktualisiert: 11.04.2020, 10:27', true],
    ['14.01.2022 um 09:25', true],
    ['Published March 3, 2021 at 4:05 pm', true],
    ['16 marca 2021', true],
    ['On 3 March 2021 the council voted to close the old bridge for repairs.', false],
    ['The museum opens again next week, after a long renovation.', false],
    [`${'A long paragraph that happens to mention '.repeat(3)}12.03.2020`, false],
  ];
  for (const [text, expected] of cases) it(`${text} ${expected ? 'is' : 'is not'} a date line`, () => assert.equal(isDateLine(text), expected));

  it('drops date lines only near the ends of the article', () => {
    const block = (text: string): Block => ({ text, linkChars: 0, element: { tag: 'p', attrs: {}, children: [], parent: null }, caption: false });
    const middle = Array.from({ length: 12 }, (_, i) => block(i === 6 ? '01.02.2020' : `Paragraph ${i} of the story.`));
    const kept = dropDateLines([block('23.10.2018'), ...middle, block('Updated: 24.10.2018')]);
    assert.deepEqual(kept.map((b) => b.text).filter((t) => /\d{4}/.test(t)), ['01.02.2020']);
  });

  it('keeps date lines when the page has no publication date: they may be its only one', () => {
    const block = (text: string): Block => ({ text, linkChars: 0, element: { tag: 'p', attrs: {}, children: [], parent: null }, caption: false });
    const blocks = [block('23.10.2018'), block('The story itself, told at length.')];
    assert.equal(refineBlocks(blocks, null, true).length, 1);
    assert.equal(refineBlocks(blocks, null, false).length, 2);
  });
});

describe('fast path fallbacks', () => {
  const sentence = 'The committee met on Tuesday, and members, who had read the report, asked for more time to study it. ';

  it('reads a page whose chrome wraps everything (a page-wide form) before leaving it to Readability', () => {
    const html = `<html><body><form id="page"><div class="text">${`<p>${sentence.repeat(2)}</p>`.repeat(4)}</div></form></body></html>`;
    const read = readPage(html, NOW);
    assert.ok(read.body.text.includes('The committee met'));
    assert.ok(!read.diagnostics.some((d) => d.code === 'readability-fallback'));
  });
});
