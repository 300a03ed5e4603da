import { test } from 'node:test';
import assert from 'node:assert/strict';
import { looksLikeHeadline } from '../../src/extract/title.ts';
import { isSite, stripSiteSuffix } from '../../src/extract/html/title-suffix.ts';
import { extract } from './helpers.ts';

const PROSE = 'The council approved the budget on Monday after a long debate, officials said.';

test('headline shape: short, capitalised, no final period', () => {
  assert.equal(looksLikeHeadline('Mexico refuses an offer of help'), true);
  assert.equal(looksLikeHeadline('Why the storm was so strong?'), true);
  assert.equal(looksLikeHeadline('The council approved the budget.'), false);
  assert.equal(looksLikeHeadline('RELATED:'), false);
  assert.equal(looksLikeHeadline('Saturday, May 3, 2025'), false);
  assert.equal(looksLikeHeadline('lowercase start of a line'), false);
});

test('the first content line is the title when prose follows, after a header or short lines', () => {
  const cases: [string, string | null][] = [
    [` date 2025-05-05 403\nCouncil Approves Budget\n${PROSE}`, 'Council Approves Budget'],
    [`Council Approves Budget\n\nA picture of the hall. Photo: X\n\nMay 3, 2025 Hour: 4:02 pm\n\n${PROSE}`, 'Council Approves Budget'],
    [`${PROSE}\n${PROSE}`, null],
    ['Council Approves Budget\nAnother short line\nAnd one more\nAnd yet another one\nAnd a fifth', null],
  ];
  for (const [text, title] of cases) {
    const article = extract({ text });
    assert.equal(article.meta.title?.value ?? null, title, text);
    if (title !== null) {
      assert.ok(article.titleSpan);
      assert.equal(article.text.slice(article.titleSpan.start, article.titleSpan.end), title);
    } else {
      assert.equal(article.titleSpan, undefined);
    }
  }
});

test('an input title wins; its line in the text becomes the title span', () => {
  const article = extract({ text: `Council approves budget\n${PROSE}`, title: 'Council approves budget' });
  assert.equal(article.meta.title?.from, 'input');
  assert.deepEqual(article.titleSpan, { start: 0, end: 'Council approves budget'.length });
  const other = extract({ text: PROSE, title: 'Something else' });
  assert.equal(other.meta.title?.value, 'Something else');
  assert.equal(other.titleSpan, undefined);
});

test('the site around a page title goes; a headline with a colon or a dash stays', () => {
  const cases: [string, string | null, string][] = [
    ['Council approves budget | Springfield Gazette', 'Springfield Gazette', 'Council approves budget'],
    ['Council approves budget - Springfield Gazette', 'Springfield Gazette', 'Council approves budget'],
    ['Springfield Gazette: Council approves budget', 'Springfield Gazette', 'Council approves budget'],
    ['Council approves budget – The Gazette', 'Gazette', 'Council approves budget'],
    ['Council approves budget | Gazette.com', 'Gazette', 'Council approves budget'],
    ['Storm floods towns - Weather - Coastal Times', 'Coastal Times', 'Storm floods towns'],
    ['Council approves new budget | News', null, 'Council approves new budget'],
    ['Zimbabwe coup: army takes control of the capital', 'Daily Star', 'Zimbabwe coup: army takes control of the capital'],
    ['Mayor resigns - report', null, 'Mayor resigns - report'],
    ['Mayor resigns - report', 'Gazette', 'Mayor resigns - report'],
    ['Photos of my trip @ Jane Blog :: Blog Host ::', 'Jane Blog', 'Photos of my trip @ Jane Blog :: Blog Host ::'],
    ['The: a short one | Thesite', 'The Site', 'The: a short one'],
    ['Daily Planet - Latest News & Headlines', 'Daily Planet - Latest News & Headlines', 'Daily Planet - Latest News & Headlines'],
  ];
  for (const [title, site, expected] of cases) assert.equal(stripSiteSuffix(title, site), expected, title);
});

test('a part is the site when it names it, not when it only contains it', () => {
  assert.equal(isSite('The Guardian', 'Guardian'), true);
  assert.equal(isSite('Guardian', 'The Guardian'), true);
  assert.equal(isSite('The', 'The Guardian'), false);
  assert.equal(isSite('Photos of my trip @ Jane Blog', 'Jane Blog'), false);
  assert.equal(isSite('Jane Blog', null), false);
});
