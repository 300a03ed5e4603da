import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isCaption } from '../../src/extract/boilerplate/03-captions.ts';
import { isCopyrightLine } from '../../src/extract/boilerplate/08-copyright.ts';

describe('isCaption: photo credits at the end of a caption', () => {
  const cases: [string, boolean][] = [
    ['Die Ministerin im Gespräch, Foto: Archiv der Landesregierung', true],
    ['Le ministre, photo: Archives du gouvernement', true],
    ['Ein Wiesel im Schnee. (mlharing / iStock.com)', true],
    ['Ein Hafen am Morgen (Foto: Adobe Stock)', true],
    ['Der Präsident bei der Gedenkstunde © dpa | Max Muster', true],
    ['Das Rathaus im Winter © Stadt Musterstadt | Erika Muster Hochauflösendes Bild (jpeg, 1MB)', true],
    ['Wir haben die Bilder mit einem Foto-Wettbewerb gesammelt, der im Mai endete.', false],
    ['Die Marke © wurde 1990 eingetragen. Seither ist sie geschützt.', false],
    ['Sie schickte uns ein Foto, bild: Es zeigt den Hafen. Dann ging sie nach Hause.', false],
    ['Viele Nutzer laden ihre Bilder bei iStock hoch und verdienen damit wenig Geld.', false],
  ];
  for (const [text, expected] of cases) it(`${text}: ${expected}`, () => assert.equal(isCaption(text), expected));
});

describe('isCopyrightLine: "(c) Name"', () => {
  const cases: [string, boolean][] = [
    ['(c) Erika Muster • Weitere Rechte siehe Impressum', true],
    ['(c) Erika Muster', true],
    ['(c) 2020 Example Media', true],
    ['(c) Member States shall ensure that the data is deleted.', false],
    ['(c) the third option is to wait', false],
    ['Erika Muster (c) hat das Bild gemacht', false],
  ];
  for (const [text, expected] of cases) it(`${text}: ${expected}`, () => assert.equal(isCopyrightLine(text), expected));
});
