import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { articleId } from '../../src/ingest/index.ts';
import type { FeedLink, IngestItem } from '../../src/ingest/index.ts';
import { readJsonFeed } from '../../src/ingest/feeds/json.ts';
import { rssAuthor } from '../../src/ingest/feeds/rss.ts';
import { looksLikeHtml, xmlCharacterData } from '../../src/ingest/feeds/values.ts';
import { readXmlFeed, rootElement } from '../../src/ingest/feeds/xml.ts';
import { collect, outline, tempTree } from './helpers.ts';

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Harbour Daily</title><link>https://harbour.example/</link>
<item>
  <title>Ferry service resumes</title>
  <link>https://harbour.example/ferry?id=7</link>
  <guid isPermaLink="false">ferry-7</guid>
  <pubDate>Mon, 03 Mar 2025 08:00:00 +0100</pubDate>
  <dc:creator>Lena Berg</dc:creator>
  <description>Short teaser.</description>
  <content:encoded><![CDATA[<p>The ferry <b>resumed</b> on Monday &amp; ran late.</p>]]></content:encoded>
</item>
<item>
  <title>2025</title>
  <guid>https://harbour.example/numbers</guid>
  <author>desk@harbour.example (News Desk)</author>
  <description>Plain summary with no markup, 3 &lt; 4.</description>
  <source url="https://agency.example/rss">Agency Wire</source>
</item>
<item><title>Only a link</title><link>https://harbour.example/link</link></item>
<item><title>Nothing at all</title></item>
<item><link>javascript:alert(1)</link><description>Kept, link dropped.</description><pubDate>someday</pubDate></item>
</channel></rss>`;

const ATOM = `<?xml version="1.0"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title type="html">Valley &lt;em&gt;Times&lt;/em&gt;</title>
<entry>
  <title>Bridge opens</title>
  <link rel="enclosure" href="https://valley.example/photo.jpg"/>
  <link rel="alternate" href="https://valley.example/bridge"/>
  <author><name>Ana Ruiz</name></author><author><name>Tom Li</name></author>
  <updated>2025-03-05T12:00:00Z</updated>
  <published>2025-03-04T09:30:00-05:00</published>
  <summary>Short.</summary>
  <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>The bridge <em>opened</em> to traffic.</p><p>Second &amp; last.</p></div></content>
</entry>
<entry>
  <title>Escaped html</title><link href="https://valley.example/b"/><updated>2025-03-06T12:00:00Z</updated>
  <content type="html">&lt;p&gt;Council met &amp;amp; voted.&lt;/p&gt;</content>
</entry>
<entry>
  <title>Text content</title><link href="https://valley.example/c"/>
  <content type="text"><![CDATA[Plain <text> kept]]></content>
