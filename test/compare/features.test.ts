import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  articleFeatures,
  capitalisedNameTerms,
  contentText,
  isTitleCase,
  termCounts,
  numberTerms,
  wordTerms,
  wordsOf,
} from '../../src/compare/features.ts';
import { stem } from '../../src/compare/stem.ts';
import { contentWordHashes } from '../../src/compare/shingles.ts';
import { annotated, seedArticles } from './helpers.ts';
import { roughSentences } from './rough-sentences.ts';

const tokens = (text: string) => wordsOf(text);
const termsOf = (fill: (terms: Map<string, number>) => void): string[] => {
  const terms = new Map<string, number>();
  fill(terms);
  return [...terms.keys()].sort();
};

describe('stem', () => {
  const cases: [string, string][] = [
    ['earthquakes', 'earthquake'],
    ['killed', 'kill'],
    ['killing', 'kill'],
    ['stopped', 'stop'],
    ['countries', 'country'],
    ['police', 'police'],
    ['witness', 'witness'],
    ['virus', 'virus'],
    ['crisis', 'crisis'],
    ['mexico’s', 'mexico'],
    ['is', 'is'],
  ];
  for (const [word, expected] of cases) it(`${word} -> ${expected}`, () => assert.equal(stem(word), expected));
});

describe('term extractors', () => {
  it('drops stopwords and short words, stems the rest', () => {
    assert.deepEqual(termsOf((t) => wordTerms(tokens('The rescuers said they were searching the rubble'), t)), [
      'w:rescu',
      'w:rubble',
      'w:search',
    ]);
  });

  it('keeps numbers of two digits or more, one spelling each', () => {
    assert.deepEqual(termsOf((t) => numberTerms(tokens('In 2009, 10,000 people and 3 dogs; 10000 again'), t)), ['n:10000', 'n:2009']);
  });

  it('finds name words in capitalised runs, not a lone sentence opener', () => {
    assert.deepEqual(termsOf((t) => capitalisedNameTerms(tokens('Officials said on Monday that Smith had flown to Los Angeles for talks'), t)), [
      'e:angeles',
      'e:los',
      'e:monday',
      'e:smith',
    ]);
    assert.deepEqual(termsOf((t) => capitalisedNameTerms(tokens('Rescuers worked through the night'), t)), []);
  });

  it('takes no names from a headline-like line', () => {
    assert.equal(isTitleCase(tokens('Massive Earthquake Strikes Coastal Region Overnight')), true);
    assert.equal(isTitleCase(tokens('A massive earthquake struck the coastal region of Chile')), false);
    assert.deepEqual(termsOf((t) => capitalisedNameTerms(tokens('Massive Earthquake Strikes Coastal Region'), t)), []);
  });
});

describe('articleFeatures', () => {
  const text = 'Ad: buy now\nA strong earthquake hit Northern Province on Monday, killing 12 people.\nRescuers from Lima searched.';
  const article = annotated('a1', text, { removed: [{ start: 0, end: 11 }] });

  it('reads the content, never the boilerplate', () => {
    assert.ok(!contentText(article).includes('buy now'));
    assert.ok(!termCounts(articleFeatures(article).terms).has('w:buy'));
  });

  it('counts words and names from the text alone, and keys on the content only', () => {
    const f = articleFeatures(article);
    const terms = termCounts(f.terms);
    assert.equal(terms.get('w:earthquake'), 1);
    assert.equal(terms.get('e:lima'), 1);
    assert.equal(terms.get('e:northern'), 1);
    assert.equal(terms.has('e:rescuers'), false);
    assert.equal(articleFeatures({ ...article, id: 'other' }).key, f.key);
    assert.equal(f.day, undefined);
  });

  it('ignores annotations: the same text gives the same features with or without them', () => {
    const at = text.indexOf('Lima');
    const withEntities = {
      ...article,
      entities: [{ id: 'e1', name: 'Lima', type: 'place' as const, aliases: ['Lima'], mentions: [{ start: at, end: at + 4, by: 't', inferred: false }], by: 't' }],
    };
    assert.deepEqual(articleFeatures(withEntities), articleFeatures(article));
  });

  it('cuts rough sentences at full stops followed by a capital, and at line ends', () => {
    const sample = 'One two. Three four? five six\nSeven.';
    const spans = roughSentences(sample, [{ start: 0, end: sample.length }]).map((s) => sample.slice(s.start, s.end));
    assert.deepEqual(spans, ['One two. ', 'Three four? five six', 'Seven.']);
  });
});

describe('articleFeatures contentWords', () => {
  const texts: [string, string][] = [
    ['plain', 'Officials said Monday that 1,200 people left.\nThe U.S. Army’s convoy (3.5 km long) moved on.'],
    ['scripts', 'Ärzte in München warnten. Привет, мир! Ιατροί είπαν «όχι». 東京 reported İstanbul’s case'],
    ['marks', "Don't stop — it's 10.5% of 2,000,000; e-mail x@y.z now!"],
  ];
  for (const [name, text] of texts) {
    it(`are the shingle words of the content (${name})`, () => {
      const article = annotated(name, text, { titleSpan: { start: 0, end: text.indexOf(' ') } });
      assert.deepEqual([...articleFeatures(article).contentWords], contentWordHashes(article));
    });
  }
  it('are the shingle words of each reference article', () => {
    for (const article of seedArticles()) assert.deepEqual([...articleFeatures(article).contentWords], contentWordHashes(article), article.id);
  });
});
