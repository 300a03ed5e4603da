import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findQuotedSpans } from '../../src/annotate/quotes/01-marks.ts';
import { countEndingAt } from '../../src/annotate/quotes/counts.ts';
import { wordsOf } from '../../src/annotate/quotes/tokens.ts';
import { annotateQuotes, brief } from '../helpers/quotes.ts';

/** "kind|speaker|text" of every quote of a text that follows a first paragraph. */
const quotes = (text: string): string[] => annotateQuotes(`It was late.\n\n${text}`).quotes.map(brief);
const check = (text: string, expected: readonly string[]): void => assert.deepEqual(quotes(text), expected);

describe('a count of people as the subject of a cue', () => {
  const count = (text: string): string | null => {
    const words = wordsOf(text, 0, text.length);
    return countEndingAt(words, words.length - 1)?.text ?? null;
  };
  const CASES: readonly [string, string | null][] = [
    ['About 4 in 10', 'About 4 in 10'],
    ['and nine in 10', 'nine in 10'],
    ['On economic issues, 42%', '42%'],
    ['just 32 percent', 'just 32 percent'],
    ['Nearly a third', 'Nearly a third'],
    ['as many as 30 percent', 'as many as 30 percent'],
    ['more than two-thirds', 'more than two-thirds'],
    ['about half', 'about half'],
    ['the voters', null],
    ['a majority', null],
    ['in 2010', null],
    ['a third', 'a third'],
    ['the third', null],
  ];
  for (const [text, expected] of CASES) it(`"${text}" -> ${expected ?? 'none'}`, () => assert.equal(count(text), expected));

  it('speaks for a poll with no poll named', () => {
    check('About 4 in 10 say they want the next president to have more liberal policies.', ['indirect|About 4 in 10|they want the next president to have more liberal policies']);
    check('On economic issues, 42% say they are liberal.', ['indirect|42%|they are liberal']);
  });
  it('gives way to the poll the sentence names', () => {
    check('The Q poll also finds that 37 percent of Americans say he is to blame for it.', ['indirect|The Q poll|he is to blame for it']);
    check('In a new CNN poll released Monday, about half said they back the plan.', ['indirect|a new CNN poll released Monday|they back the plan']);
  });
  it('is not a subject when a verb or a preposition stands between', () => {
    check('Prices rose 5 percent in May and officials said the trend would hold.', ['indirect|officials|the trend would hold']);
  });
});

describe('a left mark written as a closing mark', () => {
  it('closes the open quote when it ends a word and a space follows', () => {
    const text = '“It’s unusual,“ said Ana Ruiz, an attorney. “It’s hard.”';
    const spans = findQuotedSpans(text, { start: 0, end: text.length }).map((q) => text.slice(q.start, q.end));
    assert.deepEqual(spans, ['It’s unusual,', 'It’s hard.']);
  });
  it('gives both quotes their speaker', () => {
    check('“It’s unusual,“ said Ana Ruiz, an attorney with the Legal Center. “It’s a hard thing to do.”', ['direct|Ana Ruiz|It’s unusual,', 'direct|Ana Ruiz|It’s a hard thing to do.']);
  });
  it('is ignored with spaces on both sides or with no quote open', () => {
    check('He used “scare “ quotes oddly.', []);
    const text = 'A stray “ mark.';
    assert.deepEqual(findQuotedSpans(text, { start: 0, end: text.length }), []);
  });
});

describe('speakers named after a quote', () => {
  const CASES: readonly [string, string, string[]][] = [
    ['a role before the name', '“We may be seeing some wage acceleration,” the economist Ana Ruiz, a former adviser in the White House, wrote on her blog.', ['direct|Ana Ruiz|We may be seeing some wage acceleration,']],
    ['a name suffix with its period', '“Twitter works as a way to sell books,” James B. Comey Jr., the director of the bureau, said at a news conference.', ['direct|James B. Comey Jr|Twitter works as a way to sell books,']],
    ['two names joined by "and"', '“He is filled with resentment,” Ana Ruiz and Tom Reed wrote.', ['direct|Ana Ruiz|He is filled with resentment,']],
  ];
  const KEPT: readonly [string, string, string[]][] = [
    ['a role alone', '“We won,” the president said.', ['direct|the president|We won,']],
    ['"and" before a possessive is no second subject', '“We won,” Ana Ruiz and Tom Reed’s lawyer said.', ['direct|-|We won,']],
  ];
  for (const [what, text, expected] of CASES) it(what, () => check(text, expected));
  for (const [what, text, expected] of KEPT) it(`kept: ${what}`, () => check(text, expected));
});
