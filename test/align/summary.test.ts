import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sortArticles } from '../../src/align/articles.ts';
import { buildCoverage } from '../../src/align/coverage.ts';
import { alignFacts } from '../../src/align/facts.ts';
import { briefMax, buildBrief, ledeFact, readsAlone, storyTitle } from '../../src/align/summary.ts';
import { sentenceUnits } from '../../src/align/units.ts';
import { buildArticle, lookupByName } from './build.ts';
import { threeOutlets } from './story.ts';

function factsOf() {
  const articles = sortArticles(threeOutlets());
  return { articles, facts: alignFacts(sentenceUnits(articles, lookupByName(articles)), articles.map((a) => a.id)) };
}

test('the brief has 4 to 8 sentences, each citing its evidence, the most corroborated first', () => {
  const { facts } = factsOf();
  const brief = buildBrief(facts);
  assert.ok(brief.length >= 4 && brief.length <= briefMax, String(brief.length));
  for (const sentence of brief) assert.ok(sentence.citations.length > 0, sentence.text);
  assert.match(brief[0]?.text ?? '', /rejected a proposal/);
  assert.equal(new Set(brief.map((s) => s.text)).size, brief.length);
});

test('fragments and stubs do not read alone', () => {
  assert.equal(readsAlone('No, Minister Lund.'), false);
  assert.equal(readsAlone('and then the council met again to vote on the plan.'), false);
  assert.equal(readsAlone('The regional council approved the dam plan despite protests from fishermen.'), true);
});

test('the title is the headline closest to the top facts', () => {
  const { articles, facts } = factsOf();
  assert.equal(storyTitle(articles, facts), 'Torres says no to Silver River dam');
  assert.match(storyTitle(articles.map((a) => ({ ...a, meta: { ...a.meta, title: null } })), facts), /Ana Torres/);
});

test('coverage: unique facts and facts most others report that an article leaves out', () => {
  const { facts } = factsOf();
  const coverage = buildCoverage(facts, ['b', 'a', 'c']);
  const byArticle = new Map(coverage.map((c) => [c.article, c]));
  const farmer = facts.find((f) => f.fact.text.includes('beautiful in spring'))?.fact.id;
  assert.ok(byArticle.get('c')?.unique.includes(farmer ?? '-'));
  const quoteFact = facts.find((f) => f.fact.articles.join() === 'b,a' && /engineers/.test(f.fact.text))?.fact.id;
  assert.ok(byArticle.get('c')?.omitted.includes(quoteFact ?? '-'));
  assert.deepEqual(byArticle.get('a')?.omitted, []);
});

test('the lede leads: the fact most articles open with comes first, datelines and cut sentences never', () => {
  const lede = 'A bomb exploded at a bank in Millbrook on Friday, killing two police officers.';
  const background = 'The two officers had served the town police department for many years before this.';
  const text = (first: string, rest: string) => `${first}\nLocal shops closed early and the street stayed empty all night long.\n${rest}`;
  const articles = sortArticles([
    buildArticle({ id: 'a', text: text(lede, background) }),
    buildArticle({ id: 'b', text: text(lede, `${background} Investigators came.`) }),
    buildArticle({ id: 'c', text: text(`${background} Mourners gathered.`, `${lede} Police asked for help.`) }),
  ]);
  const facts = alignFacts(sentenceUnits(articles, lookupByName(articles)), articles.map((a) => a.id));
  assert.equal(ledeFact(facts)?.fact.text, lede);
  assert.equal(buildBrief(facts)[0]?.text, lede);
  assert.ok(!readsAlone('June 6, 2013 3: 05 PM EDT'));
  assert.ok(!readsAlone('Four men rammed their car into a store in Paris, making off with a two-million-euro ($2.'));
});
