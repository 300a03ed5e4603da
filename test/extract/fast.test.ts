import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { HtmlElement } from '../../src/extract/fast/tree.ts';
import { parseHtml, textOf } from '../../src/extract/fast/tree.ts';
import { isBoilerplateNamed, isHidden, isNonContent, isPageFrame } from '../../src/extract/fast/prune.ts';
import { blocksOf, linkDensity } from '../../src/extract/fast/blocks.ts';
import { paragraphScore } from '../../src/extract/fast/score.ts';
import { dropOrphanHeadings, dropTitleHeadings } from '../../src/extract/fast/refine.ts';
import { bodyOf, mainText } from '../../src/extract/fast/index.ts';
import { readFastMeta } from '../../src/extract/fast/meta.ts';

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/extract/html/${name}.html`, import.meta.url), 'utf8');

/** The first element of a one-element snippet. */
function element(html: string): HtmlElement {
  const first = bodyOf(parseHtml(`<html><body>${html}</body></html>`)).children.find((c) => typeof c !== 'string');
  assert.ok(first && typeof first !== 'string', html);
  return first;
}

/** A page with a long article in `<div class="story">`, a link-heavy sidebar and page chrome. */
function articlePage(extra = ''): string {
  const sentence = 'The river rose by two metres overnight, and officials, who had warned residents, opened the shelters early. ';
  const paragraphs = Array.from({ length: 6 }, (_, i) => `<p>${sentence.repeat(2)}Paragraph ${i + 1}.</p>`).join('\n');
  const links = Array.from({ length: 12 }, (_, i) => `<li><a href="/s/${i}">Another headline number ${i}</a></li>`).join('');
  return `<html><head><title>River floods town | Valley Post</title></head><body>
    <header><a href="/">Valley Post</a> <a href="/news">News</a></header>
    <div class="layout">
      <div class="story"><h1>River floods town</h1>${paragraphs}${extra}</div>
      <div class="rail"><ul>${links}</ul></div>
    </div>
    <footer>Imprint and contact</footer>
  </body></html>`;
}

describe('parseHtml', () => {
  it('builds a tree with decoded text and leaves scripts, styles and media out', () => {
    const page = parseHtml('<html lang="de"><head><title>A &amp; B</title><style>p{}</style></head><body><p>x &lt; y<script>var z = 1;</script></p><svg><title>icon</title></svg></body></html>');
    assert.equal(page.title, 'A & B');
    assert.equal(page.lang, 'de');
    assert.equal(textOf(bodyOf(page)), 'x < y');
  });

  it('collects meta tags, JSON-LD, the first h1, rel=author and articleBody elements', () => {
    const page = parseHtml(
      '<head><meta property="og:title" content="T"><script type="application/ld+json">{"@type":"NewsArticle"}</script></head>' +
        '<body><h1>One</h1><h1>Two</h1><a rel="author" href="/a">Ann Lee</a><div itemprop="articleBody"><p>Text</p></div></body>',
    );
    assert.deepEqual(page.metas, [{ property: 'og:title', content: 'T' }]);
    assert.deepEqual(page.jsonLd, ['{"@type":"NewsArticle"}']);
    assert.equal(page.firstH1 && textOf(page.firstH1), 'One');
    assert.equal(page.authorLink && textOf(page.authorLink), 'Ann Lee');
    assert.equal(page.articleBodies.length, 1);
  });

  it('survives malformed HTML: unclosed tags, stray end tags, no html or body', () => {
    const page = parseHtml('<div><p>one<p>two</span></div></div><li>three');
    assert.equal(blocksOf(bodyOf(page)).map((b) => b.text).join('|'), 'one|two|three');
  });
});

describe('prune rules', () => {
  const cases: [string, boolean][] = [
    ['<div class="share-buttons">x</div>', true],
    ['<div class="post-comments">x</div>', true],
    ['<div id="cookie-banner">x</div>', true],
    ['<div class="entry-meta">x</div>', true],
    ['<nav>x</nav>', true],
    ['<div role="navigation">x</div>', true],
    ['<div hidden>x</div>', true],
    ['<div aria-hidden="true">x</div>', true],
    ['<div class="commentary">x</div>', false],
    ['<div class="content-sidebar-wrap">x</div>', false],
    ['<div class="single has-sidebar">x</div>', false],
    ['<div class="vw-sidebar-position-right">x</div>', false],
    ['<div class="article share">x</div>', false],
    ['<div style="display:none">x</div>', false],
    ['<article class="related">x</article>', false],
    ['<p>x</p>', false],
  ];
  for (const [html, pruned] of cases) it(`${html} ${pruned ? 'is' : 'is not'} pruned`, () => assert.equal(isNonContent(element(html)), pruned));

  it('keeps a header or footer inside an article apart: the header is the headline, the footer still chrome', () => {
    const article = element('<article><header>Headline</header><footer>Tags</footer></article>');
    const [header, footer] = article.children.filter((c): c is HtmlElement => typeof c !== 'string');
    assert.equal(isPageFrame(header!), false);
    assert.equal(isPageFrame(footer!), true);
    assert.equal(isPageFrame(element('<header>Site</header>')), true);
  });

  it('names each rule apart', () => {
    assert.equal(isHidden(element('<p hidden>x</p>')), true);
    assert.equal(isBoilerplateNamed(element('<div class="newsletter-signup">x</div>')), true);
  });
});

describe('blocksOf', () => {
  it('makes one block per paragraph, heading and list item, with link text and captions', () => {
    const root = element('<div><h2>Title</h2><p>Read <a href="/x">this story</a> now.</p><ul><li>one</li><li><a href="/">two</a></li></ul><figure><figcaption>A photo</figcaption></figure></div>');
    const blocks = blocksOf(root);
    assert.deepEqual(blocks.map((b) => [b.element.tag, b.text, b.caption]), [
      ['h2', 'Title', false],
      ['p', 'Read this story now.', false],
      ['li', 'one', false],
      ['li', 'two', false],
      ['figcaption', 'A photo', true],
    ]);
    assert.equal(linkDensity(blocks[3]!), 1);
    assert.ok(Math.abs(linkDensity(blocks[1]!) - 9 / 17) < 1e-9);
  });

  it('splits at <br> and keeps inline text of a div as its own block', () => {
    assert.deepEqual(blocksOf(element('<div>loose text<p>para</p>tail<br>after</div>')).map((b) => b.text), ['loose text', 'para', 'tail', 'after']);
  });
});

describe('scoring and selection', () => {
  it('scores a paragraph by commas and length', () => {
    assert.equal(paragraphScore('short'), 1);
    assert.equal(paragraphScore('a, b, c'), 3);
    assert.equal(paragraphScore('x'.repeat(450)), 4);
  });

  it('picks the article and leaves out the sidebar, the header and the footer', () => {
    const body = mainText(parseHtml(articlePage()), 'River floods town');
    assert.ok(body);
    const lines = body.text.split('\n\n');
    assert.equal(lines.length, 6, 'six paragraphs, the headline left out as the title');
    assert.ok(lines.every((l) => l.startsWith('The river rose')));
    assert.ok(!body.text.includes('Another headline'));
    assert.ok(!body.text.includes('Imprint'));
  });

  it('drops a link list inside the article', () => {
    const related = `<div class="more"><h3>More</h3><ul>${'<li><a href="/r">A linked story headline</a></li>'.repeat(6)}</ul></div>`;
    const body = mainText(parseHtml(articlePage(related)), null);
    assert.ok(body);
    assert.ok(!body.text.includes('A linked story headline'));
    assert.ok(body.text.startsWith('River floods town'), 'without a title, the headline stays');
  });

  it('gives up (null) on a page with too little text', () => {
    assert.equal(mainText(parseHtml('<html><body><p>Please log in.</p></body></html>')), null);
    assert.equal(mainText(parseHtml('')), null);
  });
});

describe('refiners', () => {
  const block = (tag: string, text: string) => ({ text, linkChars: 0, element: element(`<${tag}>${text}</${tag}>`), caption: false });

  it('drops a heading that repeats the title, whatever the punctuation', () => {
    const blocks = [block('h1', 'River floods, town!'), block('p', 'Body.')];
    assert.deepEqual(dropTitleHeadings(blocks, 'River floods town').map((b) => b.text), ['Body.']);
    assert.equal(dropTitleHeadings(blocks, null).length, 2);
    assert.equal(dropTitleHeadings([block('p', 'River floods town')], 'River floods town').length, 1, 'only headings');
  });

  it('drops headings with nothing under them', () => {
    const blocks = [block('h2', 'Intro'), block('p', 'Text.'), block('h2', 'Related'), block('h3', 'More'), block('p', 'End.'), block('h2', 'Share')];
    assert.deepEqual(dropOrphanHeadings(blocks).map((b) => b.text), ['Intro', 'Text.', 'More', 'End.']);
  });
});

describe('readFastMeta', () => {
  it('reads the JSON-LD article first, then meta tags', () => {
    const meta = readFastMeta(parseHtml(fixture('jsonld-article')));
    assert.deepEqual(meta, {
      title: 'Council approves new library budget',
      byline: 'Jane Roe',
      publishedAt: null,
      siteName: 'Springfield Gazette',
      language: 'en-US',
    });
  });

  it('falls back to meta names, <title> and the first h1', () => {
    const meta = readFastMeta(parseHtml('<html><head><meta name="AUTHOR" content="Ann Lee"><meta property="og:locale" content="fr_FR"></head><body><h1>Headline</h1></body></html>'));
    assert.deepEqual(meta, { title: 'Headline', byline: 'Ann Lee', publishedAt: null, siteName: null, language: 'fr_FR' });
  });
});
