import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { detectDisclosures, isAffiliateNote, isDisclaimer, isSupportAppeal } from '../../src/extract/boilerplate/14-disclosures.ts';
import { boilerplateMarks } from '../../src/extract/boilerplate/index.ts';
import { textLines } from '../../src/extract/lines.ts';

describe('isAffiliateNote', () => {
  const cases: [string, boolean][] = [
    ['This post may contain affiliate links. If you buy through them, I may receive a small commission.', true],
    ['Für Links auf dieser Seite erhält die Redaktion ggf. eine Provision vom Händler. Mehr Infos.', true],
    ['Dieser Artikel enthält Affiliate-Links und/oder werbende Inhalte.', true],
    ['As an Amazon Associate I earn from qualifying purchases.', true],
    ['The term "the company" refers to the corporation and one or more of its affiliates.', false],
    ['Provisionen werden bei uns ausschließlich auf den Rohertrag berechnet.', false],
    ['The commission met on Tuesday and voted to publish the report, with links to the evidence, next week.', true],
    [`${'The trade commission, which the minister set up last year, '.repeat(6)}links the two reports.`, false],
    ['A team of researchers affiliated with several institutions found a cutting tool.', false],
  ];
  for (const [text, expected] of cases) it(`${text.slice(0, 60)}: ${expected}`, () => assert.equal(isAffiliateNote(text), expected));
});

describe('isSupportAppeal', () => {
  const cases: [string, boolean][] = [
    ['If you enjoyed reading this post – would you consider supporting our work? Just click here. Thanks!', true],
    ['Wenn Ihnen unser Artikel gefallen hat: Unterstützen Sie diese Form des Journalismus.', true],
    ['Wesprzyj nas darowizną lub przekaż nam 1% podatku.', true],
    ['We want to hear what you think about this article. Submit a letter to the editor or write to us.', true],
    ['The mayor said she would support our proposal if the council agreed.', false],
    ['Die Gewerkschaft will die Beschäftigten unterstützen, sagte sie.', false],
    ['He wrote many letters to his brother before the war.', false],
  ];
  for (const [text, expected] of cases) it(`${text.slice(0, 60)}: ${expected}`, () => assert.equal(isSupportAppeal(text), expected));
});

describe('isDisclaimer', () => {
  const cases: [string, boolean][] = [
    ['This blog does not offer medical advice, services, or treatments to its readers.', true],
    ['(Alle Angaben ohne Gewähr)', true],
    ['Alle Angaben ohne Gewähr.', true],
    ['The doctor said the clinic does not offer treatments on Sundays.', false],
    ['Die Angaben ohne Gewähr zu machen, sei unüblich, sagte der Sprecher.', false],
  ];
  for (const [text, expected] of cases) it(`${text.slice(0, 60)}: ${expected}`, () => assert.equal(isDisclaimer(text), expected));
});

describe('detectDisclosures', () => {
  it('marks the notes whole, with their reasons, and leaves the article', () => {
    const text = 'The bridge reopened on Monday after two years of work.\n\nThis post contains affiliate links.\n\nWould you consider supporting our work?';
    const marks = detectDisclosures(textLines(text));
    assert.deepEqual(marks.map((m) => [text.slice(m.start, m.end), m.reason]), [
      ['This post contains affiliate links.', 'affiliate-note'],
      ['Would you consider supporting our work?', 'support-appeal'],
    ]);
  });
  it('is one of the boilerplate detectors', () => {
    const marks = boilerplateMarks('A long article line that stays as it is.\n\nThis blog does not offer medical advice, services, or treatments to its readers.');
    assert.deepEqual(marks.map((m) => m.reason), ['disclaimer']);
  });
});
