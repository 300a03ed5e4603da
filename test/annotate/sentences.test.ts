import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitSentences } from '../../src/annotate/sentences.ts';
import { emptyArticle } from '../../src/pipeline/run.ts';

const sentences = (text: string) =>
  splitSentences.run(emptyArticle({ id: 't', path: 't.txt', text }), { now: '2026-01-01T00:00:00Z' }).sentences.map((s) => text.slice(s.start, s.end));

test('sentences: one per line at least, titles and abbreviations do not end a sentence', () => {
  const cases: [string, string[]][] = [
    ['"We locked it down," said Const. Tim Fanning of the police.', ['"We locked it down," said Const. Tim Fanning of the police.']],
    ['The value was $2.5 million, said Supt. Ray Jones.', ['The value was $2.5 million, said Supt. Ray Jones.']],
    ['Then Rep. Ana Torres (D-Calif.) spoke. She left.', ['Then Rep. Ana Torres (D-Calif.) spoke.', 'She left.']],
    ['He asked: “Can we help?” and she answered no.', ['He asked: “Can we help?” and she answered no.']],
    ['Shares of Acme Inc. rose. The company said so.', ['Shares of Acme Inc. rose.', 'The company said so.']],
    ['A title line\nThe body starts here. It goes on.', ['A title line', 'The body starts here.', 'It goes on.']],
  ];
  for (const [text, expected] of cases) assert.deepEqual(sentences(text), expected, text);
});

test('sentences: a period followed by a lowercase word still ends a sentence (a typo, not an abbreviation)', () => {
  assert.deepEqual(sentences('He came into the country. but she did not accept.'), ['He came into the country.', 'but she did not accept.']);
});

test('sentences: an abbreviation inside a short bracket, or before a comma or closing bracket, does not end a sentence', () => {
  const cases: [string, string[]][] = [
    ['Rep. Ana Ruiz (D-N.Y.) said the plan was bad. He left.', ['Rep. Ana Ruiz (D-N.Y.) said the plan was bad.', 'He left.']],
    ['Sen. Tom Reed (D-R.I.), a member, spoke. Then he left.', ['Sen. Tom Reed (D-R.I.), a member, spoke.', 'Then he left.']],
    ['Rep. Ana Ruiz (D-Md.), who chairs it, said so.', ['Rep. Ana Ruiz (D-Md.), who chairs it, said so.']],
    ['“Who knew?,” he asked.', ['“Who knew?,” he asked.']],
    ['The site, Example.com, was down. It came back.', ['The site, Example.com, was down.', 'It came back.']],
  ];
  for (const [text, expected] of cases) assert.deepEqual(sentences(text), expected, text);
});

test('sentences: a bracket that opens long before the break, or a new sentence after a space, still splits', () => {
  const cases: [string, string[]][] = [
    ['He spoke (at length about the many failures of the plan). Then he left.', ['He spoke (at length about the many failures of the plan).', 'Then he left.']],
    ['(He spoke at the Capitol. Then he left for the airport in a hurry.)', ['(He spoke at the Capitol.', 'Then he left for the airport in a hurry.)']],
    ['He was in Washington, D.C. The next day he left.', ['He was in Washington, D.C.', 'The next day he left.']],
  ];
  for (const [text, expected] of cases) assert.deepEqual(sentences(text), expected, text);
});
