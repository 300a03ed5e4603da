/**
 * Guards against false discrepancies, found reading ECB+ stories nobody tuned for: counts that
 * measure or describe, parts of totals, nested place names, and values an article itself states.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sortArticles } from '../../src/align/articles.ts';
import {
  attributeQuantity,
  comparableCount,
  figureOf,
  measureUnit,
  partialCount,
  realConflict,
  spellingVariants,
  withoutRepeats,
  yearLike,
} from '../../src/align/conflicts.ts';
import { findDiscrepancies, nested } from '../../src/align/discrepancies.ts';
import { alignFacts } from '../../src/align/facts.ts';
import { sentenceUnits } from '../../src/align/units.ts';
import type { SentenceUnit } from '../../src/align/units.ts';
import type { AnnotatedArticle, Discrepancy, Quantity } from '../../src/model.ts';
import { buildArticle, lookupByName } from './build.ts';

const quantity = (text: string, value: number, unit?: string): Quantity => ({
  start: 0,
  end: text.length,
  text,
  value,
  ...(unit === undefined ? {} : { unit }),
  by: 'test',
  inferred: false,
});

/** A one-sentence unit holding `text`, the quantity found at `part`. */
function unitWith(text: string, part: string, value: number, unit: string): { unit: SentenceUnit; quantity: Quantity } {
  const start = text.indexOf(part);
  const q = { ...quantity(part, value, unit), start, end: start + part.length };
  const u: SentenceUnit = {
    article: 'a', origin: 'a', rank: 0, start: 0, end: text.length, text,
    keys: new Set(), clauses: [], entities: new Set(), actors: new Set(), speakers: new Set(), dates: [], quantities: [q],
  };
  return { unit: u, quantity: q };
}

test('counts that describe, measure or date are not compared', () => {
  const table: [Quantity, boolean, boolean, boolean][] = [
    // quantity, attribute, year, measure
    [quantity('28-year veteran', 28, 'veteran'), true, false, false],
    [quantity('2,507-member assembly', 2507, 'assembly'), true, false, false],
    [quantity('one- yard', 1, 'yard'), true, false, true],
    [quantity('1974 stories', 1974, 'stories'), false, true, false],
    [quantity('2,000 soldiers', 2000, 'soldiers'), false, false, false],
    [quantity('364 yards', 364, 'yards'), false, false, true],
    [quantity('five minutes', 5, 'minutes'), false, false, true],
    [quantity('65%', 65, '%'), false, false, true],
    [quantity('six cartels', 6, 'cartels'), false, false, false],
  ];
  for (const [q, attribute, year, measure] of table) {
    assert.equal(attributeQuantity(q), attribute, q.text);
    assert.equal(yearLike(q), year, q.text);
    assert.equal(measureUnit(q), measure, q.text);
  }
});

test('a part of a total is not the count of the whole', () => {
  const table: [string, string, number, string, boolean][] = [
    ['Manning completed 29 of 34 passes for the win.', '34 passes', 34, 'passes', true],
    ['He completed his first 17 passes.', '17 passes', 17, 'passes', true],
    ['Another 10 people were hurt.', '10 people', 10, 'people', true],
    ['More than 50 firefighters tackled the blaze.', '50 firefighters', 50, 'firefighters', false],
    ['Three undersea cables were damaged.', 'Three undersea cables', 3, 'cables', false],
  ];
  for (const [text, part, value, unit, partial] of table) {
    const x = unitWith(text, part, value, unit);
    assert.equal(partialCount(x.unit, x.quantity), partial, text);
    assert.equal(comparableCount(x.unit, x.quantity), !partial, text);
  }
});

test('one figure however scaled, spelling variants, nested names', () => {
  assert.equal(figureOf(2_000_000), figureOf(2));
  assert.notEqual(figureOf(2_000_000), figureOf(11_000_000));
  assert.equal(figureOf(2500), '2500', '2,500 is not a scaled figure');
  assert.ok(spellingVariants('kilometres', 'kilometers'));
  assert.ok(!spellingVariants('soldiers', 'agents'));
  assert.ok(!spellingVariants('passes', 'parents'));
  assert.ok(nested('Banstead', 'Banstead High Street'));
  assert.ok(nested('Northwest Washington', 'Washington'));
  assert.ok(!nested('Paris', 'Cannes'));
});

