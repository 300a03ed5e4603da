/**
 * The five reference articles: expected removed lines, dates, outlets and titles (from
 * test/fixtures/seeds/EXPECTED.md), plus a golden file of the whole extraction result.
 * `UPDATE=1` rewrites test/fixtures/extract/seeds.golden.json.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import type { AnnotatedArticle } from '../../src/model.ts';
import { splitSentences } from '../../src/annotate/sentences.ts';
import { extract } from './helpers.ts';

const seedsDir = new URL('../fixtures/seeds/', import.meta.url);
const goldenFile = new URL('../fixtures/extract/seeds.golden.json', import.meta.url);
const seeds = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort();

function run(file: string): AnnotatedArticle {
  const text = readFileSync(new URL(file, seedsDir), 'utf8');
  return extract({ id: file.slice(0, 3), path: file, text });
}

interface Expected {
  publishedAt: string | null;
  publishedAtSource: string | null;
  source: string | null;
  title: string | null;
  /** Every removed span, as "reason: start of its text". */
  removed: string[];
}

const expected: Record<string, Expected> = {
  '000': { publishedAt: '2025-05-04', publishedAtSource: 'header', source: 'The Hill', title: null, removed: ['crawler-header: date 2025-05-04'] },
  '001': {
    publishedAt: '2025-05-03',
    publishedAtSource: 'dateline',
    source: 'Reuters',
    title: null,
    removed: [
      'ad: ARTICLE AD BOX',
      "caption: Mexico's President Claudia Sheinbaum speaks during an event",
      'dateline: May 3 (Reuters) - ',
      'signup: Sign up here.',
      'credit: Reporting by Lucinda Elliott; Editing by Diane Craft',
      'standards: Our Standards:',
    ],
  },
  '002': {
    publishedAt: '2025-05-03',
    publishedAtSource: 'dateline',
    source: null,
    title: 'Sheinbaum Confirms Her Rejection On Trump’s Offer To Send Military To Mexico',
    removed: ['caption: Mexican president Claudia Sheinbaum. Photo: X', 'dateline: May 3, 2025 Hour: 4:02 pm', 'related: RELATED:\n\nIMF Predicts Recession'],
  },
  '003': {
    publishedAt: null,
    publishedAtSource: null,
    source: null,
    title: null,
    removed: ['caption: Image Source: Getty Images | Photo by Michael Ciaglo', 'related: READ NEXT\n- “I Always Thought'],
  },
  '004': {
    publishedAt: '2025-05-05',
    publishedAtSource: 'header',
    source: 'MENAFN',
    title: 'Mexico refuses Trump’s troops suggestion',
    removed: ['crawler-header: date 2025-05-05 403', 'outlet-tag: (MENAFN) '],
  },
};

function summary(article: AnnotatedArticle): Record<string, unknown> {
  return {
    publishedAt: article.meta.publishedAt?.value ?? null,
    publishedAtSource: article.meta.publishedAtSource,
    source: article.meta.source?.value ?? null,
    sourceFrom: article.meta.source?.from ?? null,
    title: article.meta.title?.value ?? null,
    author: article.meta.author?.value ?? null,
    language: article.meta.language?.value ?? null,
    removed: article.removed.map((r) => ({ reason: r.reason, text: article.text.slice(r.start, r.end) })),
    diagnostics: article.diagnostics.map((d) => d.code),
  };
}

for (const file of seeds) {
  test(`seed ${file}: expected dates, outlet, title and removed noise`, () => {
    const article = run(file);
    const want = expected[file.slice(0, 3)];
    assert.ok(want, `no expectation for ${file}`);
    assert.equal(article.meta.publishedAt?.value ?? null, want.publishedAt);
    assert.equal(article.meta.publishedAtSource, want.publishedAtSource);
    assert.equal(article.meta.source?.value ?? null, want.source);
    assert.equal(article.meta.title?.value ?? null, want.title);
    const removed = article.removed.map((r) => `${r.reason}: ${article.text.slice(r.start, r.end)}`);
    assert.equal(removed.length, want.removed.length, removed.join('\n'));
    want.removed.forEach((prefix, i) => assert.ok(removed[i]?.startsWith(prefix), `expected "${prefix}", found "${removed[i] ?? ''}"`));
    assert.equal(article.meta.language?.value, 'en');
  });

  test(`seed ${file}: no sentence holds boilerplate, spans are sorted and inside the text`, () => {
    const article = splitSentences.run(run(file), { now: '' });
    const noise = /ARTICLE AD BOX|Sign up here|Photo: X|Image Source|READ NEXT|RELATED:|Reporting by|Our Standards|Purchase Licensing|\(MENAFN\)|\(Reuters\) -|Hour: 4:02|date 2025/;
    for (const s of article.sentences) assert.doesNotMatch(article.text.slice(s.start, s.end), noise);
    article.removed.forEach((r, i) => {
      assert.ok(r.start >= 0 && r.end <= article.text.length && r.start < r.end);
      if (i > 0) assert.ok((article.removed[i - 1]?.start ?? 0) <= r.start);
    });
  });
}

test('golden file of the extraction results', () => {
  const actual = Object.fromEntries(seeds.map((file) => [file, summary(run(file))]));
  if (process.env['UPDATE'] === '1') writeFileSync(goldenFile, `${JSON.stringify(actual, null, 2)}\n`);
  const golden = JSON.parse(readFileSync(goldenFile, 'utf8')) as Record<string, unknown>;
  for (const file of seeds) assert.deepEqual(actual[file], golden[file], `first difference in ${file}`);
});
