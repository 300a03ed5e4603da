import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assembleReport } from '../../src/align/assemble.ts';
import { linkByName } from './build.ts';
import { story, storyReport, threeOutlets } from './story.ts';

test('the report lists articles by publication date with their metadata', () => {
  const report = storyReport();
  assert.equal(report.schemaVersion, 1);
  assert.equal(report.id, 's-test');
  assert.deepEqual(
    report.articles.map((a) => [a.id, a.source, a.publishedAt]),
    [
      ['b', 'Valley Post', '2031-06-03'],
      ['a', 'Norland Daily', '2031-06-04'],
      ['c', 'River Wire', '2031-06-05'],
    ],
  );
  assert.deepEqual(report.coverage.map((c) => c.article), ['b', 'a', 'c']);
});

test('every span of the report lies inside its article text', () => {
  const report = storyReport();
  const texts = new Map(threeOutlets().map((a) => [a.id, a.text]));
  const spans = [
    ...report.summary.flatMap((s) => s.citations),
    ...report.facts.flatMap((f) => f.evidence),
    ...report.quotes.flatMap((q) => q.variants),
    ...report.timeline.flatMap((t) => t.evidence),
    ...report.discrepancies.flatMap((d) => d.values.flatMap((v) => v.evidence)),
  ];
  assert.ok(spans.length > 10);
  for (const s of spans) {
    const text = texts.get(s.article);
    assert.ok(text !== undefined && s.start >= 0 && s.start < s.end && s.end <= text.length, `${s.article}:${s.start}-${s.end}`);
  }
});

test('every summary sentence cites at least one article', () => {
  for (const s of storyReport().summary) assert.ok(s.citations.length > 0);
});

test('the report is deterministic and independent of article order', () => {
  const forward = JSON.stringify(storyReport());
  assert.equal(JSON.stringify(storyReport()), forward);
  assert.equal(JSON.stringify(assembleReport(story, threeOutlets().reverse(), linkByName)), forward);
});

test('story entities come from the linker', () => {
  const torres = storyReport().entities.find((e) => e.name === 'Ana Torres');
  assert.deepEqual(torres?.articles, ['a', 'b', 'c']);
});
