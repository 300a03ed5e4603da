import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sortArticles } from '../../src/align/articles.ts';
import { alignFacts } from '../../src/align/facts.ts';
import { byPeriod } from '../../src/align/periods.ts';
import { buildTimeline, eventClause, reportsEvent } from '../../src/align/timeline.ts';
import { sentenceUnits } from '../../src/align/units.ts';
import { lookupByName } from './build.ts';
import { threeOutlets } from './story.ts';

function timelineOf() {
  const articles = sortArticles(threeOutlets());
  const order = articles.map((a) => a.id);
  const units = sentenceUnits(articles, lookupByName(articles));
  const facts = alignFacts(units, order);
  const factOf = new Map(facts.flatMap((f) => f.units.map((u) => [`${u.article}:${u.start}`, f.fact.id] as const)));
  return buildTimeline(units, (u) => factOf.get(`${u.article}:${u.start}`), order);
}

test('the timeline is sorted and each event appears once', () => {
  const timeline = timelineOf();
  const dates = timeline.map((t) => t.date);
  assert.deepEqual(dates, [...dates].sort(byPeriod));
  const rejection = timeline.filter((t) => t.date === '2031-06-03');
  assert.equal(rejection.length, 1);
  assert.deepEqual(rejection[0]?.articles, ['b', 'a', 'c']);
  assert.deepEqual(
    timeline.map((t) => t.date),
    ['2029-03', '2031-03', '2031-05', '2031-06-03'],
  );
});

test('evidence of an entry is the sentence around its date', () => {
  const articles = new Map(threeOutlets().map((a) => [a.id, a]));
  for (const entry of timelineOf()) {
    for (const e of entry.evidence) {
      const article = articles.get(e.article);
      assert.ok(article?.sentences.some((s) => s.start === e.start && s.end === e.end));
      assert.ok(article?.dates.some((d) => d.value === entry.date && d.start >= e.start && d.end <= e.end));
    }
  }
});

test('a date alone on a line is no event', () => {
  assert.equal(reportsEvent('May 3, 2025 Hour: 4:02 pm', { text: 'May 3, 2025' }), false);
  assert.equal(reportsEvent('On Sunday the minister confirmed the account to reporters.', { text: 'On Sunday' }), true);
});

test('a long sentence is cut to the clause around its date', () => {
  const sentence =
    'Since the new government came to power, pressure on the ministry has grown steadily, leading the cabinet to send 500 inspectors to the ports in February, while the opposition asked for a full inquiry into the contracts signed by the previous administration.';
  const at = sentence.indexOf('in February');
  const clause = eventClause(sentence, at, at + 'in February'.length);
  assert.match(clause, /in February/);
  assert.ok(clause.length < sentence.length);
  assert.ok(clause.length <= 181);
  assert.equal(eventClause('Short sentence in March.', 15, 23), 'Short sentence in March.');
});
