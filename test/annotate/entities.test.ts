import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from '../../src/annotate/sentences.ts';
import { articleCandidates, findEntities } from '../../src/annotate/entities/index.ts';
import { correctSpelling } from '../../src/annotate/entities/05-build.ts';
import { rolePhrases } from '../../src/annotate/entities/06-roles.ts';
import { tokenize } from '../../src/annotate/nlp.ts';
import { isTypoOf, isVariantName } from '../../src/annotate/entities/04-merge.ts';
import { placeOf } from '../../src/annotate/entities/gazetteer.ts';
import { nameKey } from '../../src/lexicon/key.ts';
import { emptyArticle, runArticleStages } from '../../src/pipeline/run.ts';
import type { AnnotatedArticle } from '../../src/model.ts';
import { adversarialLine, millisecondsOf, splitLine } from '../helpers/time-guard.ts';

const ctx = { now: '2025-06-01T00:00:00Z' };

function annotate(text: string): AnnotatedArticle {
  return runArticleStages(emptyArticle({ id: 't', path: 't.txt', text }), [splitSentences, findEntities], ctx);
}

const names = (text: string) => annotate(text).entities.map((e) => e.name);
const byName = (a: AnnotatedArticle, name: string) => a.entities.find((e) => e.name === name);

test('candidates: names, connectors, acronyms, possessives', () => {
  const cases: [string, string[]][] = [
    ['Shares of Bank of America fell on Tuesday.', ['Bank of America']],
    ['The Department of State said it would respond.', ['Department of State']],
    ['Officials said the CJNG and the IRS were involved.', ['CJNG', 'IRS']],
    ["Analysts doubted Torres's plan in the end.", ['Torres']],
    ['Many goods are exempt from the levies.', []],
    ['Earlier this year, officials met in Ottawa.', ['Ottawa']],
    ['The deal was signed on Monday in May after talks.', []],
    ['The Mexican people will not accept it.', []],
  ];
  for (const [text, expected] of cases) assert.deepEqual(names(text), expected, text);
});

test('candidates: roles and honorifics are split off and remembered', () => {
  const a = annotate('Mexican President Ana Torres met Dr. Luis Ortega. Later, U.S. President John Miller said no.');
  assert.deepEqual(a.entities.map((e) => e.name), ['Ana Torres', 'Luis Ortega', 'United States', 'John Miller']);
  const roles = (name: string) => byName(a, name)?.roles;
  assert.deepEqual(roles('Ana Torres'), ['Mexican President']);
  assert.deepEqual(roles('Luis Ortega'), ['Dr.']);
  assert.deepEqual(roles('John Miller'), ['U.S. President']);
});

test('candidates: headline-style lines keep only names confirmed elsewhere', () => {
  const a = annotate('Torres Rejects Offer To Send Troops Into Northern Province\nAna Torres spoke on Saturday.');
  assert.deepEqual(a.entities.map((e) => [e.name, e.mentions.length]), [['Ana Torres', 1]]);
});

test('typing: gazetteers and cues', () => {
  const a = annotate(
    'Ana Torres said the State Department, the Sinaloa Cartel and the Daily Planet disagreed. ' +
      'She spoke in Texas and in Gdansk. Adviser Mark Lopez agreed with NATO, told Kelvar.',
  );
  const types = Object.fromEntries(a.entities.map((e) => [e.name, e.type]));
  assert.deepEqual(types, {
    'Ana Torres': 'person',
    'State Department': 'organization',
    'Sinaloa Cartel': 'organization',
    'Daily Planet': 'organization',
    Texas: 'place',
    Gdansk: 'place',
    'Mark Lopez': 'person',
    NATO: 'organization',
    Kelvar: 'organization',
  });
});

test('merging: U.S., US and United States are one place', () => {
  const a = annotate('The U.S. sent aid. The United States will help. US officials agreed.');
  const places = a.entities.filter((e) => e.type === 'place');
  assert.equal(places.length, 1);
  assert.equal(places[0]?.name, 'United States');
  assert.deepEqual(places[0]?.aliases, ['United States', 'U.S.', 'US']);
  assert.equal(places[0]?.mentions.length, 3);
});

test('merging: surname, typo and title join the full name; different people stay apart', () => {
  const a = annotate(
    'Mexican President Ana Torresmolina spoke. Torresmolina said no. President Torresmolina left. ' +
      'Later Ana Torresmoline returned. Governor Luis Ortega disagreed with Ortega’s aide Maria Ortiz.',
  );
  const people = a.entities.filter((e) => e.type === 'person').map((e) => [e.name, e.mentions.length]);
  assert.deepEqual(people, [['Ana Torresmolina', 4], ['Luis Ortega', 2], ['Maria Ortiz', 1]]);
});

test('merging: two given names one letter apart are different people', () => {
  assert.equal(isTypoOf('john', 'joan'), false);
  assert.equal(isTypoOf('sheinbarg', 'sheinbarq'), true);
  assert.equal(isVariantName(['john', 'smithers'], ['joan', 'smithers']), false);
  assert.equal(isVariantName(['torresmoline'], ['ana', 'torresmolina']), true);
  const a = annotate('John Smithers met Joan Smithers. John Smithers left.');
  assert.deepEqual(a.entities.map((e) => e.name), ['John Smithers', 'Joan Smithers']);
});

