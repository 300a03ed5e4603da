import assert from 'node:assert/strict';
import { test } from 'node:test';
import { seedArticles } from '../helpers/seeds.ts';
import { annotateAll, groupIntoStories } from '../../src/analyze.ts';
import type { AnnotatedArticle, Span } from '../../src/model.ts';
import { corpusStages } from '../../src/pipeline/default.ts';
import { runCorpusStages } from '../../src/pipeline/run.ts';

const raws = seedArticles();
const ctx = { now: '2026-01-01T00:00:00.000Z' };
const annotated = annotateAll(raws, ctx);

function spansOf(article: AnnotatedArticle): [string, readonly Span[]][] {
  return [
    ['removed', article.removed],
    ['sentences', article.sentences],
    ['quotes', article.quotes],
    ['dates', article.dates],
    ['quantities', article.quantities],
    ...article.entities.map((e): [string, readonly Span[]] => [`entity ${e.name}`, e.mentions]),
  ];
}

test('every span lies inside its text, and layers are sorted', () => {
  for (const article of annotated) {
    for (const [layer, spans] of spansOf(article)) {
      let previous = -1;
      for (const span of spans) {
        assert.ok(span.start >= 0 && span.start <= span.end && span.end <= article.text.length, `${article.id} ${layer} ${JSON.stringify(span)}`);
        assert.ok(span.start >= previous, `${article.id} ${layer} not sorted at ${span.start}`);
        previous = span.start;
      }
    }
  }
});

test('quote, date and quantity texts are the slices their offsets point to', () => {
  for (const article of annotated) {
    for (const item of [...article.quotes, ...article.dates, ...article.quantities]) {
      assert.equal(article.text.slice(item.start, item.end), item.text, `${article.id} ${JSON.stringify(item)}`);
    }
  }
});

test('no annotation lies in removed boilerplate', () => {
  for (const article of annotated) {
    const inRemoved = (s: Span) => article.removed.some((r) => s.start < r.end && r.start < s.end);
    for (const [layer, spans] of spansOf(article)) {
      if (layer === 'removed') continue;
      for (const span of spans) assert.ok(!inRemoved(span), `${article.id} ${layer} ${JSON.stringify(span)} overlaps boilerplate`);
    }
  }
});

test('stories do not depend on the order of the input', () => {
  const forward = groupIntoStories(annotated, ctx).stories;
  const backward = groupIntoStories([...annotated].reverse(), ctx).stories;
  assert.deepEqual(backward, forward);
});

test('the whole output is deterministic', () => {
  const once = runCorpusStages({ articles: annotated, stories: [], reports: [] }, corpusStages, ctx);
  const twice = runCorpusStages({ articles: annotateAll(raws, ctx), stories: [], reports: [] }, corpusStages, ctx);
  assert.equal(JSON.stringify(twice), JSON.stringify(once));
});
