import assert from 'node:assert/strict';
import { test } from 'node:test';
import { alignFacts } from '../../src/align/facts.ts';
import { dice, sharedCount } from '../../src/align/similarity.ts';
import { synonymCredit, synonymKeys, synonymPairs } from '../../src/align/synonyms.ts';
import { sentenceUnits } from '../../src/align/units.ts';
import { contentKeys } from '../../src/align/words.ts';
import { buildArticle, lookupByName } from './build.ts';

const even = (): number => 1;
const keys = (text: string): Set<string> => new Set(contentKeys(text));

test('synonyms are matched on stems', () => {
  assert.ok(synonymKeys(contentKeys('sacrosanct')[0] ?? '', contentKeys('inviolable')[0] ?? ''));
  assert.ok(synonymKeys(contentKeys('hijacked')[0] ?? '', contentKeys('commandeered')[0] ?? ''));
  assert.equal(synonymKeys(contentKeys('banks')[0] ?? '', contentKeys('shores')[0] ?? ''), false);
});

test('each key joins one synonym pair at most, whatever the order of the lists', () => {
  const a = contentKeys('sacrosanct inalienable');
  const b = contentKeys('inviolable');
  assert.equal(synonymPairs(a, b).length, 1);
  assert.deepEqual(synonymPairs(a, b), synonymPairs(b, a).map(([x, y]) => [y, x]));
});

test('a synonym counts as shared, a little less than the same word, and similarity stays symmetric', () => {
  const exact = dice(keys('territory is sacrosanct'), keys('territory is sacrosanct'), even);
  const synonym = dice(keys('territory is sacrosanct'), keys('territory is inviolable'), even);
  const unrelated = dice(keys('territory is sacrosanct'), keys('territory is disputed'), even);
  assert.equal(exact, 1);
  assert.ok(synonym < exact && synonym > unrelated, `${synonym}`);
  assert.equal(synonym, (1 + synonymCredit) / 2);
  assert.equal(dice(keys('territory is inviolable'), keys('territory is sacrosanct'), even), synonym);
  assert.equal(sharedCount(keys('territory is sacrosanct'), keys('territory is inviolable')), 2);
  assert.equal(sharedCount(keys('river bank'), keys('river shore')), 1);
});

function factsOf(texts: readonly string[]) {
  const articles = texts.map((text, i) => buildArticle({ id: String.fromCharCode(97 + i), text }));
  return alignFacts(sentenceUnits(articles, lookupByName(articles)), articles.map((a) => a.id));
}

test('two outlets wording one statement with synonyms state one fact', () => {
  const facts = factsOf(['The minister replied that the northern border is inviolable.', 'The minister answered that the northern border is sacrosanct.']);
  assert.deepEqual(facts.map((f) => f.fact.articles), [['a', 'b']]);
});

test('synonyms do not join two different facts that share one word', () => {
  const facts = factsOf(['Fishermen hijacked a ferry near the harbour.', 'Police commandeered a van near the stadium.']);
  assert.deepEqual(facts.map((f) => f.fact.articles), [['a'], ['b']]);
  const banks = factsOf(['Floods damaged the bank of the Lune.', 'Tourists crowded the shore of the Lune.']);
  assert.equal(banks.every((f) => f.fact.articles.length === 1), true);
});
