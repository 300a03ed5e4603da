import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isSignupPrompt } from '../../src/extract/boilerplate/02-signup.ts';
import { isCaption } from '../../src/extract/boilerplate/03-captions.ts';
import { isReportingCredit } from '../../src/extract/boilerplate/05-credits.ts';
import { isShareBar } from '../../src/extract/boilerplate/07-share.ts';
import { isPaywallOffer } from '../../src/extract/boilerplate/13-paywall.ts';
import { detectDisclosures, isAffiliateNote, isDisclaimer, isSupportAppeal } from '../../src/extract/boilerplate/14-disclosures.ts';
import { textLines, wordCount } from '../../src/extract/lines.ts';

/** Lines at the edges of the cheap tests that dismiss lines before the regexes: each detector's verdict. */
const CASES: [(text: string, words?: number) => boolean, string, boolean][] = [
  [isReportingCredit, 'Reporting by Jane Doe; Editing by John Roe', true],
  [isReportingCredit, '; Reporting by Ana Ruiz', true],
  [isReportingCredit, '(  Reporting by Ana Ruiz)', true],
  [isReportingCredit, '[Additional reporting by Li Wei in Paris]', true],
  [isReportingCredit, 'With files from The Canadian Press', true],
  [isReportingCredit, 'The report by Jane Doe was read', false],
  [isShareBar, 'Share | Facebook | Twitter | Email | Print | Copy link', true],
  [isShareBar, 'share '.repeat(14), true],
  [isShareBar, 'share '.repeat(15), false],
  [isCaption, 'Protesters gather outside the court (AP Photo/Eric Gay)', true],
  [isCaption, 'The minister arrives for talks, photo: Archive', true],
  [isCaption, 'Crowds at the square © Agency', true],
  [isCaption, 'A leader speaks during a rally in the capital, May 3, 2025. REUTERS/Jane Doe', true],
  [isCaption, 'The talks ended (officials said) without a deal.', false],
  [isSignupPrompt, 'Sign up for our daily newsletter', true],
  [isPaywallOffer, 'Already a subscriber? Log in', true],
  [isPaywallOffer, 'Instant digital access to every story', true],
  [isPaywallOffer, 'She had already left the building when the vote came.', false],
  [isAffiliateNote, 'This post contains affiliate links.', true],
  [isSupportAppeal, 'Please consider supporting our journalism? Would you consider supporting our work', true],
  [isDisclaimer, 'This site does not offer medical advice.', true],
  [isDisclaimer, 'Doctors gave advice to the patients.', false],
];

test('detectors give the same verdict with the word count given or counted', () => {
  for (const [accepts, text, expected] of CASES) {
    assert.equal(accepts(text), expected, text);
    assert.equal(accepts(text, wordCount(text)), expected, text);
  }
});

test('every line carries its word count', () => {
  const lines = textLines('Title here\n\nThe council met — and voted.\n  —  ');
  assert.deepEqual(lines.map((l) => l.words), [2, 5, 0]);
});

test('the shared cue of the notes lets through upper-case lines, umlauts included', () => {
  const lines = textLines(['UNTERSTÜTZEN SIE UNSERE ARBEIT.', 'ALLE ANGABEN OHNE GEWÄHR', 'This Post Contains Affiliate LINKS.', 'The council met on Monday.'].join('\n'));
  assert.deepEqual(
    detectDisclosures(lines).map((mark) => mark.reason),
    ['affiliate-note', 'support-appeal', 'disclaimer'],
  );
});
