/**
 * What reading two ECB+ stories nobody tuned for taught (see test/fixtures/stories/<name>/README.md):
 * the title and the first brief sentence are the news itself, and numbers that measure, describe
 * or count parts (yards, "28-year veteran", "29 of 34 passes") raise no discrepancy.
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { StoryReport } from '../../src/model.ts';
import { articleStages, corpusStages } from '../../src/pipeline/default.ts';
import { emptyArticle, runArticleStages, runCorpusStages } from '../../src/pipeline/run.ts';

const stories = join(import.meta.dirname, '..', 'fixtures', 'stories');
const ctx = { now: '2025-06-01T00:00:00Z' };

function reportOf(name: string): StoryReport {
  const dir = join(stories, name);
  const articles = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => runArticleStages(emptyArticle({ id: file.replace(/\.txt$/, ''), path: file, text: readFileSync(join(dir, file), 'utf8') }), articleStages, ctx));
  const { reports } = runCorpusStages({ articles, stories: [], reports: [] }, corpusStages, ctx);
  assert.equal(reports.length, 1);
  return reports[0] as StoryReport;
}

test('oregon-bank-bombing: the bombing is the title and the lede, no false discrepancy', () => {
  const report = reportOf('oregon-bank-bombing');
  assert.match(report.title, /bomb/i, report.title);
  assert.match(report.summary[0]?.text ?? '', /bomb/i);
  // "a 28-year veteran" (one officer) against "a 20-year veteran" (another), "46-year-old" against "11 years": no conflict.
  assert.deepEqual(report.discrepancies.map((d) => d.about), []);
});

test('colts-jaguars-playoff: yards, minutes and partial pass counts raise no discrepancy', () => {
  const report = reportOf('colts-jaguars-playoff');
  assert.match(report.title, /Colts/);
  assert.deepEqual(report.discrepancies.map((d) => d.about), []);
  assert.ok(report.facts.some((f) => /364 yards/.test(f.text) && f.articles.length >= 5), 'the passing yards fact is shared');
});
