import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sortArticles } from '../../src/align/articles.ts';
import { alignQuotes, matchKind } from '../../src/align/quotes.ts';
import type { AnnotatedArticle, Quote } from '../../src/model.ts';
import { buildArticle } from './build.ts';
import { threeOutlets } from './story.ts';

const byName = (_: AnnotatedArticle, q: Quote): string | null => q.speaker?.name ?? null;

function quotesOf(articles: readonly AnnotatedArticle[]) {
  return alignQuotes(sortArticles(articles), byName);
}

test('translations of one quote and a fragment of it form one quote', () => {
  const [central] = quotesOf(threeOutlets());
  assert.ok(central);
  assert.equal(central.speaker, 'Ana Torres');
  assert.deepEqual(
    [...new Set(central.variants.map((v) => `${v.article}:${v.match}`))].map((v) => v.split(':')),
    [
      ['b', 'verbatim'],
      ['a', 'variant'],
      ['c', 'partial'],
    ],
  );
});

test('a quote sharing a few words with another stays apart', () => {
  const quotes = quotesOf(threeOutlets());
  const farmer = quotes.find((q) => q.speaker === 'Mara Holt');
  assert.equal(farmer?.variants.length, 1);
  assert.equal(quotes.filter((q) => q.variants.some((v) => v.text.includes('foreign engineers'))).length, 1);
});

test('variant spans point at the quoted words in the article text', () => {
  const articles = threeOutlets();
  const byId = new Map(articles.map((a) => [a.id, a]));
  for (const q of quotesOf(articles)) {
    for (const v of q.variants) assert.equal(byId.get(v.article)?.text.slice(v.start, v.end), v.text);
  }
});

test('the same words from different speakers are different quotes unless nearly identical', () => {
  const text = (who: string) => `"We need more teachers in rural schools and better pay for nurses," ${who} said.`;
  const a = buildArticle({ id: 'a', text: text('Ines Park'), quotes: [{ text: 'We need more teachers in rural schools', speaker: 'Ines Park' }] });
  const b = buildArticle({
    id: 'b',
    text: `"We need more teachers, and rural schools suffer," Omar Diaz said.`,
    quotes: [{ text: 'We need more teachers, and rural schools suffer,', speaker: 'Omar Diaz' }],
  });
  assert.equal(quotesOf([a, b]).length, 2);
  const sameSpeaker = buildArticle({
    id: 'b',
    text: `"We need more teachers, and rural schools suffer," Ines Park said.`,
    quotes: [{ text: 'We need more teachers, and rural schools suffer,', speaker: 'Ines Park' }],
  });
  assert.equal(quotesOf([a, sameSpeaker]).length, 1);
});

test('indirect speech alone is not a report quote', () => {
  const a = buildArticle({
    id: 'a',
    text: 'The mayor said the bridge would reopen in autumn.',
    quotes: [{ text: 'the bridge would reopen in autumn', speaker: 'The mayor', kind: 'indirect' }],
  });
  assert.deepEqual(quotesOf([a]), []);
});

test('match kinds: same words, another wording, a fragment', () => {
  const quote = (text: string, kind: Quote['kind'] = 'direct'): Quote => ({ start: 0, end: text.length, text, kind, speaker: null, by: 't', inferred: false });
  const canonical = quote('The river is sacred and the water is not for sale');
  assert.equal(matchKind(quote('the river is sacred, and the water is not for sale!'), canonical), 'verbatim');
  assert.equal(matchKind(quote('Our river cannot be sold and our water is defended'), canonical), 'variant');
  assert.equal(matchKind(quote('not for sale'), canonical), 'partial');
  assert.equal(matchKind(quote('The river is sacred and the water is not for sale today', 'indirect'), canonical), 'partial');
});

test('quotes do not depend on the order articles are given in', () => {
  const articles = threeOutlets();
  assert.deepEqual(quotesOf([...articles].reverse()), quotesOf(articles));
});
