import { test } from 'node:test';
import assert from 'node:assert/strict';
import { guessLanguage, hasLetters, primaryLanguage } from '../../src/extract/language.ts';
import { extract } from './helpers.ts';

test('language tags are reduced to ISO 639-1', () => {
  assert.equal(primaryLanguage('en-US'), 'en');
  assert.equal(primaryLanguage('PT_br'), 'pt');
  assert.equal(primaryLanguage('not a tag'), null);
});

test('eld guesses the language of the content; too little text stays null', () => {
  assert.equal(guessLanguage('The council approved the budget on Saturday after a long debate, officials said.'), 'en');
  assert.equal(guessLanguage('El consejo aprobó el presupuesto el sábado después de un largo debate, dijeron los funcionarios.'), 'es');
  assert.equal(guessLanguage('OK'), null);
});

test('input language wins and is normalised; otherwise a guess marked inferred', () => {
  assert.equal(extract({ text: 'Some text here.', language: 'fr-FR' }).meta.language?.value, 'fr');
  const guessed = extract({ text: 'Le conseil a approuvé le budget samedi après un long débat, ont indiqué les responsables.' }).meta.language;
  assert.deepEqual([guessed?.value, guessed?.inferred, guessed?.from], ['fr', true, 'eld']);
});

test('letters are counted as code points, digits and marks apart, as far as needed', () => {
  const cases: readonly [string, number, boolean][] = [
    ['abcde', 5, true],
    ['abcd', 5, false],
    ['12345 .,;!', 1, false],
    ['a1b2c3d4', 4, true],
    ['𝐀𝐁𝐂', 3, true], // letters outside the BMP count once each, not per UTF-16 unit
    ['ééé', 3, true],
    ['', 0, true],
  ];
  for (const [sample, min, expected] of cases) assert.equal(hasLetters(sample, min), expected, `${sample} >= ${min}`);
});
