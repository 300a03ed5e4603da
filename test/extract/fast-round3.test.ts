import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { HtmlElement } from '../../src/extract/fast/tree.ts';
import { parseHtml, textOf } from '../../src/extract/fast/tree.ts';
import { holdsArticleProse, isNonContent } from '../../src/extract/fast/prune.ts';
import type { Block } from '../../src/extract/fast/blocks.ts';
import { bodyOf, captionsAreContent, joinBlocks, mainText } from '../../src/extract/fast/index.ts';

/** The first element of a one-element snippet. */
function element(html: string): HtmlElement {
  const first = bodyOf(parseHtml(`<html><body>${html}</body></html>`)).children.find((c) => typeof c !== 'string');
  assert.ok(first && typeof first !== 'string', html);
  return first;
}

const LONG = 'The council voted on Tuesday to rebuild the old bridge, after engineers, residents and shop owners had asked for it for years, and work starts in spring.';
const prose = (count: number, paragraph = LONG): string => Array.from({ length: count }, () => `<p>${paragraph}</p>`).join('');

describe('ruby annotations', () => {
  it('leaves the reading aids (rt, rp) out of the text', () => {
    assert.equal(textOf(element('<p><ruby>漢<rp>(</rp><rt>かん</rt><rp>)</rp></ruby>字です</p>')), '漢字です');
  });
  it('keeps the base text of ruby', () => {
    assert.equal(textOf(element('<p><ruby>東京<rt>とうきょう</rt></ruby></p>')), '東京');
  });
});

describe('holdsArticleProse', () => {
  const cases: [string, string, boolean][] = [
    ['five long paragraphs', `<div id="social-scroll">${prose(5)}</div>`, true],
    ['nested paragraphs', `<div class="share-wrap"><section>${prose(6)}</section></div>`, true],
    ['four long paragraphs only', `<div id="social-scroll">${prose(4)}</div>`, false],
    ['short paragraphs', `<div class="related">${prose(8, 'A short teaser line.')}</div>`, false],
    ['paragraphs of links', `<div class="related">${prose(6, `<a href="/x">${LONG}</a>`)}</div>`, false],
    ['reader comments', `<div class="comments">${prose(8)}</div>`, false],
    ['a comment list by id', `<ol id="disqus_thread">${prose(8)}</ol>`, false],
  ];
  for (const [name, html, expected] of cases) it(`${name}: ${expected}`, () => assert.equal(holdsArticleProse(element(html)), expected));

  it('rescues a boilerplate-named element that holds the article from pruning', () => {
    assert.equal(isNonContent(element(`<div id="social-scroll-past-this">${prose(6)}</div>`)), false);
    assert.equal(isNonContent(element(`<div id="social-scroll-past-this">${prose(2)}</div>`)), true);
  });

  it('finds the article inside such an element', () => {
    const page = parseHtml(`<html><body><div class="teasers"><p>${'Short teaser. '.repeat(30)}</p></div><div id="social-bar-wrapper">${prose(6)}</div></body></html>`);
    assert.match(mainText(page)?.text ?? '', /council voted/);
  });
});

describe('captions as content', () => {
  const block = (text: string, caption: boolean): Block => ({ text, linkChars: 0, element: element('<p>x</p>'), caption });
  it('a slideshow: captions hold most of the text, so they are not marked', () => {
    const blocks = [block('Slide one', false), block(LONG, true), block(LONG, true)];
    assert.equal(captionsAreContent(blocks), true);
    assert.deepEqual(joinBlocks(blocks).captions, []);
  });
  it('an article with a photo: the caption is marked', () => {
    const blocks = [block(LONG, false), block('The old bridge in 1950.', true), block(LONG, false)];
    assert.equal(captionsAreContent(blocks), false);
    assert.equal(joinBlocks(blocks).captions.length, 1);
  });
  it('no captions: nothing to mark', () => assert.equal(captionsAreContent([block(LONG, false)]), false));
});
