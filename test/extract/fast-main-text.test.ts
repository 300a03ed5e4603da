import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { HtmlElement } from '../../src/extract/fast/tree.ts';
import { elementsOf, parseHtml } from '../../src/extract/fast/tree.ts';
import { readerBlockText } from '../../src/extract/fast/blocks.ts';
import { isStandfirstHeading } from '../../src/extract/fast/refine.ts';
import { enclosingArticle, sameTemplate } from '../../src/extract/fast/repeated.ts';
import { mainText } from '../../src/extract/fast/index.ts';

const SENTENCE = 'The council approved the budget on Tuesday, and the mayor, who had opposed it, said she would sign it. ';
const paragraphs = (label: string, count: number): string =>
  Array.from({ length: count }, (_, i) => `<p>${SENTENCE.repeat(2)}${label} paragraph ${i + 1}.</p>`).join('\n');

describe('readerBlockText', () => {
  const cases: [string, string, string][] = [
    ['soft hyphens inside words are taken out', 'Wein\u00adwirt\u00adschaft  und\nWein', 'Weinwirtschaft und Wein'],
    ['text encoded twice is repaired before ("Ã" and a soft hyphen spell "í")', 'polÃ\u00adtica', 'política'],
    ['plain text stays as it is', 'The mayor said she would sign it.', 'The mayor said she would sign it.'],
    ['a real hyphen stays', 'a well-known e-mail', 'a well-known e-mail'],
  ];
  for (const [name, raw, expected] of cases) it(name, () => assert.equal(readerBlockText(raw), expected));
});

describe('isStandfirstHeading', () => {
  const cases: [string, boolean][] = [
    ["Whether you're for or against the softer approach, there is no denying the state epidemiologist has become a household name.", true],
    ['Advertisement', false],
    ['Read more about the storm and what the council plans to do next', false],
    ['Why the council approved the budget?', false],
  ];
  for (const [text, expected] of cases) it(`${expected ? 'a standfirst' : 'a heading'}: ${text.slice(0, 40)}`, () => assert.equal(isStandfirstHeading(text), expected));
});

describe('the first of several articles made from one template', () => {
  const list = (first: string, second: string, cls = 'list__item'): string => `<html><body><main><div class="list">
      <article class="${cls}"><h2>First story</h2><div class="detail">${first}</div></article>
      <article class="${cls}"><h2>Second story</h2><div class="detail">${second}</div></article>
    </div></main></body></html>`;

  it('sameTemplate: same class, neither holding the other', () => {
    const html = list('<p>a</p>', '<p>b</p>');
    const articles = [...elementsOf(parseHtml(html).root)].filter((e) => e.tag === 'article');
    assert.equal(sameTemplate(articles[0]!, articles[1]!), true);
    assert.equal(sameTemplate(articles[0]!, articles[0]!), false);
    assert.equal(enclosingArticle(articles[0]!.children.find((c) => typeof c !== 'string') as HtmlElement), articles[0]);
  });

  const cases: [string, string, RegExp, RegExp | null][] = [
    ['the page\'s own story is the first, though the next one scores higher', list(paragraphs('First', 3), paragraphs('Second', 8)), /First paragraph 3/, /Second paragraph/],
    ['the first stays the story when it scores higher', list(paragraphs('First', 8), paragraphs('Second', 3)), /First paragraph 8/, /Second paragraph/],
    ['articles of different templates: the best scoring is the story', list(paragraphs('First', 3), paragraphs('Second', 8)).replace('class="list__item"', 'class="teaser"'), /Second paragraph 8/, null],
    ['posts of a forum thread (no headlines) are not stories: the longest post is not dropped', list(paragraphs('First', 3), paragraphs('Second', 8)).replaceAll(/<h2>[^<]*<\/h2>/g, ''), /Second paragraph 8/, null],
    ['a first article too short to be a story does not take over', list('<p>Short teaser.</p>', paragraphs('Second', 8)), /Second paragraph 8/, null],
  ];
  for (const [name, html, wanted, unwanted] of cases) {
    it(name, () => {
      const text = mainText(parseHtml(html))?.text ?? '';
      assert.match(text, wanted);
      if (unwanted !== null) assert.doesNotMatch(text, unwanted);
    });
  }
});
