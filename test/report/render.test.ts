import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { renderIndexHtml } from '../../src/report/html-index.ts';
import { renderStoryHtml } from '../../src/report/html-story.ts';
import { canonical, renderJson } from '../../src/report/json.ts';
import { codeSpan, escapeMarkdown, renderMarkdown } from '../../src/report/markdown.ts';
import { writeReports } from '../../src/report/write.ts';
import { storyReport, threeOutlets } from '../align/story.ts';

test('JSON is canonical: contract key order, two spaces, same bytes whatever the key order given', () => {
  const report = storyReport();
  const json = renderJson(report);
  assert.ok(json.startsWith('{\n  "schemaVersion": 1,\n  "id": "s-test",\n  "title": '));
  assert.ok(json.endsWith('}\n'));
  const shuffled = Object.fromEntries(Object.entries(report).reverse()) as typeof report;
  assert.equal(renderJson(shuffled), json);
  assert.deepEqual(JSON.parse(json), JSON.parse(JSON.stringify(report)));
  assert.deepEqual(Object.keys(canonical({ end: 2, article: 'a', start: 1 }) as object), ['article', 'start', 'end']);
});

test('Markdown has the brief with citations and escapes input', () => {
  const md = renderMarkdown(storyReport());
  assert.match(md, /^# /);
  assert.match(md, /## Brief\n\n- .+\[.+\]/);
  assert.match(md, /## Quotes/);
  assert.equal(escapeMarkdown('a *b* <i>'), 'a \\*b\\* \\<i\\>');
  assert.equal(codeSpan('dir/a_b.txt'), '`dir/a_b.txt`');
  assert.equal(codeSpan('odd`name'), '`` odd`name ``');
});

test('the story page escapes every string from input', () => {
  const articles = threeOutlets();
  const html = renderStoryHtml(storyReport(), articles);
  assert.ok(!html.includes('<script>alert'), 'article text escaped');
  assert.ok(html.includes('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;'));
  assert.equal(html.match(/<script>/g)?.length, 1, 'only the page script');
  const hostile = { ...storyReport(), title: '<img src=x onerror=alert(1)>' };
  assert.ok(!renderStoryHtml(hostile, articles).includes('<img src=x'));
  assert.ok(!renderIndexHtml([hostile]).includes('<img src=x'));
});

test('the story page is self-contained and makes evidence addressable', () => {
  const html = renderStoryHtml(storyReport(), threeOutlets());
  assert.doesNotMatch(html, /<(?:script|link|img)[^>]+(?:src|href)=/);
  assert.match(html, /<del class="removed" title="removed: sign-up prompt">/);
  const refs = [...html.matchAll(/data-ev="(\d+):(\d+):(\d+)/g)];
  assert.ok(refs.length > 10);
  for (const [, a, s] of refs) assert.match(html, new RegExp(`class="seg" data-a="${a}" data-s="${s}"`));
  for (const section of ['Brief', 'Facts by outlet', 'Quotes', 'Timeline', 'Discrepancies', 'The articles']) assert.match(html, new RegExp(`<h2>${section}`));
});

test('writeReports writes the index and three files per story', () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsprism-report-'));
  try {
    const report = storyReport();
    const written = writeReports(dir, [report], new Map(threeOutlets().map((a) => [a.id, a])));
    assert.deepEqual(
      written.map((p) => p.slice(dir.length)),
      ['/index.html', '/stories/s-test.json', '/stories/s-test.md', '/stories/s-test.html'],
    );
    assert.match(readFileSync(join(dir, 'index.html'), 'utf8'), /href="stories\/s-test\.html"/);
    assert.equal(readFileSync(join(dir, 'stories', 's-test.json'), 'utf8'), renderJson(report));
    assert.throws(() => writeReports(dir, [{ ...report, id: '../evil' }], new Map()), /E_OPTION/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('syndicated copies count once in the page and the Markdown header', () => {
  const report = storyReport();
  const [first, ...rest] = report.articles;
  const withCopy = { ...report, articles: [...(first ? [first] : []), ...rest.map((a, i) => (i === 0 && first ? { ...a, duplicateOf: first.id } : a))] };
  const independent = withCopy.articles.length - 1;
  assert.match(renderMarkdown(withCopy), new RegExp(`${withCopy.articles.length} articles, ${independent} independent report`));
  assert.match(renderStoryHtml(withCopy, []), new RegExp(`${withCopy.articles.length} articles, ${independent} independent report`));
});
