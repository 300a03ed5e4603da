import assert from 'node:assert/strict';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { splitSentences } from '../../src/annotate/sentences.ts';
import { findQuotes } from '../../src/annotate/quotes/index.ts';
import type { AnnotatedArticle, Quote } from '../../src/model.ts';
import { emptyArticle, runArticleStages } from '../../src/pipeline/run.ts';

const seeds = fileURLToPath(new URL('../fixtures/seeds/', import.meta.url));
const golden = fileURLToPath(new URL('../fixtures/annotate/quotes/seeds.golden.json', import.meta.url));
const ctx = { now: '2025-06-01T00:00:00Z' };
const files = readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort();

/** Sentences then quotes, without entities: the golden file pins this stage alone. */
function annotate(file: string): AnnotatedArticle {
  const text = readFileSync(seeds + file, 'utf8');
  return runArticleStages(emptyArticle({ id: file, path: file, text }), [splitSentences, findQuotes], ctx);
}

const summary = (q: Quote) => ({
  start: q.start,
  end: q.end,
  kind: q.kind,
  cue: q.cue ?? null,
  speaker: q.speaker ? `${q.speaker.name}${q.speaker.inferred ? ' (inferred)' : ''}` : null,
  text: q.text,
});

const articles = new Map(files.map((f) => [f, annotate(f)]));
const quotesOf = (prefix: string): readonly Quote[] => [...articles].find(([f]) => f.startsWith(prefix))?.[1].quotes ?? [];
const find = (prefix: string, start: string): Quote | undefined => quotesOf(prefix).find((q) => q.text.startsWith(start));

describe('findQuotes on the seed articles', () => {
  it('the central quote in each seed is the Mexican president’s, by name', () => {
    for (const [prefix, start] of [['000', 'And do you know'], ['001', 'And you know'], ['002', 'And do you know'], ['003', 'No, President'], ['004', 'It is true']] as const) {
      const quote = find(prefix, start);
      assert.ok(quote, `${prefix}: central quote found`);
      assert.match(quote.speaker?.name ?? '', /Sheinbaum/, `${prefix}: speaker`);
      assert.equal(quote.kind, 'direct');
    }
  });

  it('the proposal quoted inside her quote is attributed to the US president', () => {
    for (const [prefix, start] of [['001', 'How can we help'], ['002', 'How can we help'], ['002', 'I propose'], ['003', 'How can we help'], ['004', 'I propose']] as const) {
      assert.match(find(prefix, start)?.speaker?.name ?? '', /Trump/, `${prefix}: ${start}`);
    }
  });

  it('the Sunday reply in 003 is attributed to the US president through "he said"', () => {
    const reply = find('003', 'Well she');
    assert.match(reply?.speaker?.name ?? '', /Trump/);
    assert.equal(reply?.speaker?.inferred, true);
  });

  it('continuations and pronouns in 000 keep the speaker', () => {
    for (const start of ['The territory cannot', 'But you in your', 'The Mexican people']) {
      assert.match(find('000', start)?.speaker?.name ?? '', /Sheinbaum/, start);
    }
  });

  it('headline lists (003 READ NEXT, 002 RELATED) yield no quotes', () => {
    assert.equal(find('003', 'I Always Thought'), undefined);
    assert.equal(find('002', 'Plan Mexico'), undefined);
  });

  it('matches the golden file (UPDATE=1 regenerates it)', () => {
    const actual = Object.fromEntries([...articles].map(([f, a]) => [f, a.quotes.map(summary)]));
    if (process.env.UPDATE === '1') writeFileSync(golden, `${JSON.stringify(actual, null, 2)}\n`);
    const expected = JSON.parse(readFileSync(golden, 'utf8')) as typeof actual;
    for (const file of files) assert.deepEqual(actual[file], expected[file], `first difference in ${file}`);
  });
});
