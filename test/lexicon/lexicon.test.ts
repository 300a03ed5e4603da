import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { countries, countryOf, countryOfDemonym, countryOfName } from '../../src/lexicon/countries.ts';
import { givenNameGender, isGivenName } from '../../src/lexicon/given-names.ts';
import { endsPossessive, memoByWord, nameKey, withoutPossessive } from '../../src/lexicon/key.ts';
import { isStopword, isTimeWord } from '../../src/lexicon/stopwords.ts';
import { isHonorific, isRoleModifier, isRoleNoun, isRoleWord, isTitleWord, titleGender } from '../../src/lexicon/titles.ts';

describe('key', () => {
  const cases: [string, string][] = [
    ['The U.S.', 'us'],
    ['  Andrés  ', 'andres'],
    ['O’Brien', "o'brien"],
    ['Prime   Minister', 'prime minister'],
  ];
  for (const [surface, key] of cases) it(`${surface} -> ${key}`, () => assert.equal(nameKey(surface), key));
  it('strips possessives', () => {
    assert.equal(withoutPossessive('France’s'), 'France');
    assert.equal(withoutPossessive("Jones'"), 'Jones');
    assert.equal(withoutPossessive('Paris'), 'Paris');
  });
  it('tells a possessive ending exactly as the pattern /[’\']s?$/ does', () => {
    const pattern = /[’']s?$/u;
    const words = ['France’s', "Jones'", 'Jones’', "it's", 'Paris', 's', "'", '’', "'s", "X'S", 'bus', '', "rock'n'roll", "O'Neil", 'Smiths’s', 'é’s'];
    for (const word of words) {
      assert.equal(endsPossessive(word), pattern.test(word), word);
      assert.equal(withoutPossessive(word), word.replace(pattern, ''), word);
    }
  });
});

describe('memoByWord', () => {
  it('asks the lookup once per word, and remembers undefined answers too', () => {
    const asked: string[] = [];
    const lengthOfLong = memoByWord((word: string) => {
      asked.push(word);
      return word.length > 3 ? word.length : undefined;
    });
    const words = ['Paris', 'Rome', 'Oslo', 'Nice', 'Rio', 'Paris', 'Rio', 'Rome'];
    assert.deepEqual(words.map(lengthOfLong), [5, 4, 4, 4, undefined, 5, undefined, 4]);
    assert.deepEqual(asked, ['Paris', 'Rome', 'Oslo', 'Nice', 'Rio']);
  });
  it('memoised lexicon lookups give the same answer on every call', () => {
    for (let round = 0; round < 2; round++) {
      assert.equal(countryOf('Mexico’s'), 'Mexico');
      assert.equal(countryOf('Atlantis'), undefined);
      assert.equal(isTitleWord('President'), true);
      assert.equal(isTitleWord('table'), false);
      assert.equal(isGivenName('Maria'), true);
      assert.equal(titleGender('spokeswoman'), 'f');
      assert.equal(titleGender('table'), undefined);
    }
  });
});

describe('stopwords', () => {
  it('function words, contractions and reporting verbs are stop words', () => {
    for (const w of ['the', 'said', 'according', 'didn’t', "didn't", 'mr']) assert.ok(isStopword(w), w);
  });
  it('content words are not', () => {
    for (const w of ['election', 'troops', 'tariff', 'border']) assert.equal(isStopword(w), false, w);
  });
  it('time words are their own list, apart from the general one', () => {
    for (const w of ['week', 'yesterday', 'years']) {
      assert.ok(isTimeWord(w), w);
      assert.equal(isStopword(w), false, w);
    }
  });
});

describe('countries', () => {
  const table: [string, string | undefined][] = [
    ['U.S.', 'United States'],
    ['us', 'United States'],
    ['America', 'United States'],
    ['French', 'France'],
    ['France’s', 'France'],
    ['Britain', 'United Kingdom'],
    ['Scottish', 'Scotland'],
    ['Kiwi', 'New Zealand'],
    ['Türkiye', 'Turkey'],
    ['Korean', 'South Korea'],
    ['Paris', undefined],
    ['president', undefined],
  ];
  for (const [word, country] of table) it(`${word} -> ${String(country)}`, () => assert.equal(countryOf(word), country));
  it('names and demonyms are looked up apart', () => {
    assert.equal(countryOfName('Mexican'), undefined);
    assert.equal(countryOfDemonym('Mexican'), 'Mexico');
    assert.equal(countryOfDemonym('Mexico'), undefined);
  });
  it('no key names two countries', () => {
    const owner = new Map<string, string>();
    for (const c of countries) {
      for (const surface of [c.name, ...c.aliases, ...c.demonyms]) {
        const key = nameKey(surface);
        const before = owner.get(key);
        assert.ok(before === undefined || before === c.name, `${surface}: ${before} and ${c.name}`);
        owner.set(key, c.name);
      }
    }
  });
});

describe('given names', () => {
  const table: [string, boolean, 'm' | 'f' | null][] = [
    ['John', true, 'm'],
    ['MARY', true, 'f'],
    ['Andrés', true, 'm'],
    ['Andres', true, 'm'],
    ['Jean', true, null],
    ['Alex', true, null],
    ['Smith', false, null],
    ['Sheikh', false, null],
  ];
  for (const [name, known, gender] of table) {
    it(`${name}: ${known ? gender ?? 'either' : 'not a given name'}`, () => {
      assert.equal(isGivenName(name), known);
      assert.equal(givenNameGender(name), gender);
    });
  }
  it('a name has one gender list at most', () => {
    const lists = JSON.parse(readFileSync('src/lexicon/data/given-names.json', 'utf8')) as Record<string, string[]>;
    const seen = new Map<string, string>();
    for (const [list, names] of Object.entries(lists)) {
      for (const name of names) {
        const key = nameKey(name);
        assert.equal(seen.get(key), undefined, `${name} in ${list} and ${seen.get(key)}`);
        seen.set(key, list);
      }
    }
  });
});

describe('titles', () => {
  it('honorifics, roles and modifiers are title words; occupations and qualifiers are not', () => {
    for (const w of ['mr.', 'Sen.', 'president', 'vice', 'former', 'then-president']) assert.ok(isTitleWord(w), w);
    for (const w of ['economist', 'republican', 'health', 'smith']) assert.equal(isTitleWord(w), false, w);
  });
  it('roles, occupations and honorifics stand for a person', () => {
    for (const w of ['president', 'prime minister', 'chief executive', 'official', 'economist', 'king']) assert.ok(isRoleNoun(w), w);
    assert.equal(isRoleNoun('former'), false);
  });
  it('entities read honorifics, roles and modifiers apart', () => {
    assert.ok(isHonorific('Dr.'));
    assert.equal(isHonorific('President'), false);
    assert.ok(isRoleWord('Secretary of State'));
    assert.ok(isRoleModifier('Republican'));
    assert.ok(isRoleModifier('Former'));
    assert.equal(isRoleModifier('Senator'), false);
  });
  const genders: [string, 'm' | 'f' | undefined][] = [
    ['mr.', 'm'],
    ['Mrs', 'f'],
    ['spokeswoman', 'f'],
    ['chairman', 'm'],
    ['president', undefined],
  ];
  for (const [word, gender] of genders) it(`${word} -> ${String(gender)}`, () => assert.equal(titleGender(word), gender));
});