</entry>
</feed>`;

const JSON_FEED = JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Mountain Post',
  items: [
    { id: '1', url: 'https://mountain.example/1', title: 'Snow closes pass', content_html: '<p>Snow closed the pass.</p>', date_published: '2025-01-10T07:00:00+01:00', authors: [{ name: 'Eva Moss' }] },
    { id: '2', url: 'https://mountain.example/2', content_text: 'Plain text body.', date_modified: '2025-01-11T07:00:00Z', author: { name: 'Old Style' } },
    null,
    { id: '4', external_url: 'https://other.example/4', title: 'Link only' },
    { id: '5', summary: '<p>Summary with markup</p>' },
  ],
});

function articles(items: readonly IngestItem[]): unknown[] {
  return items.map((item) => (item.kind === 'article' ? { ...item.article, path: item.article.path.replace(/^.*\//, '') } : null));
}

test('RSS: content:encoded first, permalink guid, RFC 822 date with its offset, dc:creator, item <source>', async () => {
  const root = await tempTree({ 'harbour.rss': RSS });
  const items = await collect([join(root, 'harbour.rss')]);
  assert.deepEqual(outline(items, root), ['article harbour.rss#1', 'article harbour.rss#2', 'rejected harbour.rss#3 no-text', 'rejected harbour.rss#4 malformed-feed', 'article harbour.rss#5']);
  const html = '<p>The ferry <b>resumed</b> on Monday &amp; ran late.</p>';
  const plain = 'Plain summary with no markup, 3 < 4.';
  assert.deepEqual(articles(items)[0], {
    id: articleId(html), path: 'harbour.rss#1', url: 'https://harbour.example/ferry?id=7', title: 'Ferry service resumes',
    publishedAt: '2025-03-03T08:00:00+01:00', author: 'Lena Berg', source: 'Harbour Daily', html,
  });
  assert.deepEqual(articles(items)[1], {
    id: articleId(plain), path: 'harbour.rss#2', url: 'https://harbour.example/numbers', title: '2025', author: 'News Desk', source: 'Agency Wire', text: plain,
  });
  const [linkOnly, nothing, fifth] = [items[2], items[3], items[4]];
  assert.ok(linkOnly?.kind === 'rejected' && linkOnly.rejected.reason === 'item has no content, only a link (https://harbour.example/link): use --fetch to read the linked page');
  assert.ok(nothing?.kind === 'rejected' && nothing.rejected.reason === 'item has no content and no link');
  assert.ok(fifth?.kind === 'article' && fifth.article.url === undefined && fifth.article.publishedAt === undefined);
  assert.deepEqual(fifth.notes, ['link "javascript:alert(1)" is not an http(s) URL: left out', 'date "someday" is not a date newsprism reads: left out']);
});

test('Atom: the alternate link, published (not updated), authors, xhtml kept as markup, html and text unescaped', async () => {
  const root = await tempTree({ 'valley.atom': ATOM });
  const items = await collect([join(root, 'valley.atom')]);
  const [first, second, third] = articles(items) as Record<string, string>[];
  assert.equal(first?.url, 'https://valley.example/bridge');
  assert.equal(first?.publishedAt, '2025-03-04T09:30:00-05:00');
  assert.equal(first?.author, 'Ana Ruiz, Tom Li');
  assert.equal(first?.source, 'Valley Times');
  assert.equal(first?.html, '<div xmlns="http://www.w3.org/1999/xhtml"><p>The bridge <em>opened</em> to traffic.</p><p>Second &amp; last.</p></div>');
  assert.equal(second?.html, '<p>Council met &amp; voted.</p>');
  assert.equal(second?.publishedAt, undefined, 'updated is not a publication date');
  assert.equal(third?.text, 'Plain <text> kept');
  assert.equal(third?.html, undefined);
});

test('JSON Feed: content_html, content_text, summary; date_published only; authors; a broken item alone is rejected', async () => {
  const root = await tempTree({ 'mountain.json': JSON_FEED });
  const items = await collect([join(root, 'mountain.json')]);
  assert.deepEqual(outline(items, root), ['article mountain.json#1', 'article mountain.json#2', 'rejected mountain.json#3 malformed-feed', 'rejected mountain.json#4 no-text', 'article mountain.json#5']);
  const [first, second, , , fifth] = articles(items) as (Record<string, string> | null)[];
  assert.equal(first?.html, '<p>Snow closed the pass.</p>');
  assert.equal(first?.publishedAt, '2025-01-10T07:00:00+01:00');
  assert.equal(first?.author, 'Eva Moss');
  assert.equal(first?.source, 'Mountain Post');
  assert.equal(second?.text, 'Plain text body.');
  assert.equal(second?.publishedAt, undefined);
  assert.equal(second?.author, 'Old Style');
  assert.equal(fifth?.html, '<p>Summary with markup</p>');
  const broken = items[2];
  assert.ok(broken?.kind === 'rejected' && broken.rejected.reason === 'item must be a JSON object, instead found null');
});

test('link-only items go to readLink when given (the --fetch seam), with what the feed states', async () => {
  const root = await tempTree({ 'harbour.rss': RSS });
  const links: FeedLink[] = [];
  const readLink = async (link: FeedLink): Promise<IngestItem> => {
    links.push(link);
    return { kind: 'article', article: { id: 'fetched', path: link.path, url: link.url, html: '<p>fetched</p>' } };
  };
  const items = await collect([join(root, 'harbour.rss')], { readLink });
  assert.deepEqual(links, [{ url: 'https://harbour.example/link', path: join(root, 'harbour.rss#3'), title: 'Only a link', source: 'Harbour Daily' }]);
  assert.equal(items[2]?.kind, 'article');
});

test('feed files that cannot be read: one rejection each, with the reason', async () => {
  const root = await tempTree({
    'broken.xml': '<rss><channel><title>x</title><item><title>unclosed</channel></rss>',
    'empty-rss.rss': '<rss version="2.0"><channel><title>Quiet</title></channel></rss>',
    'empty-atom.atom': '<feed xmlns="http://www.w3.org/2005/Atom"><title>Quiet</title></feed>',
    'sitemap.xml': '<?xml version="1.0"?><!-- a sitemap --><!DOCTYPE urlset><urlset><url/></urlset>',
    'no-items.json': '{"version": "https://jsonfeed.org/version/1", "title": "x", "items": []}',
    'items-object.json': '{"version": "https://jsonfeed.org/version/1", "items": {}}',
    'other.json': '{"name": "package"}',
    'bad.json': '{"version": ',
    'latin1.rss': iconv.encode('<?xml version="1.0" encoding="ISO-8859-1"?><rss><channel><title>Caf\u00e9</title><item><description>D\u00e9j\u00e0 vu.</description></item></channel></rss>', 'latin1'),
  });
  const expected: ReadonlyArray<readonly [string, string, RegExp]> = [
    ['broken.xml', 'malformed-feed', /^not well-formed XML$/],
    ['empty-rss.rss', 'empty', /^feed has no items$/],
    ['empty-atom.atom', 'empty', /^feed has no items$/],
    ['sitemap.xml', 'not-a-feed', /^not an RSS or Atom feed: the root element is <urlset>$/],
    ['no-items.json', 'empty', /^feed has no items$/],
    ['items-object.json', 'malformed-feed', /^"items" must be an array, instead found object$/],
    ['other.json', 'not-a-feed', /^not a JSON Feed: no "version"/],
    ['bad.json', 'not-a-feed', /^not a JSON Feed: invalid JSON/],
  ];
  const items = await collect(expected.map(([name]) => join(root, name)));
  expected.forEach(([name, code, reason], index) => {
    const item = items[index];
    assert.ok(item?.kind === 'rejected', name);
    assert.equal(item.rejected.code, code, name);
    assert.match(item.rejected.reason, reason, name);
  });
  const [latin1] = await collect([join(root, 'latin1.rss')]);
  assert.ok(latin1?.kind === 'article' && latin1.article.text === 'Déjà vu.' && latin1.article.source === 'Café');
});

test('readXmlFeed and readJsonFeed on their own; rootElement skips the prolog', () => {
  const rdf = readXmlFeed('<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"><channel><title>R</title></channel><item><title>I</title><link>https://r.example/i</link><description>Body.</description></item></rdf:RDF>');
  assert.ok(rdf.ok && rdf.entries[0]?.ok === true);
  assert.deepEqual(rdf.entries[0].entry, { url: 'https://r.example/i', title: 'I', text: 'Body.' });
  assert.equal(readJsonFeed('[1, 2]').ok, false);
  assert.equal(rootElement('\ufeff<?xml version="1.0"?>\n<!-- c > d --><!DOCTYPE rss><rss version="2.0">'), 'rss');
  assert.equal(rootElement('just text'), null);
  assert.equal(rootElement('<!-- never closed'), null);
});

test('small helpers: rssAuthor, looksLikeHtml, xmlCharacterData', () => {
  const authors: ReadonlyArray<readonly [string, string | undefined]> = [['desk@x.example (News Desk)', 'News Desk'], ['desk@x.example', undefined], ['Lena Berg', 'Lena Berg']];
  for (const [raw, expected] of authors) assert.equal(rssAuthor(raw), expected, raw);
  const html: ReadonlyArray<readonly [string, boolean]> = [['<p>x</p>', true], ['a &amp; b', true], ['a <br/> b', true], ['3 < 4 and 5 > 2', false], ['Q&A session', false], ['plain', false]];
  for (const [text, expected] of html) assert.equal(looksLikeHtml(text), expected, text);
  assert.equal(xmlCharacterData('a &lt;b&gt; &#233;&#x20AC; &nbsp; <![CDATA[<i>&amp;</i>]]> end'), 'a <b> é€ &nbsp; <i>&amp;</i> end');
  assert.equal(xmlCharacterData('<![CDATA[never closed'), 'never closed');
});
