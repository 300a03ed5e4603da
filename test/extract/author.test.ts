import { test } from 'node:test';
import assert from 'node:assert/strict';
import { beforeDate, cleanAuthor, withoutNonNameParentheses } from '../../src/extract/author-clean.ts';
import { bylineFromElements, spacedText } from '../../src/extract/author-element.ts';
import { parseHtml } from '../../src/extract/fast/tree.ts';
import { extract } from './helpers.ts';

const PROSE = 'The council approved the budget on Saturday after a long debate, officials said.';

test('bylines are cleaned into names', () => {
  const cases: [string, string | null][] = [
    ['By Jane Doe', 'Jane Doe'],
    ['JANE DOE', 'Jane Doe'],
    ['Jane Doe | Staff Writer | Email the author', 'Jane Doe'],
    ['Jane Doe and John Roe', 'Jane Doe and John Roe'],
    ['Jane Doe, John Roe and Ann Lee', 'Jane Doe, John Roe and Ann Lee'],
    ['Jane Doe, May 3, 2025 10:02 AM', 'Jane Doe'],
    ['Staff', null],
    ['Ana de la Cruz', 'Ana de la Cruz'],
    ['the newsroom', null],
    ['By GILLIAN MOHNEY March 11, 2015 3:46 PM', 'Gillian Mohney'],
    ['Joe Wee Monday, February 29, 2016 @ 11:10 PM UTC', 'Joe Wee'],
    ['Written by Rob Ewaschuk Edited by Betsy Beyer', 'Rob Ewaschuk'],
    ['Par Sébastien Farcis', 'Sébastien Farcis'],
    ['Por María López y Juan Pérez', 'María López and Juan Pérez'],
    ['von Anna Schmidt', 'Anna Schmidt'],
    ['BY: JANE DOE', 'Jane Doe'],
    ['Martin Untersinger (avec Damien Leloup et Morgane Tual)', 'Martin Untersinger'],
    ['Bradley M. Kuhn (http://ebb.org/bkuhn/)', 'Bradley M. Kuhn'],
    ['Richard (R.J.) Eskow', 'Richard (R.J.) Eskow'],
    ["CONOR O'NEIL", "Conor O'Neil"],
    ['肖春芳', '肖春芳'],
    ['Michiel de Jong', 'Michiel de Jong'],
  ];
  for (const [raw, clean] of cases) assert.equal(cleanAuthor(raw), clean, raw);
});

test('junk is never an author', () => {
  const junk = [
    'By Staff', 'Staff Writer', 'Email the author', 'Updated 3 hours ago', 'and', 'By', '',
    'https://example.com/author/jane-doe', 'www.example.com', 'jane@example.com', 'March 3, 2025',
    '2025-03-03T10:00:00Z', 'Monday, 3 March 2025', 'Last Updated: January 7, 2025', 'Follow Author',
    'admin', 'de la', 'ACME', 'Posted by on June 5', 'View all posts', 'About the author',
  ];
  for (const raw of junk) assert.equal(cleanAuthor(raw), null, raw);
});

test('byline helpers: a name stops at a date; parentheses stay only around names', () => {
  assert.equal(beforeDate('Jane Doe Tuesday'), 'Jane Doe ');
  assert.equal(beforeDate('Jane Doe 10:02'), 'Jane Doe ');
  assert.equal(beforeDate('May Lee'), 'May Lee');
  assert.equal(withoutNonNameParentheses('Ann Lee (@annlee)'), 'Ann Lee');
  assert.equal(withoutNonNameParentheses('Ann (Annie) Lee'), 'Ann (Annie) Lee');
});

test('byline elements of a page: rel, itemprop, class; comments and biographies skipped', () => {
  const cases: [string, string | null][] = [
    ['<span class="pb-byline">By <a href="/p/jd">Jane Doe</a></span>', 'Jane Doe'],
    ['<a rel="author" href="/p/jd">Jane Doe</a>', 'Jane Doe'],
    ['<li itemprop="author"><img src="x"><span itemprop="name">Jane Doe</span> <span>Senior Writer</span></li>', 'Jane Doe'],
    ['<h4 class="author__heading">About the author</h4><div class="byline">By John Roe | June 5, 2024</div>', 'John Roe'],
    ['<div class="comments"><span class="comment-author">Ann Lee</span></div>', null],
    [`<div class="author-bio">Jane Doe ${'writes about cities and the people who live in them. '.repeat(3)}</div>`, null],
    ['<div class="author-box">Follow @janedoe</div>', null],
    ['<p>By Jane Doe</p>', null],
  ];
  for (const [html, names] of cases) assert.equal(bylineFromElements(parseHtml(`<body>${html}</body>`)), names, html);
  const root = parseHtml('<p class="x">By<a>Jane</a>Doe</p>').root;
  assert.equal(spacedText(root), 'By Jane Doe');
});

test('an HTML page without a metadata author: the byline element names it', () => {
  const prose = '<p>The council approved the budget on Saturday after a long debate that lasted well into the night, officials said, and the mayor welcomed the vote.</p>';
  const html = `<html><head><title>Budget</title></head><body><article><h1>Budget</h1><div class="byline">By <a>Ann Lee</a></div>${prose.repeat(3)}</article></body></html>`;
  const author = extract({ html }).meta.author;
  assert.deepEqual([author?.value, author?.from], ['Ann Lee', 'page-byline']);
  const stated = extract({ html: html.replace('<title>', '<meta name="author" content="Jane Doe"><title>') }).meta.author;
  assert.deepEqual([stated?.value, stated?.from], ['Jane Doe', 'metadata']);
  assert.equal(extract({ html, text: 'Plain text given.' }).meta.author, null);
});

test('author sources in order: input, byline line, credit line', () => {
  assert.equal(extract({ text: `By Jane Doe\n${PROSE}`, author: 'John Roe' }).meta.author?.value, 'John Roe');
  const byline = extract({ text: `Council Approves Budget\nBy Jane Doe and John Roe\n${PROSE}` });
  assert.deepEqual([byline.meta.author?.value, byline.meta.author?.from], ['Jane Doe and John Roe', 'byline']);
  assert.ok(byline.removed.some((r) => r.reason === 'byline'));
  const credit = extract({ text: `${PROSE}\nReporting by Jane Doe in Paris and John Roe in Rome; Editing by Ann Lee` });
  assert.deepEqual([credit.meta.author?.value, credit.meta.author?.from], ['Jane Doe and John Roe', 'credit']);
  assert.equal(extract({ text: PROSE }).meta.author, null);
});
