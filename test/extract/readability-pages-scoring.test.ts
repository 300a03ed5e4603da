import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FieldOutcome, MetadataField } from '../../src/eval/readability-pages.ts';
import { dayMatches, fieldMetrics, fieldOutcome, loadReadabilityCases, parseExpectedMetadata } from '../../src/eval/readability-pages.ts';
import { metadataMetrics, titleWithin } from '../../src/eval/tasks/metadata.ts';

test('field outcomes: title exact, byline contained either way, day, site name', () => {
  const cases: [MetadataField, string | null, string | null, FieldOutcome][] = [
    ['title', 'A  headline\n here', 'A headline here', 'right'],
    ['title', 'A headline', 'A headline | Site', 'wrong'],
    ['title', null, '', 'empty'],
    ['title', 'A headline', null, 'extra'],
    ['byline', 'Jane Doe', 'By JANE DOE\n  March 5, 2015', 'right'],
    ['byline', 'Jane Doe and John Roe', 'Jane Doe, John Roe', 'right'],
    ['byline', 'Jane Doe', 'John Roe', 'wrong'],
    ['byline', null, 'John Roe', 'missed'],
    ['siteName', 'the guardian', 'The Guardian', 'right'],
    ['siteName', 'Guardian', 'The Guardian', 'wrong'],
    ['publishedTime', '2015-07-24', '2015-07-24T05:36:09+01:00', 'right'],
    ['publishedTime', '2018-06-12T23:00:00Z', '2018-06-13T01:00:00+02:00', 'right'],
    ['publishedTime', '2018-06-13', '2018-06-12T23:00:00.000Z', 'wrong'],
    ['publishedTime', 'June 5', '2018-06-05', 'wrong'],
  ];
  for (const [field, ours, theirs, outcome] of cases) assert.equal(fieldOutcome(field, ours, theirs), outcome, `${field} ${ours} ${theirs}`);
  assert.equal(dayMatches('2021-11-01T10:52:50+0100', '2021-11-01T09:52:50Z'), true);
});

test('field metrics: accuracy over pages, precision over ours, recall over theirs', () => {
  const metrics = fieldMetrics('byline', ['right', 'right', 'empty', 'wrong', 'missed', 'extra']);
  assert.equal(metrics['byline.accuracy'], 3 / 6);
  assert.equal(metrics['byline.precision'], 2 / 4);
  assert.equal(metrics['byline.recall'], 2 / 4);
  assert.deepEqual(fieldMetrics('title', []), { 'title.accuracy': 0, 'title.precision': 0, 'title.recall': 0 });
});

test('a title within the expected one: less a leading or trailing part, not a fragment', () => {
  assert.equal(titleWithin('Headline here', 'Headline here | Site'), true);
  assert.equal(titleWithin('Headline here', 'Site: Headline here'), true);
  assert.equal(titleWithin('Site', 'A much longer headline here | Site'), false);
  assert.equal(titleWithin(null, 'Headline'), false);
});

test('cases load from a folder per page; malformed expectations are dataset errors', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rp-'));
  mkdirSync(join(dir, 'b-case'));
  writeFileSync(join(dir, 'b-case', 'source.html'), '<title>T</title>');
  writeFileSync(join(dir, 'b-case', 'expected-metadata.json'), '{"title": "T", "byline": null, "readerable": true}');
  mkdirSync(join(dir, 'a-no-expectations'));
  writeFileSync(join(dir, 'a-no-expectations', 'source.html'), '<p>x</p>');
  const cases = loadReadabilityCases(dir);
  assert.deepEqual(cases.map((c) => [c.name, c.expected]), [['b-case', { title: 'T', byline: null, siteName: null, publishedTime: null }]]);
  assert.throws(() => parseExpectedMetadata('{"title": 3}', 'x.json'), /expected "title" to be a string or null/);
  assert.throws(() => parseExpectedMetadata('[]', 'x.json'), /expected a JSON object/);
  assert.throws(() => loadReadabilityCases(join(dir, 'missing')), /is missing/);
  const outcome = { name: 'b', expected: cases[0]!.expected, found: null, fields: { title: 'missed', byline: 'empty', siteName: 'empty', publishedTime: 'empty' } } as const;
  assert.equal(metadataMetrics([outcome])['failed'], 1);
});
