import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sortArticles } from '../../src/align/articles.ts';
import { alignFacts, factPairs } from '../../src/align/facts.ts';
import { idfWeights } from '../../src/align/similarity.ts';
import { sentenceUnits } from '../../src/align/units.ts';
import type { AnnotatedArticle } from '../../src/model.ts';
import { buildArticle, lookupByName } from './build.ts';
import { threeOutlets } from './story.ts';

function factsOf(articles: readonly AnnotatedArticle[]) {
  const sorted = sortArticles(articles);
  return alignFacts(sentenceUnits(sorted, lookupByName(sorted)), sorted.map((a) => a.id));
}

test('the lead is one fact stated by all three outlets', () => {
  const facts = factsOf(threeOutlets());
  const lead = facts[0];
  assert.ok(lead);
  assert.deepEqual(lead.fact.articles, ['b', 'a', 'c'], 'articles in publication order');
  assert.match(lead.fact.text, /rejected a proposal from Valdoria/);
  assert.equal(lead.support, 3);
});

test('a sentence no other outlet echoes is a fact of its own', () => {
  const facts = factsOf(threeOutlets());
  const farmer = facts.find((f) => f.fact.text.includes('beautiful in spring'));
  assert.deepEqual(farmer?.fact.articles, ['c']);
});

test('boilerplate never becomes a fact and evidence is a sentence of its article', () => {
  const articles = threeOutlets();
  const byId = new Map(articles.map((a) => [a.id, a]));
  for (const { fact } of factsOf(articles)) {
    assert.doesNotMatch(fact.text, /newsletter/);
    for (const e of fact.evidence) {
      const article = byId.get(e.article);
      assert.ok(article, e.article);
      assert.ok(article.sentences.some((s) => s.start === e.start && s.end === e.end), `${e.article}:${e.start}`);
    }
    assert.ok(fact.evidence.some((e) => byId.get(e.article)?.text.slice(e.start, e.end) === fact.text));
  }
});

test('one fact holds at most one sentence per article', () => {
  for (const { fact } of factsOf(threeOutlets())) {
    assert.equal(new Set(fact.evidence.map((e) => e.article)).size, fact.evidence.length, fact.id);
  }
});

test('unrelated sentences are not paired', () => {
  const a = buildArticle({ id: 'x', text: 'The orchestra played a new symphony in the capital on Friday.' });
  const b = buildArticle({ id: 'y', text: 'Farmers expect a poor wheat harvest after the dry spring.' });
  const units = sentenceUnits([a, b], () => undefined);
  assert.deepEqual(factPairs(units, idfWeights(units.map((u) => [...u.keys]))), []);
  assert.equal(factsOf([a, b]).length, 2);
});

test('facts do not depend on the order articles are given in', () => {
  const articles = threeOutlets();
  const forward = factsOf(articles).map((f) => f.fact);
  const backward = factsOf([...articles].reverse()).map((f) => f.fact);
  assert.deepEqual(backward, forward);
});
