import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { splitSentences } from '../../src/annotate/sentences.ts';
import { findQuantities } from '../../src/annotate/quantities/index.ts';
import { emptyArticle, runArticleStages } from '../../src/pipeline/run.ts';
import type { AnnotatedArticle } from '../../src/model.ts';
import { adversarialLine, millisecondsOf, splitLine } from '../helpers/time-guard.ts';

const ctx = { now: '2025-06-01T00:00:00Z' };

function annotate(text: string): AnnotatedArticle {
  return runArticleStages(emptyArticle({ id: 't', path: 't.txt', text }), [splitSentences, findQuantities], ctx);
}

type Row = [text: string, value: number, unit: string | undefined, vague?: boolean];
const found = (text: string): Row[] =>
  annotate(text).quantities.map((q) => [q.text, q.value, q.unit, ...(q.vague ? [true] : [])] as Row);

test('quantities: values, units and counted nouns', () => {
  const cases: [string, Row[]][] = [
    ['They sent 10,000 Mexican soldiers north.', [['10,000 Mexican soldiers', 10000, 'soldiers']]],
    ['It imposed 25% tariffs on imports.', [['25%', 25, '%']]],
    ['Growth was 3.5 percent last year.', [['3.5 percent', 3.5, '%']]],
    ['It extradited 29 cartel members to the US.', [['29 cartel members', 29, 'members']]],
    ['The fund holds $5.2 billion in cash.', [['$5.2 billion', 5200000000, 'USD']]],
    ['They paid €3 million and 40 million pesos.', [['€3 million', 3000000, 'EUR'], ['40 million pesos', 40000000, 'MXN']]],
    ['The agency designated six Mexican cartels.', [['six Mexican cartels', 6, 'cartels']]],
    ['The two countries agreed.', [['two countries', 2, 'countries']]],
    ['She bought a dozen eggs.', [['a dozen eggs', 12, 'eggs']]],
    ['She bought Half a dozen eggs.', [['Half a dozen eggs', 6, 'eggs']]],
    ['A half of them left.', []],
    ['The road is 12 km long.', [['12 km', 12, 'km']]],
    ['The jewels were worth 2m euros.', [['2m euros', 2000000, 'EUR']]],
    ['He paid £1.7m for the house.', [['£1.7m', 1700000, 'GBP']]],
    ['A four-by-four car and a one-on-one talk.', []],
  ];
  for (const [text, expected] of cases) assert.deepEqual(found(text), expected, text);
  assert.equal(found('They built a 2m wall.')[0]?.[1], 2, 'a tight "m" without money is not a million');
});

test('quantities: vague counts are marked vague with a rough value', () => {
  const cases: [string, Row[]][] = [
    ['It named several cartels.', [['several cartels', 3, 'cartels', true]]],
    ['Dozens of people gathered.', [['Dozens of people', 24, 'people', true]]],
    ['A few officials spoke.', [['A few officials', 3, 'officials', true]]],
    ['Tens of thousands of workers marched.', [['Tens of thousands of workers', 20000, 'workers', true]]],
    ['Many goods are exempt.', [['Many goods', 10, 'goods', true]]],
  ];
  for (const [text, expected] of cases) assert.deepEqual(found(text), expected, text);
});

test('quantities: ranges give two quantities; the first shares the unit of the second', () => {
  assert.deepEqual(found('Murders rose from about 8,000 to 23,500 annually.'), [
    ['8,000', 8000, undefined],
    ['23,500', 23500, undefined],
  ]);
  const q = annotate('Between 10 and 20 people died.').quantities;
  assert.deepEqual(q.map((x) => [x.text, x.value, x.unit, x.inferred]), [
    ['10', 10, 'people', true],
    ['20 people', 20, 'people', false],
  ]);
});

test('not quantities: years, days of dates, times, phone numbers, "one of", names', () => {
  const negatives = [
    'In 2019 the law changed.',
    'It was a 2020 trade agreement.',
    'From 2015 to 2021, little changed.',
    'On May 3, 2025 she spoke.',
    'The call was on April 16.',
    'It was posted at 4:02 pm.',
    'The meeting starts at 4 p.m. sharp.',
    'Call +52 55 1234 5678 for details.',
    'In one of the calls, he asked.',
    'It was one that could shape the future.',
    'He spoke aboard Air Force One.',
    'He said so three months ago.',
    'It was his 3rd visit.',
  ];
  for (const text of negatives) assert.deepEqual(found(text), [], text);
});

test('quantities: offsets match the text; provenance is recorded', () => {
  const a = annotate('Mexico sent 10,000 troops and paid $2 million; several cartels were named in 2025.');
  for (const q of a.quantities) {
    assert.equal(a.text.slice(q.start, q.end), q.text);
    assert.equal(q.by, 'quantities');
  }
  assert.equal(a.quantities.length, 3);
});

test('quantities: the seeds give the figures a reader compares', () => {
  const read = (file: string) => {
    const text = readFileSync(new URL(`../fixtures/seeds/${file}`, import.meta.url), 'utf8');
    return runArticleStages(emptyArticle({ id: file, path: file, text }), [splitSentences, findQuantities], ctx);
  };
  const summary = (file: string) => read(file).quantities.map((q) => `${q.value} ${q.unit ?? '-'}`);
  assert.ok(summary('000_68c5bc7f6012e040.txt').includes('10000 soldiers'));
  assert.ok(summary('000_68c5bc7f6012e040.txt').includes('3 cartels'));
  assert.ok(summary('002_b64f6b58356e2b9c.txt').includes('10000 agents'));
  assert.ok(summary('002_b64f6b58356e2b9c.txt').includes('6 cartels'));
  assert.ok(summary('003_d0e15a4d3eee7ba2.txt').includes('8000 -'));
  assert.ok(summary('003_d0e15a4d3eee7ba2.txt').includes('23500 -'));
  assert.ok(summary('004_c21ef9109a519698.txt').includes('25 %'));
  assert.ok(summary('004_c21ef9109a519698.txt').includes('10000 troops'));
  assert.ok(summary('004_c21ef9109a519698.txt').includes('29 members'));
  for (const file of ['000_68c5bc7f6012e040.txt', '001_f4e0611b7b3684bf.txt', '002_b64f6b58356e2b9c.txt']) {
    assert.ok(!summary(file).some((s) => /^(?:2025|2020|2019|3|16|4)\s-$/.test(s)), file);
  }
});

test('time guard: the quantities stage reads a 200 KB adversarial line in under 1 s', () => {
  const patterns = ['1,000,000,000,', '9'.repeat(40) + ' ', '$1.2 billion of ', 'tens of thousands of ', '12:30 '];
  for (const unit of patterns) {
    const split = splitLine(adversarialLine(unit));
    const ms = millisecondsOf(() => findQuantities.run(split, ctx));
    assert.ok(ms < 1000, `${JSON.stringify(unit)}: ${ms.toFixed(0)} ms`);
  }
});
