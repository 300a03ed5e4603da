import { test } from 'node:test';
import assert from 'node:assert/strict';
import { adPrefixLength, isAdLine } from '../../src/extract/boilerplate/01-ads.ts';
import { isSignupPrompt } from '../../src/extract/boilerplate/02-signup.ts';
import { isCaption } from '../../src/extract/boilerplate/03-captions.ts';
import { isBlockHeader, isHeadlineLine, isInlineLink } from '../../src/extract/boilerplate/04-related.ts';
import { isReportingCredit } from '../../src/extract/boilerplate/05-credits.ts';
import { isStandardsStatement } from '../../src/extract/boilerplate/06-standards.ts';
import { isShareBar } from '../../src/extract/boilerplate/07-share.ts';
import { isCopyrightLine } from '../../src/extract/boilerplate/08-copyright.ts';
import { isCallToAction } from '../../src/extract/boilerplate/09-prompts.ts';
import { bylineNames } from '../../src/extract/boilerplate/10-byline.ts';
import { isJunkLine } from '../../src/extract/boilerplate/11-junk.ts';
import { boilerplateMarks } from '../../src/extract/boilerplate/index.ts';
import { cleanAuthor } from '../../src/extract/author-clean.ts';

/** Each detector with lines it must accept and lines of ordinary prose it must leave alone. */
const table: { name: string; accepts: (s: string) => boolean; yes: string[]; no: string[] }[] = [
  {
    name: 'ads',
    accepts: isAdLine,
    yes: ['ARTICLE AD BOX', 'Advertisement', 'ADVERTISEMENT', 'Story continues below advertisement', 'Sponsored content'],
    no: ['Advertisement spending fell by 4% last year, the agency said.', 'The ad box was empty.'],
  },
  {
    name: 'signup',
    accepts: isSignupPrompt,
    yes: ['Sign up here.', 'Subscribe to our newsletter', 'Sign up for our daily briefing and get the news first.', 'Get the best stories delivered to your inbox.'],
    no: ['Sign up for the program began Monday, officials said.', 'Register of deeds officials said our office was closed on Monday.', 'Subscribers complained about the outage.'],
  },
  {
    name: 'captions',
    accepts: isCaption,
    yes: [
      'Image Source: Getty Images | Photo by Jane Smith',
      'The president of the council, Ana Gomez. Photo: X',
      'A minister speaks during an event in Lyon, France June 5, 2024. Office of the Minister/Handout via AGENCY Purchase Licensing Rights, opens new tab',
      'Firefighters work at the scene on Monday. (AP Photo/John Doe)',
      'Protesters gather outside parliament. REUTERS/Jane Doe',
      'Crowds at the rally on Sunday. Getty Images',
      'Photo: Handout',
      'FILE - The senator speaks in Austin, Texas, on March 4, 2024. (AP Photo/Jane Doe, File)',
      'Officials inspect the damage. (Photo by Jane Doe/Getty Images)',
      'The senator waves to supporters in Austin, Texas, March 4, 2024. Pool/Jane Doe',
      'Foto: dpa',
      'Abbildung: Vergleich der Messwerte im Sommer',
      'Beitragsbild: Titelseite vom 2. April',
    ],
    no: [
      'The photo was taken by a bystander and shared widely online, police said.',
      'She said the company, which owns Getty Images, would appeal the ruling.',
      'He speaks during the meeting every week, colleagues said.',
      'A photo of the letter was published by the newspaper on Friday.',
      'Das Foto zeigt den Bürgermeister bei der Eröffnung am Montag.',
    ],
  },
  {
    name: 'related headers',
    accepts: isBlockHeader,
    yes: ['RELATED:', 'READ NEXT', 'Read more', 'Also read:', 'More from Example News', 'You may also like', 'Related stories', 'Ähnliche Beiträge', 'Auch interessant:', 'Das könnte Sie auch interessieren', 'À lire aussi', 'Noticias relacionadas', 'Auch interessant...', 'Lesen Sie auch die folgenden Beiträge:', 'Weitere Themen', 'Explore further', 'Czytaj też'],
    no: ['Related talks are planned for next week, the ministry said.', 'Read more about the plan in the council report published on Monday.', 'Auch interessant ist, dass der Rat zustimmte.', 'Weitere Themen der Sitzung waren der Haushalt und die Schulen.'],
  },
  {
    name: 'related inline links',
    accepts: isInlineLink,
    yes: ['RELATED: City council approves new budget', 'Read more: Why the storm was so strong', 'À lire aussi » Le budget de la ville adopté', 'Lesen Sie auch: Der Rat stimmt zu'],
    no: ['Related: the two cases were heard together. The judge ruled on Monday against both companies and their owners.'],
  },
  {
    name: 'credits',
    accepts: isReportingCredit,
    yes: [
      'Reporting by Jane Doe; Editing by John Roe',
      '(Reporting by Jane Doe in Mexico City and John Roe in Washington; Editing by Ann Lee)',
      'Additional reporting by Sam Poe',
      'Writing by Jane Doe; Editing by John Roe and Ann Lee',
      'With files from The Canadian Press',
      'Reporting BY\tJane Doe',
      'WITH FILES FROM The Canadian Press',
    ],
    no: [
      'Reporting by local media suggested the toll was higher.',
      'Reporting by Jane Doe suggested the toll was higher.',
      'Editing by hand is no longer common in newsrooms.',
      'Reporting Jane Doe; Editing John Roe',
      'Reportingby Jane Doe',
    ],
  },
  {
    name: 'standards',
    accepts: isStandardsStatement,
    yes: ['Our Standards: The Example Trust Principles., opens new tab', 'Editorial standards'],
    no: ['Our standards of living have fallen, the minister said in a speech on Monday.'],
  },
  {
    name: 'share bars',
    accepts: isShareBar,
    yes: ['Share', 'Email', 'Facebook Twitter Email', 'Share this article', 'Share on WhatsApp | Copy link'],
    no: ['Share prices fell sharply.', 'Twitter said it would appeal.', 'Share this article with your friends, the campaign urged voters.'],
  },
  {
    name: 'copyright',
    accepts: isCopyrightLine,
    yes: ['© 2025 Example Media', 'Copyright 2024 Example News. All rights reserved.', 'All rights reserved.'],
    no: ['The copyright dispute went to court in 2019, and the ruling is expected soon.'],
  },
  {
    name: 'calls to action',
    accepts: isCallToAction,
    yes: ['Click here to read the full report.', 'Follow us on Twitter', 'Download our app', 'Back to top', 'Was this article helpful?', 'War der Artikel nützlich?', 'Möchten Sie den Artikel teilen?', 'Diesen Artikel teilen', 'Über den Autor', 'Keine Kommentare', '0 Kommentare', 'Leave a reply'],
    no: ['Voters who click on the link are sent to the official results page, the board said.', 'Über den Autor des Buches ist wenig bekannt, sagte der Verlag.', 'Keine Kommentare gab es vom Ministerium, das die Anfrage nicht beantwortete und auf den Bericht verwies.'],
  },
  {
    name: 'junk',
    accepts: isJunkLine,
    yes: ['Tags: politics, mexico, trade', 'https://example.org/a/b', '403', '***', 'The Example Trust Principles., opens new tab'],
    no: ['The 403 soldiers arrived on Monday.', 'Topics of the talks included trade and security, officials said.'],
  },
];