test('a conflict needs two articles each silent about the other value', () => {
  const claims = [
    { article: 'a', value: '3' },
    { article: 'b', value: '5' },
  ];
  assert.ok(realConflict(claims, () => false));
  assert.ok(!realConflict(claims, (article, value) => article === 'b' && value === '3'));
  assert.ok(!realConflict([{ article: 'a', value: '3' }, { article: 'a', value: '5' }], () => false));
});

test('a discrepancy repeating an earlier one is dropped', () => {
  const value = (v: string, articles: string[]) => ({ value: v, articles, evidence: articles.map((a) => ({ article: a, start: 0, end: 1 })) });
  const first: Discrepancy = { kind: 'number', about: 'How many people: different counts', values: [value('five people', ['a', 'b']), value('two people', ['c'])] };
  const repeat: Discrepancy = { kind: 'number', about: 'How many people: different counts', values: [value('five people', ['a']), value('two people', ['c'])] };
  const other: Discrepancy = { kind: 'number', about: 'How many people: different counts', values: [value('seven people', ['a']), value('six people', ['d'])] };
  assert.deepEqual(withoutRepeats([first, repeat, other]), [first, other]);
});

function discrepanciesOf(input: readonly AnnotatedArticle[]) {
  const articles = sortArticles(input);
  const order = articles.map((a) => a.id);
  const lookup = lookupByName(articles);
  return findDiscrepancies(alignFacts(sentenceUnits(articles, lookup), order), { articles: new Map(articles.map((a) => [a.id, a])), lookup, articleOrder: order });
}

test('places an article names itself, or names nested in one another, are no contradiction', () => {
  const a = buildArticle({
    id: 'a',
    text: 'The fire destroyed the old market in Banstead on Friday night, police said.\nCrews came from Epsom.',
    entities: [{ name: 'Banstead', type: 'place', mentions: ['Banstead'] }, { name: 'Epsom', type: 'place', mentions: ['Epsom'] }],
  });
  const b = buildArticle({
    id: 'b',
    text: 'The fire destroyed the old market in Banstead High Street on Friday night, police said.',
    entities: [{ name: 'Banstead High Street', type: 'place', mentions: ['Banstead High Street'] }],
  });
  const c = buildArticle({
    id: 'c',
    text: 'The fire destroyed the old market in Epsom on Friday night, police said.',
    entities: [{ name: 'Epsom', type: 'place', mentions: ['Epsom'] }],
  });
  assert.deepEqual(discrepanciesOf([a, b]), []);
  assert.deepEqual(discrepanciesOf([a, c]), [], 'a names Epsom too');
  assert.deepEqual(discrepanciesOf([b, c]).map((d) => d.kind), ['place'], 'the control: two places, neither named by the other article');
});

test('counts an article states both ways, and measures, give no discrepancy', () => {
  const a = buildArticle({
    id: 'a',
    text: 'The storm cut three undersea cables near the coast on Friday, engineers said.\nTwo undersea cables were repaired later.',
    quantities: [{ text: 'three undersea cables', value: 3, unit: 'undersea cables' }, { text: 'Two undersea cables', value: 2, unit: 'undersea cables' }],
  });
  const b = buildArticle({
    id: 'b',
    text: 'The storm cut two undersea cables near the coast on Friday, engineers said, and 80 percent of traffic was lost.',
    quantities: [{ text: 'two undersea cables', value: 2, unit: 'undersea cables' }, { text: '80 percent', value: 80, unit: '%' }],
  });
  const c = buildArticle({
    id: 'c',
    text: 'The storm cut undersea links near the coast on Friday, engineers said, and 65 percent of traffic was lost.',
    quantities: [{ text: '65 percent', value: 65, unit: '%' }],
  });
  assert.deepEqual(discrepanciesOf([a, b, c]), []);
  const alone = buildArticle({
    id: 'a',
    text: 'The storm cut three undersea cables near the coast on Friday, engineers said.',
    quantities: [{ text: 'three undersea cables', value: 3, unit: 'undersea cables' }],
  });
  assert.deepEqual(discrepanciesOf([alone, b]).map((d) => d.kind), ['number'], 'the control: three against two');
});
