import assert from 'node:assert/strict';
import { test } from 'node:test';
import { endsLikeSentence, textLines, wordCount } from '../../src/extract/lines.ts';

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

test('textLines gives the lines of the text asked for, reused while the text is the same', () => {
  const first = 'Title\n\n  First line.  \nSecond line.';
  const second = 'Other\nText';
  const lines = textLines(first);
  assert.deepEqual(
    lines.map((l) => [l.text, l.start, l.end, l.index]),
    [['Title', 0, 5, 0], ['First line.', 9, 20, 1], ['Second line.', 23, 35, 2]],
  );
  assert.equal(textLines(first), lines);
  assert.deepEqual(textLines(second).map((l) => l.text), ['Other', 'Text']);
  assert.deepEqual(textLines(`${first}`.slice(0)).map((l) => l.text), ['Title', 'First line.', 'Second line.']);
  assert.deepEqual(textLines('Title').map((l) => l.text), ['Title']);
});
