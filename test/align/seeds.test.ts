/**
 * End to end on the reference story: the five seed articles through every article stage, then
 * the corpus stages over one story made of all five.
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { byPeriod } from '../../src/align/periods.ts';
import { groupStories } from '../../src/compare/group-stories.ts';
import type { StoryReport } from '../../src/model.ts';
import { articleStages, corpusStages } from '../../src/pipeline/default.ts';
import { emptyArticle, runArticleStages, runCorpusStages } from '../../src/pipeline/run.ts';
import { renderStoryHtml } from '../../src/report/html-story.ts';

const seeds = join(import.meta.dirname, '..', 'fixtures', 'seeds');
const ctx = { now: '2025-06-01T00:00:00Z' };

function seedCorpus() {
  const articles = readdirSync(seeds)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => runArticleStages(emptyArticle({ id: file.slice(0, 3), path: file, text: readFileSync(join(seeds, file), 'utf8') }), articleStages, ctx));
  const story = { id: 's-seeds', articles: articles.map((a) => a.id) };
  return runCorpusStages({ articles, stories: [story], reports: [] }, corpusStages.filter((s) => s !== groupStories), ctx);
}

const corpus = seedCorpus();
const report = corpus.reports[0] as StoryReport;

test('one report for the one story', () => {
  assert.equal(corpus.reports.length, 1);
  assert.equal(report.articles.length, 5);
});

test('the central quote is one quote rendered by at least four outlets', () => {
  const central = report.quotes.find((q) => q.variants.filter((v) => /No, President Trump/.test(v.text)).length >= 3);
  assert.ok(central, 'a quote whose renderings say "No, President Trump"');
  assert.ok(new Set(central.variants.map((v) => v.article)).size >= 4, JSON.stringify(central.variants.map((v) => v.article)));
  assert.equal(central.speaker, 'Claudia Sheinbaum');
});

test('some facts are shared by at least three articles', () => {
  assert.ok(report.facts.filter((f) => f.articles.length >= 3).length >= 3);
});

test('the timeline is sorted and every summary sentence cites', () => {
  const dates = report.timeline.map((t) => t.date);
  assert.deepEqual(dates, [...dates].sort(byPeriod));
  assert.ok(report.summary.length >= 4 && report.summary.length <= 8);
  for (const s of report.summary) assert.ok(s.citations.length > 0, s.text);
});

test('boilerplate never reaches facts, and evidence lies inside the texts', () => {
  const texts = new Map(corpus.articles.map((a) => [a.id, a.text]));
  for (const f of report.facts) assert.doesNotMatch(f.text, /Sign up here|Purchase Licensing|READ NEXT|Image Source/);
  for (const e of report.facts.flatMap((f) => f.evidence)) {
    assert.ok(e.end <= (texts.get(e.article)?.length ?? 0) && e.start < e.end);
  }
});

test('the designation year is flagged as a date discrepancy', () => {
  const date = report.discrepancies.find((d) => d.kind === 'date' && d.values.some((v) => v.value.startsWith('2019')));
  assert.ok(date, JSON.stringify(report.discrepancies.map((d) => [d.kind, d.about])));
});

test('the story page renders every article', () => {
  const html = renderStoryHtml(report, corpus.articles);
  assert.equal(html.match(/<article id="article-/g)?.length, 5);
});