for (const row of table) {
  test(`boilerplate detector: ${row.name}`, () => {
    for (const line of row.yes) assert.equal(row.accepts(line), true, `should accept: ${line}`);
    for (const line of row.no) assert.equal(row.accepts(line), false, `should reject: ${line}`);
  });
}

test('an ad marker glued to the start of a paragraph is removed as a prefix', () => {
  assert.equal(adPrefixLength('ADVERTISEMENT The council met on Monday.'), 'ADVERTISEMENT '.length);
  assert.equal(adPrefixLength('Advertisement spending fell.'), 0);
});

test('headline lines follow a related header; prose ends the block', () => {
  assert.equal(isHeadlineLine('- “A quote”: Someone Responds to Something'), true);
  assert.equal(isHeadlineLine('IMF Cuts Forecast for the Region'), true);
  assert.equal(isHeadlineLine('The talks resumed on Monday, officials said.'), false);
  const text = 'First paragraph of the story, long enough to be prose for sure.\nRELATED:\n\nSome Linked Headline About Trade\n\nThe story goes on here with another full sentence of prose.';
  const marks = boilerplateMarks(text);
  assert.deepEqual(marks.map((m) => text.slice(m.start, m.end)), ['RELATED:\n\nSome Linked Headline About Trade']);
});

test('bylines are names, not sentences starting with "By"', () => {
  const cases: [string, string | null][] = [
    ['By Jane Doe', 'Jane Doe'],
    ['By JANE DOE and John Roe | May 3, 2025', 'Jane Doe and John Roe'],
    ['By Jane Doe, Staff Writer', 'Jane Doe'],
    ['By Monday, officials had left the city', null],
    ['By the end of the year, prices had doubled.', null],
    ['By May 3 the talks had collapsed', null],
  ];
  for (const [line, names] of cases) {
    const found = bylineNames(line);
    assert.equal(found === null ? null : cleanAuthor(found), names, line);
  }
});

test('detectors never mark ordinary prose lines', () => {
  const prose = [
    'The mayor said on Monday that the photo, taken by a resident, showed the flooding clearly.',
    'Related measures will be debated next week, according to the agenda.',
    'Share prices rose 3% after the announcement, traders said.',
    'By the end of the day, rescuers had reached the village.',
  ].join('\n');
  assert.deepEqual(boilerplateMarks(prose), []);
});
