import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { articleFeatures, contentText, termCounts } from '../../src/compare/features.ts';
import { endsSentence, isSpaceUnit, isUpperCaseAt, startsSentence } from '../../src/compare/sentence-breaks.ts';
import { CACHE_LIMIT, cachedSpellings, wordInfo } from '../../src/compare/word-terms.ts';
import { annotated, seedArticles } from './helpers.ts';
import { referenceTerms } from './rough-sentences.ts';

describe('character classes as regular expressions have them', () => {
  it('tells white space as \\s does, over the whole basic plane', () => {
    for (let unit = 0; unit < 0x10000; unit++) assert.equal(isSpaceUnit(unit), /\s/u.test(String.fromCharCode(unit)), unit.toString(16));
  });

  const uppers: [string, boolean][] = [
    ['A', true],
    ['z', false],
    ['Ä', true],
    ['ß', false],
    ['Ω', true],
    ['𝒜', true],
    ['𝒶', false],
    ['1', false],
    ['«', false],
  ];
  for (const [char, upper] of uppers) it(`${char} is${upper ? '' : ' not'} upper case`, () => assert.equal(isUpperCaseAt(`x${char}`, 1), upper));
});

describe('sentence breaks told from the gap between two words', () => {
  const gaps: [string, boolean][] = [
    [' ', false],
    ['. ', true],
    ['.  ', true],
    ['? ', true],
    ['! ', true],
    ['.” ', true],
    ['." “', true],
    ['. "', true],
    ['.’ ‘', true],
    ['.\u00a0', true],
    ['.\t', true],
    ['.', false],
    ['."', false],
    ['., ', false],
    [". '", false],
    [".' ", false],
    ['; ', false],
    ['— ', false],
    [' . ', true],
    ['\n', true],
    [', \n ', true],
  ];
  for (const [gap, breaks] of gaps) {
    it(`${JSON.stringify(gap)} before a capital ${breaks ? 'cuts' : 'does not cut'}`, () => {
      const text = `end${gap}Next`;
      assert.equal(startsSentence(text, 3, 3 + gap.length), breaks);
    });
  }

  it('never cuts before a lower-case word or a number, unless at a line break', () => {
    for (const next of ['next', '42', 'éclair']) {
      assert.equal(startsSentence(`end. ${next}`, 3, 5), false, next);
      assert.equal(startsSentence(`end.\n${next}`, 3, 5), true, next);
    }
  });

  it('reads the gap only, never the words around it', () => {
    assert.equal(endsSentence('a. B', 2, 3), false, 'the full stop lies before the gap');
    assert.equal(endsSentence('a. B', 1, 3), true);
  });
});

describe('features read sentence by sentence as the regex reference cuts them', () => {
  const texts = [
    'Officials met. Smith said no. Then Jones left? Yes! “Where” he asked. "Quoted." Lone opener here.',
    'Rescuers in Lima worked.\nMonday brought rain.  Police said. ‘Quote’ then Garcia.\r\nNew line opener.',
    'Mid-sentence U.S. Army said. The Army’s Chief spoke. Dr. Ruiz arrived; Then Carla. 10. Next, Ana.',
    'Ärzte in München warnten. Übrigens sagte Müller nichts. Ωmega Point. 𝒜lpha Beta said. ٣٤٥. Final Word',
    'MASSIVE STORM HITS COAST. Storm Hits Coastal Town Overnight Again. Then residents of Port Alba fled.',
  ];
  for (const text of texts) {
    it(`counts the reference's terms in ${JSON.stringify(text.slice(0, 30))}…`, () => {
      const article = annotated('a', text, { removed: [{ start: 5, end: 9 }], titleSpan: { start: 0, end: 2 } });
      assert.deepEqual([...termCounts(articleFeatures(article).terms)], [...referenceTerms(article)]);
    });
  }

  it('keys on the sha256 of the content text joined by line breaks', () => {
    for (const article of [...seedArticles(), annotated('b', 'Ad here\nBody one.\nFooter', { removed: [{ start: 0, end: 8 }, { start: 17, end: 24 }] })]) {
      assert.equal(articleFeatures(article).key, createHash('sha256').update(contentText(article)).digest('hex'), article.id);
    }
  });
});

describe('the word cache starting over within a sentence', () => {
  it('gives the terms of a cache that did not start over (words met early in the old cache open the sentence)', () => {
    const text = 'Zulqar Ytterbiq Wexomba Vandrile and Quorrast Pelvanti met with several local farmers yesterday evening. Then Ostrabee Nuvallo left the meeting early.';
    const article = annotated('c', text);
    let filler = 0;
    const fillUntil = (size: number): void => {
      while (cachedSpellings() !== size) wordInfo(`fill${(filler++).toString(36)}`);
    };
    fillUntil(1);
    for (const word of ['Zulqar', 'Ytterbiq', 'Wexomba']) wordInfo(word);
    fillUntil(CACHE_LIMIT - 3);
    const startingOver = termCounts(articleFeatures(article).terms);
    assert.ok(cachedSpellings() < 20, 'the cache started over while reading');
    const settled = termCounts(articleFeatures(article).terms);
    assert.deepEqual([...startingOver], [...settled]);
    assert.equal(settled.get('e:vandrile'), 1);
    assert.equal(settled.get('e:nuvallo'), 1);
  });
});
