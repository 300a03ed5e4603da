import assert from 'node:assert/strict';
import { test } from 'node:test';
import { seedArticles } from '../helpers/seeds.ts';
import { annotateAll } from '../../src/analyze.ts';
import type { Evidence } from '../../src/model.ts';
import { corpusStages } from '../../src/pipeline/default.ts';
import { runCorpusStages } from '../../src/pipeline/run.ts';

const raws = seedArticles();
const ctx = { now: '2026-01-01T00:00:00.000Z' };
const corpus = runCorpusStages({ articles: annotateAll(raws, ctx), stories: [], reports: [] }, corpusStages, ctx);
const report = corpus.reports[0];

// The noise lines EXPECTED.md lists, as a reader would recognise them.
const noise = [
  /ARTICLE AD BOX/, /Purchase Licensing Rights/, /Sign up here/, /Reporting by/, /Editing by/,
  /Our Standards/, /Photo: X/, /RELATED:/, /IMF Predicts Recession/, /Image Source/, /Getty Images/,
  /READ NEXT/, /Blake Shelton/, /King Henry VIII/, /Vitamin C/, /^\s*date \d{4}/m,
];

test('the five seeds make one story', () => {
  assert.equal(corpus.stories.length, 1);
  assert.equal(report?.articles.length, 5);
});

test('every noise line of EXPECTED.md is marked removed', () => {
  for (const article of corpus.articles) {
    const kept = article.sentences.map((s) => article.text.slice(s.start, s.end)).join('\n');
    for (const pattern of noise) assert.doesNotMatch(kept, pattern, `${article.id} keeps ${pattern}`);
  }
});

test('no fact, quote, timeline entry or brief sentence rests on removed boilerplate', () => {
  assert.ok(report);
  const byId = new Map(corpus.articles.map((a) => [a.id, a]));
  const inBoilerplate = (e: Evidence) =>
    (byId.get(e.article)?.removed ?? []).some((r) => e.start < r.end && r.start < e.end);
  const evidence = [
    ...report.facts.flatMap((f) => f.evidence),
    ...report.quotes.flatMap((q) => q.variants),
    ...report.timeline.flatMap((t) => t.evidence),
    ...report.summary.flatMap((s) => s.citations),
  ];
  assert.ok(evidence.length > 0);
  for (const e of evidence) assert.ok(!inBoilerplate(e), `${e.article} ${e.start}-${e.end} lies in boilerplate`);
  const texts = [
    ...report.facts.map((f) => f.text),
    ...report.quotes.flatMap((q) => [q.text, ...q.variants.map((v) => v.text)]),
    ...report.summary.map((s) => s.text),
  ];
  for (const text of texts) for (const pattern of noise) assert.doesNotMatch(text, pattern);
});

test('every brief sentence cites the articles it rests on', () => {
  assert.ok(report && report.summary.length >= 4 && report.summary.length <= 8);
  for (const sentence of report.summary) assert.ok(sentence.citations.length > 0, sentence.text);
});
