/** Table tests of the small heuristics behind quotes, discrepancies, timeline and coverage. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clauseAround } from '../../src/align/details.ts';
import { quoteKeys } from '../../src/align/quotes.ts';
import { cutPoints, segmentQuote } from '../../src/align/quote-segments.ts';
import { answerOf } from '../../src/align/responses.ts';
import { finestDates, foldIntoFiner } from '../../src/align/timeline-events.ts';
import type { SentenceUnit } from '../../src/align/units.ts';
import { venuesIn } from '../../src/align/venues.ts';

function unit(text: string, start = 0): SentenceUnit {
  return {
    article: 'a',
    origin: 'a',
    rank: 0,
    start,
    end: start + text.length,
    text,
    keys: new Set(),
    clauses: [],
    entities: new Set(),
    actors: new Set(),
    speakers: new Set(),
    dates: [],
    quantities: [],
  };
}

test('a long quote is cut at sentences, elisions, "but" clauses and new pronoun clauses', () => {
  const cases: [string, string[]][] = [
    ['No, Minister Lund. The river is sacred (…) We can talk, but we will never sell it.', ['No, Minister Lund.', 'The river is sacred', 'We can talk', 'but we will never sell it.']],
    ['We can collaborate, we can work together', ['We can collaborate', 'we can work together']],
    ['you can do it in your valley, we can do it in ours', ['you can do it in your valley, we can do it in ours']],
    ['The U.S. Army and Mr. Lund agreed.', ['The U.S. Army and Mr. Lund agreed.']],
    ['It is true', ['It is true']],
  ];
  for (const [text, expected] of cases) assert.deepEqual(segmentQuote(text, 0).map((s) => s.text), expected, text);
  assert.deepEqual(cutPoints('One thing. Two things.'), [11]);
});

test('segments keep article offsets, leave nested quotes out and drop pieces without content words', () => {
  const text = "He said, 'Build the dam now.' And I said no to the dam.";
  const segments = segmentQuote(text, 100, [{ start: 110, end: 128 }]);
  assert.deepEqual(segments.map((s) => s.text), ['And I said no to the dam.']);
  for (const s of segments) assert.equal(text.slice(s.start - 100, s.end - 100), s.text);
});

test('quote keys hold content words and word pairs', () => {
  const keys = quoteKeys('you in your valley');
  assert.ok(keys.has('valley') && keys.has('~in your') && !keys.has('you'));
});

test('settings of remarks are found with their kind; other phrases are not', () => {
  const cases: [string, [string, string][]][] = [
    ['She spoke at a university event near the capital on Monday.', [['university event', 'public event']]],
    ['In an event in Lyon, the mayor recounted the call.', [['event in Lyon', 'public event']]],
    ['The remarks, made during a press conference on Monday, drew applause.', [['press conference', 'press conference']]],
    ['He said in an interview that he would run.', [['interview', 'interview']]],
    ['The eventual winner was announced in the evening.', []],
  ];
  for (const [text, expected] of cases) {
    assert.deepEqual(venuesIn(unit(text, 10)).map((v) => [v.phrase, v.kind]), expected, text);
    for (const v of venuesIn(unit(text, 10))) assert.equal(text.slice(v.start - 10, v.end - 10), v.phrase);
  }
});

test('answers of a party: no comment, a statement, or nothing said', () => {
  const cases: [string, string | undefined][] = [
    ['The Daily reached out to the ministry for comment.', 'no comment'],
    ['The ministry did not immediately respond to a request for comment.', 'no comment'],
    ['A spokesman declined to comment.', 'no comment'],
    ['In response, a ministry statement said talks would go on.', 'a statement'],
    ['The ministry announced new talks.', undefined],
  ];
  for (const [text, expected] of cases) assert.equal(answerOf(text), expected, text);
});

test('a coarse date restating a finer one of its sentence is dropped', () => {
  const dates = [{ value: '2031' }, { value: '2031-02' }, { value: '2029' }];
  assert.deepEqual(finestDates(dates).map((d) => d.value), ['2031-02', '2029']);
});

test('a month-dated group folds into a day of that month when linked, a year-dated one never', () => {
  const values = ['2031-04', '2031-04-16', '2031', '2031-05-01'];
  const valueOf = (g: readonly number[]) => values[g[0] ?? 0] ?? '';
  const linked = () => 0.5;
  assert.deepEqual(foldIntoFiner([[0], [1], [2], [3]], valueOf, linked), [[0, 1], [2], [3]]);
  assert.deepEqual(foldIntoFiner([[0], [1]], valueOf, () => 0.1), [[0], [1]]);
});

test('the clause around a mention is cut at commas and trimmed', () => {
  const text = 'The council named six firms, including Acme and Borel, last week.';
  const u = unit(text, 5);
  const at = text.indexOf('Acme') + 5;
  const clause = clauseAround(u, at, at + 4);
  assert.equal(text.slice(clause.start - 5, clause.end - 5), 'including Acme and Borel');
});
