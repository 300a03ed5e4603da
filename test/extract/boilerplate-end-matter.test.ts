import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { detectEndMatter, isEndMatterHeading } from '../../src/extract/boilerplate/12-end-matter.ts';
import { isPaywallOffer } from '../../src/extract/boilerplate/13-paywall.ts';
import { boilerplateMarks } from '../../src/extract/boilerplate/index.ts';
import { textLines } from '../../src/extract/lines.ts';

describe('isEndMatterHeading', () => {
  const cases: [string, boolean][] = [
    ['Kontakt', true],
    ['Kontakt:', true],
    ['Contact', true],
    ['Quellenangaben:', true],
    ['Sources', true],
    ['Related Posts', true],
    ['You may also like', true],
    ['Mehr über Medien, Politik, Wirtschaft:', true],
    ['More on container security', true],
    ['Das könnte Sie auch interessieren', true],
    ['Kontakt zu den Behörden ist schwierig geworden', false],
    ['Sources say the deal is close.', false],
    ['More', false],
    ['Weitere Informationen', false],
    ['AUTOR', true],
    ['Über die Autorin', true],
    ['About the author', true],
    ['Fragen an den Autor', true],
    ['O autorze', true],
    ['Autor: Larissa Muster, Datum: 28.03.18', false],
    ['Der Autor war selbst vor Ort', false],
    ["About the author's earlier books, little is known", false],
    ['Contact tracing apps were slow to arrive in the region and few people used them', false],
  ];
  for (const [text, expected] of cases) it(`${text}: ${expected}`, () => assert.equal(isEndMatterHeading(text), expected));
});

describe('detectEndMatter', () => {
  const body = 'The council voted on Tuesday to close the old bridge for repairs lasting two years.\n\nDrivers will be sent through the town centre, which shops welcome and residents fear.\n\n';
  const marked = (text: string): string[] => detectEndMatter(textLines(text)).map((m) => text.slice(m.start, m.end));
  it('marks the heading past the middle and every line after it', () =>
    assert.deepEqual(marked(`${body}Kontakt\n\nJane Doe | Press office\n\njane@example.org`), ['Kontakt', 'Jane Doe | Press office', 'jane@example.org']));
  it('leaves a heading in the first half alone', () => assert.deepEqual(marked(`Sources\n\n${body}`), []));
  it('marks nothing without a heading', () => assert.deepEqual(marked(body), []));
  it('keeps earlier marks inside the end matter', () => {
    const text = `${body}Related posts\n\nSign up for our newsletter\n\nA teaser without a link`;
    const reasons = boilerplateMarks(text).map((m) => m.reason);
    assert.ok(reasons.includes('end-matter'));
    assert.equal(boilerplateMarks(text).length, 3);
  });
});

describe('isPaywallOffer', () => {
  const cases: [string, boolean][] = [
    ['To view the full story, please subscribe to The Daily Example. You can choose an annual subscription.', true],
    ['If you’re seeing this message but you’re already a subscriber, you can log in for immediate access.', true],
    ['First-time subscribers also receive a welcome gift!', true],
    ['This is a preview of subscription content, to check access.', true],
    ['Buy single article', true],
    ['Price includes VAT for Germany', true],
    ['Immediate online access to all issues from 2019. Subscription will auto renew annually.', true],
    ['Bereits Abonnent/in? Anmelden', true],
    ['HAZTE MIEMBRO Y DISFRUTA DE BENEFICIOS EXCLUSIVOS', true],
    ['Para comentar debes registrarte y completar los datos generales.', true],
    ['The magazine lost half its subscribers after the price rise, its publisher said.', false],
    ['Members of the council voted against the plan.', false],
    ['Access to the island is by ferry only.', false],
    ['Sie können die Zeitung hier abonnieren oder am Kiosk kaufen, sagte der Verleger im Interview mit dem Sender am Montagabend und verwies auf die steigenden Kosten für Papier, Druck, Vertrieb und Personal, die den Verlag zwingen, die Preise im kommenden Jahr deutlich zu erhöhen.', false],
  ];
  for (const [text, expected] of cases) it(`${text.slice(0, 50)}: ${expected}`, () => assert.equal(isPaywallOffer(text), expected));
});
