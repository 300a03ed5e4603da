/**
 * Two more stories, from ECB+ (see test/fixtures/stories/<name>/README.md): the same code must
 * give a sane report on news it was not tuned on. Each story's articles, analysed alone, form
 * one story; its report has shared facts, a cited brief, a sorted timeline and quote groups
 * that never mix speakers.
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { storyEntities } from '../../src/align/entities.ts';
import { byPeriod } from '../../src/align/periods.ts';
import { quoteUnits } from '../../src/align/quotes.ts';
import type { AnnotatedArticle, StoryReport } from '../../src/model.ts';
import { articleStages, corpusStages } from '../../src/pipeline/default.ts';
import { emptyArticle, runArticleStages, runCorpusStages } from '../../src/pipeline/run.ts';

const stories = join(import.meta.dirname, '..', 'fixtures', 'stories');
const ctx = { now: '2025-06-01T00:00:00Z' };

function analyse(name: string): { articles: readonly AnnotatedArticle[]; reports: readonly StoryReport[] } {
  const dir = join(stories, name);
  const articles = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => runArticleStages(emptyArticle({ id: file.replace(/\.txt$/, ''), path: file, text: readFileSync(join(dir, file), 'utf8') }), articleStages, ctx));
  return runCorpusStages({ articles, stories: [], reports: [] }, corpusStages, ctx);
}

/**
 * The speakers of the quotes each report quote's variants come from, by family name: entity
 * linking may leave "Constable Tim Fanning" and "Tim Fanning" apart, and they are one speaker.
 */
function speakersOfGroups(report: StoryReport, articles: readonly AnnotatedArticle[]): Set<string>[] {
  const units = quoteUnits(articles, storyEntities(articles).speakerName);
  return report.quotes.map(
    (q) =>
      new Set(
        q.variants
          .map((v) => units.find((u) => u.article === v.article && u.start === v.start && u.end === v.end)?.speaker ?? null)
          .filter((s): s is string => s !== null)
          .map((s) => s.split(/\s+/).pop() ?? s),
      ),
  );
}

for (const name of readdirSync(stories).sort()) {
  test(`${name}: one story with a sane report`, () => {
    const { articles, reports } = analyse(name);
    assert.equal(reports.length, 1, `one story, got ${reports.map((r) => r.articles.length).join('+')} articles`);
    const report = reports[0] as StoryReport;
    assert.equal(report.articles.length, articles.length);
    assert.ok(report.facts.filter((f) => new Set(f.articles).size >= 2).length >= 3, 'facts shared by two articles or more');
    assert.ok(report.summary.length >= 4 && report.summary.length <= 8);
    for (const s of report.summary) assert.ok(s.citations.length > 0, s.text);
    const dates = report.timeline.map((t) => t.date);
    assert.deepEqual(dates, [...dates].sort(byPeriod));
    for (const speakers of speakersOfGroups(report, articles)) assert.ok(speakers.size <= 1, [...speakers].join(' / '));
    const texts = new Map(articles.map((a) => [a.id, a.text]));
    for (const e of [...report.facts.flatMap((f) => f.evidence), ...report.quotes.flatMap((q) => q.variants)]) {
      assert.ok(e.start < e.end && e.end <= (texts.get(e.article)?.length ?? 0));
    }
    assert.ok(report.title.length > 20 && /^[\p{Lu}\p{N}]/u.test(report.title), report.title);
  });
}
