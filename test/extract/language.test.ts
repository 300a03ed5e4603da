import { test } from 'node:test';
import assert from 'node:assert/strict';
import { guessLanguage, primaryLanguage } from '../../src/extract/language.ts';
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
