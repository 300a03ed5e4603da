import assert from 'node:assert/strict';
import { test } from 'node:test';
import { endsLikeSentence, wordCount } from '../../src/extract/lines.ts';

test('wordCount counts whitespace-separated words holding a letter or a digit', () => {
  const cases: [string, number][] = [
    ['', 0],
    ['   ', 0],
    ['Sign up here.', 3],
    ['— | • 2025', 1],
    ['Reporting by A. B.; Editing by C', 7],
    ['Ünïcödé wörds\tand\u00a0tabs', 4],
    ['北京 报道', 2],
    ['𝐁𝐨𝐥𝐝 text', 2],
    ["it's 10:30 — ok", 3],
  ];
  for (const [text, expected] of cases) assert.equal(wordCount(text), expected, JSON.stringify(text));
});

test('endsLikeSentence accepts closing quotes and brackets after the stop', () => {
  assert.equal(endsLikeSentence('He left.”'), true);
  assert.equal(endsLikeSentence('READ NEXT'), false);
});
