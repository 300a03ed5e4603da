import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sortArticles } from '../../src/align/articles.ts';
import { findDiscrepancies } from '../../src/align/discrepancies.ts';
import { alignFacts } from '../../src/align/facts.ts';
import { sentenceUnits } from '../../src/align/units.ts';
import type { AnnotatedArticle } from '../../src/model.ts';
import { buildArticle, lookupByName } from './build.ts';
import { threeOutlets } from './story.ts';

function discrepanciesOf(input: readonly AnnotatedArticle[]) {
  const articles = sortArticles(input);
  const order = articles.map((a) => a.id);
  const lookup = lookupByName(articles);
  const facts = alignFacts(sentenceUnits(articles, lookup), order);
  return findDiscrepancies(facts, { articles: new Map(articles.map((a) => [a.id, a])), lookup, articleOrder: order });
}

test('different counts of one thing in one fact, a vague count flagged as such', () => {
  const number = discrepanciesOf(threeOutlets()).find((d) => d.kind === 'number');
  assert.ok(number);
  assert.match(number.about, /villages/);
  assert.match(number.about, /vague/);
  assert.deepEqual(
    number.values.map((v) => [v.value, v.articles]),
    [
      ['15 villages', ['b']],
      ['12 villages', ['a']],
      ['several villages', ['c']],
    ],
  );
});

test('the same date word resolved to periods that cannot overlap', () => {
  const date = discrepanciesOf(threeOutlets()).find((d) => d.kind === 'date');
  assert.deepEqual(
    date?.values.map((v) => [v.value, v.articles]),
    [
      ['2031-03', ['a']],
      ['2029-03', ['c']],
    ],
  );
});

test('the same number counting different things is a wording discrepancy', () => {
  const wording = discrepanciesOf(threeOutlets()).find((d) => d.kind === 'wording');
  assert.deepEqual(wording?.values.map((v) => v.value).sort(), ['police officers', 'soldiers']);
});

test('evidence of every value points at its reading in the article', () => {
  const articles = new Map(threeOutlets().map((a) => [a.id, a]));
  for (const d of discrepanciesOf(threeOutlets())) {
    for (const v of d.values) {
      for (const e of v.evidence) {
        const text = articles.get(e.article)?.text ?? '';
        assert.ok(e.start >= 0 && e.end <= text.length && e.start < e.end);
      }
    }
  }
});

test('a different place in the same slot of one fact', () => {
  const text = (place: string) => `The minister opened the new hospital in ${place} on Monday with local doctors.`;
  const a = buildArticle({ id: 'a', text: text('Westford'), entities: [{ name: 'Westford', type: 'place', mentions: ['Westford'] }] });
  const b = buildArticle({ id: 'b', text: text('Easton'), entities: [{ name: 'Easton', type: 'place', mentions: ['Easton'] }] });
  const place = discrepanciesOf([a, b]).find((d) => d.kind === 'place');
  assert.deepEqual(place?.values.map((v) => v.value), ['Westford', 'Easton']);
});

test('agreeing articles and translated quotes give no discrepancy', () => {
  const text = 'The council approved the budget of 40 million euros in March after a long debate.';
  const a = buildArticle({ id: 'a', text, quantities: [{ text: '40 million euros', value: 40_000_000, unit: 'euros' }], dates: [{ text: 'in March', value: '2031-03', precision: 'month' }] });
  const b = buildArticle({ id: 'b', text, quantities: [{ text: '40 million euros', value: 40_000_000, unit: 'euros' }], dates: [{ text: 'in March', value: '2031-03', precision: 'month' }] });
  assert.deepEqual(discrepanciesOf([a, b]), []);
  assert.ok(!discrepanciesOf(threeOutlets()).some((d) => /Minister Lund/.test(d.about)));
});
