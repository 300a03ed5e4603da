import assert from 'node:assert/strict';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { splitSentences } from '../../src/annotate/sentences.ts';
import { findDates } from '../../src/annotate/dates/index.ts';
import type { DateMention } from '../../src/model.ts';
import { emptyArticle, runArticleStages } from '../../src/pipeline/run.ts';

const seeds = fileURLToPath(new URL('../fixtures/seeds/', import.meta.url));
const golden = fileURLToPath(new URL('../fixtures/annotate/dates/seeds.golden.json', import.meta.url));
const ctx = { now: '2025-06-01T00:00:00Z' };

/** Each seed's publication date as EXPECTED.md gives it (003 has none: 2025-05-04 is used). */
const PUBLISHED: Readonly<Record<string, string>> = {
  '000': '2025-05-04', '001': '2025-05-03', '002': '2025-05-03', '003': '2025-05-04', '004': '2025-05-05',
};

const files = readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort();

function datesOf(file: string): DateMention[] {
  const text = readFileSync(seeds + file, 'utf8');
  const article = runArticleStages(emptyArticle({ id: file, path: file, text }), [splitSentences], ctx);
  const value = PUBLISHED[file.slice(0, 3)] ?? '2025-05-04';
  return findDates({ ...article, meta: { ...article.meta, publishedAt: { value, by: 'test', inferred: false, from: 'input' }, publishedAtSource: 'input' } });
}

const all = new Map(files.map((f) => [f.slice(0, 3), datesOf(f)]));
const values = (seed: string, text: RegExp): string[] => (all.get(seed) ?? []).filter((d) => text.test(d.text)).map((d) => d.value);

describe('resolveDates on the seed articles', () => {
  const expected: readonly [string, RegExp, string][] = [
    ['000', /^on Saturday$/, '2025-05-03'],
    ['000', /^Friday$/, '2025-05-02'],
    ['000', /^February$/, '2025-02'],
    ['000', /^Last month$/, '2025-04'],
    ['000', /^three months ago$/, '2025-02'],
    ['000', /^Earlier this year$/, '2025'],
    ['001', /^May 2$/, '2025-05-02'],
    ['001', /^April 16$/, '2025-04-16'],
    ['001', /^on Friday$/, '2025-05-02'],
    ['003', /^On Sunday$/, '2025-05-04'],
    ['003', /^February 2019$/, '2019-02'],
    ['004', /^mid-April$/, '2025-04'],
    ['004', /^on Saturday$/, '2025-05-03'],
    ['004', /^February$/, '2025-02'],
  ];
  for (const [seed, text, value] of expected) {
    it(`${seed}: ${text.source} -> ${value}`, () => {
      assert.ok(values(seed, text).includes(value), `found ${JSON.stringify(values(seed, text))}`);
    });
  }

  it('003: the number range is not a date, the years are', () => {
    assert.deepEqual(values('003', /000|23/), []);
    assert.deepEqual(values('003', /^20(15|21)$/), ['2015', '2021']);
  });

  it('matches the golden file (UPDATE=1 regenerates it)', () => {
    const actual = Object.fromEntries([...all].map(([seed, dates]) => [seed, dates.map((d) => `${d.start}-${d.end} ${d.text} = ${d.value} (${d.precision}${d.inferred ? ', inferred' : ''})`)]));
    if (process.env.UPDATE === '1') writeFileSync(golden, `${JSON.stringify(actual, null, 2)}\n`);
    const expectedGolden = JSON.parse(readFileSync(golden, 'utf8')) as typeof actual;
    for (const seed of Object.keys(actual)) assert.deepEqual(actual[seed], expectedGolden[seed], `first difference in ${seed}`);
  });
});