test('gazetteer keys ignore dots, case, accents and a leading "the"', () => {
  assert.equal(nameKey('The U.S.'), 'us');
  assert.equal(nameKey('México'), 'mexico');
  assert.equal(placeOf('USA')?.name, 'United States');
  assert.equal(placeOf('America')?.name, 'United States');
});

test('only sentences are read: boilerplate spans never give entities', () => {
  const text = 'Photo by Kevin Hart\nAna Torres spoke.';
  const article = { ...emptyArticle({ id: 't', path: 't', text }), removed: [{ start: 0, end: 19, reason: 'credit', by: 'test' }] };
  const a = runArticleStages(article, [splitSentences, findEntities], ctx);
  assert.deepEqual(a.entities.map((e) => e.name), ['Ana Torres']);
});

test('invariants: offsets match the text, mentions sorted, ids in order of first mention', () => {
  const a = annotate('Ana Torres met Luis Ortega in Madrid. Torres and the IMF talked. The U.S. listened.');
  a.entities.forEach((e, i) => {
    assert.equal(e.id, `e${i + 1}`);
    assert.equal(e.by, 'entities');
    for (const m of e.mentions) assert.ok(e.aliases.includes(a.text.slice(m.start, m.end)), e.name);
    assert.deepEqual(e.mentions, [...e.mentions].sort((x, y) => x.start - y.start));
  });
  const firsts = a.entities.map((e) => e.mentions[0]?.start ?? 0);
  assert.deepEqual(firsts, [...firsts].sort((x, y) => x - y));
});

test('time guard: the entities stage reads a 200 KB adversarial line in under 1 s', () => {
  const patterns = [
    'Aa'.repeat(20) + ' ',
    'Bank of '.repeat(10),
    'U.S.–Mexico ',
    'Mr. '.repeat(10),
    'The '.repeat(10),
    'Zq' + 'x'.repeat(30) + ' ',
    'Ana Torres, Torres, Anna Torres, Ana Torrez. ',
  ];
  for (const unit of patterns) {
    const split = splitLine(adversarialLine(unit));
    const ms = millisecondsOf(() => findEntities.run(split, ctx));
    assert.ok(ms < 1000, `${JSON.stringify(unit)}: ${ms.toFixed(0)} ms`);
  }
});

test('role phrases become inferred mentions of the one person they fit', () => {
  const text =
    'Mexican President Ana Torres met U.S. President John Miller. The Mexican president said no. ' +
    "Mexico's president left. The president of the United States stayed. A president was absent. The president smiled.";
  const a = annotate(text);
  const inferred = (name: string) =>
    byName(a, name)?.mentions.filter((m) => m.inferred).map((m) => text.slice(m.start, m.end));
  assert.deepEqual(inferred('Ana Torres'), ['The Mexican president', "Mexico's president"]);
  assert.deepEqual(inferred('John Miller'), ['The president of the United States']);
});

test('candidates: each carries its words joined, the string lexicon lookups read', () => {
  const article = annotate('Mexican President Ana Torres met The Wall Street Journal and U.S.-Canada envoys in New York.');
  const candidates = articleCandidates(article);
  assert.ok(candidates.length >= 5);
  for (const c of candidates) assert.equal(c.name, c.words.join(' '));
  assert.ok(candidates.some((c) => c.name === 'Wall Street Journal' && c.surface === 'The Wall Street Journal'));
});

test('role phrases: "the" one or two tokens before the role, or a possessive right before it', () => {
  const cases: [string, string[]][] = [
    ['Then the president spoke.', ['the president']],
    ['Then the Mexican president spoke.', ['the Mexican president']],
    ["Then Mexico's president spoke.", ["Mexico's president"]],
    ['Then the president of Mexico spoke.', ['the president of Mexico']],
    ['THE president spoke.', ['THE president']],
    ['A president spoke.', []],
    ['Then our president spoke.', []],
    ['Then the new Mexican president spoke.', []],
    ['The president Ana Torres spoke.', []],
  ];
  for (const [text, expected] of cases) {
    const phrases = rolePhrases(tokenize(text));
    assert.deepEqual(phrases.map((p) => text.slice(p.start, p.end)), expected, text);
  }
});

test('spelling: each word as most mentions spell it, ties to the first in collation order', () => {
  const member = (words: string[], start: number) => ({ start, end: start + 1, surface: words.join(' '), words, name: words.join(' '), weak: false, before: [], after: [] });
  const torrez = [member(['Ana', 'Torrez'], 0), member(['Torres'], 10), member(['Torres'], 20), member(['Ana', 'Torres'], 30)];
  assert.equal(correctSpelling('Ana Torrez', torrez), 'Ana Torres');
  const tied = [member(['Lopez'], 0), member(['Lopes'], 10), member(['Lopec'], 20), member(['Lopes'], 30), member(['Lopec'], 40)];
  assert.equal(correctSpelling('Lopez', tied), 'Lopec');
  const unrelated = [member(['Ana', 'Torres'], 0), member(['Ana', 'Torres'], 10), member(['Luisa', 'Torres'], 20)];
  assert.equal(correctSpelling('Luisa Torres', unrelated), 'Luisa Torres');
});
