import assert from 'node:assert/strict';
import { test } from 'node:test';
import { contentKeys, normalizeNumber, stem } from '../../src/align/words.ts';
import { millisecondsOf } from '../helpers/time-guard.ts';

test('stems match plural and inflected forms', () => {
  const cases: [string, string][] = [
    ['cartels', 'cartel'],
    ['cartel', 'cartel'],
    ['proposed', stem('proposes')],
    ['villages', stem('village')],
    ['countries', 'country'],
    ['press', 'press'],
    ['status', 'status'],
  ];
  for (const [word, expected] of cases) assert.equal(stem(word), expected, word);
});

test('numbers lose their separators', () => {
  const cases: [string, string][] = [
    ['10,000', '10000'],
    ['1,200,000', '1200000'],
    ['2.5', '2.5'],
    ['1.200.000', '1200000'],
    ['25', '25'],
  ];
  for (const [raw, expected] of cases) assert.equal(normalizeNumber(raw), expected, raw);
});

test('content keys drop stopwords and keep acronyms apart from look-alike words', () => {
  assert.deepEqual(contentKeys('The U.S. sent 10,000 troops to us.'), ['US', 'sent', '10000', 'troop']);
  assert.deepEqual(contentKeys('He said that it was not so.'), []);
});

test('a long adversarial line is tokenised quickly', () => {
  const line = `${'a.'.repeat(50_000)}${'1,'.repeat(50_000)}`;
  assert.ok(millisecondsOf(() => contentKeys(line)) < 1000);
});
