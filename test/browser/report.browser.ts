/**
 * The story page in a real browser (headless Chromium through playwright-core): its sections are
 * there, clicking a fact highlights its evidence in the articles, and it renders quickly. Run by
 * `npm run test:browser` (CI installs Debian's chromium first); CHROMIUM_PATH overrides the binary.
 * A screenshot is saved to SCREENSHOT_DIR (default: the system's temp folder).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, test } from 'node:test';
import { chromium, type Browser } from 'playwright-core';
import { analyze, openSqliteStore, writeReports } from '../../src/index.ts';

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const example = join(import.meta.dirname, '../../examples/reference-story');
const out = mkdtempSync(join(tmpdir(), 'newsprism-browser-'));
let browser: Browser;
let storyPage: string;

before(async () => {
  const store = openSqliteStore(':memory:');
  const result = await analyze([example], store, { now: '2026-01-01T00:00:00.000Z' });
  store.close();
  writeReports(out, result.reports, new Map(result.articles.map((a) => [a.id, a])));
  const page = readdirSync(join(out, 'stories')).find((f) => f.endsWith('.html'));
  assert.ok(page, 'no story page written');
  storyPage = pathToFileURL(join(out, 'stories', page)).href;
  browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});

after(async () => {
  await browser?.close();
});

test('the story page shows every section, and renders in under a second', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(storyPage, { waitUntil: 'load' });
  // Evaluated in the page (a string, since the project's types are Node's, not the DOM's).
  const renderMs = await page.evaluate<number>(
    "(() => { const n = performance.getEntriesByType('navigation')[0]; return n ? n.loadEventEnd - n.startTime : Infinity; })()",
  );
  console.log(`story page loaded in ${renderMs.toFixed(0)} ms`);
  const headings = await page.locator('h2').allTextContents();
  for (const section of ['Brief', 'Facts by outlet', 'Timeline', 'The articles']) {
    assert.ok(headings.some((h) => h.includes(section)), `no "${section}" section in ${headings.join(', ')}`);
  }
  assert.ok((await page.locator('ol.brief li').count()) >= 4);
  assert.ok(renderMs < 1000, `render took ${renderMs.toFixed(0)} ms`);
  await page.close();
});

test('clicking a fact highlights its evidence in the articles', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(storyPage, { waitUntil: 'load' });
  assert.equal(await page.locator('.seg.hl').count(), 0);
  await page.locator('table td[data-ev]').first().click();
  const highlighted = await page.locator('.seg.hl').count();
  assert.ok(highlighted > 0, 'no evidence highlighted after the click');
  const screenshot = join(process.env.SCREENSHOT_DIR ?? out, 'story.png');
  await page.screenshot({ path: screenshot, fullPage: false });
  console.log(`screenshot: ${screenshot}`);
  await page.close();
});

test('article text cannot inject markup into the page', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsprism-xss-'));
  const hostile = 'The council met on Monday. <script>alert("script")</script> <img src=x onerror="alert(\'img\')"> it said.\n';
  writeFileSync(join(dir, 'hostile.txt'), `${hostile}"<b onclick=alert(1)>We agree</b>," the mayor said on Monday.\n`);
  const store = openSqliteStore(':memory:');
  const result = await analyze([dir], store, { now: '2026-01-01T00:00:00.000Z' });
  store.close();
  writeReports(join(dir, 'report'), result.reports, new Map(result.articles.map((a) => [a.id, a])));
  const file = readdirSync(join(dir, 'report', 'stories')).find((f) => f.endsWith('.html')) ?? '';
  const page = await browser.newPage();
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(pathToFileURL(join(dir, 'report', 'stories', file)).href, { waitUntil: 'load' });
  await page.locator('article').first().click();
  assert.deepEqual(dialogs, []);
  assert.equal(await page.locator('article script, article img, article b').count(), 0);
  assert.match((await page.locator('article').first().textContent()) ?? '', /<script>alert/);
  await page.close();
});
