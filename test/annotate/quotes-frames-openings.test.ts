import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { accordingFrame, clauseBreakBetween, withFramingSources } from '../../src/annotate/quotes/19-according-frames.ts';
import { subjectAfterOpening } from '../../src/annotate/quotes/opening-phrases.ts';
import { namesSpeaker } from '../../src/annotate/quotes/speaker-candidates.ts';
import type { Phrase } from '../../src/annotate/quotes/phrases.ts';
import { maskSpans, wordsOf } from '../../src/annotate/quotes/tokens.ts';
import type { Quote } from '../../src/model.ts';
import { speakerTests } from '../helpers/quotes.ts';

const all = (s: string) => wordsOf(s, 0, s.length);

describe('"according to X" framing its sentence gives X every quote of it', () => {
  const CASES: readonly [string, string, string[]][] = [
    ['opening: a partial quote with its own cue', 'It was late.\n\nAccording to the Ledger, Tom Reed called the plan “dead on arrival” on Monday.', ['Ledger', 'Ledger*']],
    ['closing: a partial quote in a reported clause', 'It was late.\n\nTom Reed said he was “happy to see” the vote pass, according to the Ledger.', ['Ledger', 'Ledger*']],
    ['closing: a direct quote with a long tail', 'It was late.\n\n“We will win this fight,” Tom Reed said in a bill filed in the state house on Monday, according to the Ledger.', ['Ledger*']],
    ['between commas', 'It was late.\n\nOver the long term, according to the budget office, the deficit “is mainly due to aging.”', ['the budget office', 'the budget office*']],
    ['closing after a quote that ends in its comma', 'It was late.\n\nTom Reed said the plan should “wait for a vote,” according to the Ledger.', ['Ledger*', 'Ledger']],
    ['a source phrase running to its comma', 'It was late.\n\nAccording to White House pool reports, Tom Reed said “there is hope” in the city.', ['White House', 'White House*']],
  ];
  const NEGATIVE: readonly [string, string, string[]][] = [
    ['inside a clause ("that according to")', 'It was late.\n\nTom Reed said that according to its count, the party “is still counting the seats.”', ['Tom Reed', 'Tom Reed']],
    ['a clause of its own before a closing frame', 'It was late.\n\n“We will not give up,” Ana Ruiz said, and she left later that night, according to the paper.', ['Ana Ruiz']],
    ['reported speech whose own stated speaker follows an opening frame', 'It was late.\n\nAccording to the Ledger, Tom Reed said he would not back the plan now.', ['Tom Reed']],
    ['a frame in another sentence', 'It was late.\n\nAccording to the paper, she left. Tom Reed called the plan “dead on arrival” on Monday.', ['Tom Reed']],
  ];
  speakerTests(CASES);
  speakerTests(NEGATIVE, 'not: ');

  it('accordingFrame finds the frame only at the sentence edges or between commas', () => {
    assert.equal(accordingFrame(all('According to the Ledger, Reed left.'))?.place, 'opening');
    assert.equal(accordingFrame(all('Reed left, according to the Ledger.'))?.place, 'closing');
    assert.equal(accordingFrame(all('Reed, according to the Ledger, left.'))?.place, 'inner');
    assert.equal(accordingFrame(all('Reed said that according to the Ledger he left.')), null);
    assert.equal(accordingFrame(all('Reed left according to plan and then came back home.')), null);
  });

  it('accordingFrame reads the comma closing a masked quote in the unmasked text', () => {
    const text = 'Reed said it would “wait,” according to the Ledger.';
    const masked = maskSpans(text, [{ start: text.indexOf('“'), end: text.indexOf('”') + 1 }]);
    assert.equal(accordingFrame(wordsOf(masked, 0, masked.length), text)?.place, 'closing');
    assert.equal(accordingFrame(wordsOf(masked, 0, masked.length)), null);
    const bare = text.replace(',”', '”');
    const maskedBare = maskSpans(bare, [{ start: bare.indexOf('“'), end: bare.indexOf('”') + 1 }]);
    assert.equal(accordingFrame(wordsOf(maskedBare, 0, maskedBare.length), bare), null);
  });

  it('clauseBreakBetween sees a comma before a conjunction or relative, or a semicolon', () => {
    const text = 'Reed said it, and she left, according to the paper.';
    assert.equal(clauseBreakBetween(all(text), 0, text.indexOf('according')), true);
    const plain = 'Reed said in a bill filed Monday, according to the paper.';
    assert.equal(clauseBreakBetween(all(plain), 0, plain.indexOf('according')), false);
    const semi = 'Reed said it; she left, according to the paper.';
    assert.equal(clauseBreakBetween(all(semi), 0, semi.indexOf('according')), true);
  });

  it('withFramingSources leaves a list without frames as it is', () => {
    const quote: Quote = { start: 0, end: 5, text: 'hello', kind: 'partial', speaker: null, by: 'quotes', inferred: false };
    assert.deepEqual(withFramingSources([quote], [], [], []), [quote]);
  });
});

describe('a subject after an introductory phrase', () => {
  const CASES: readonly [string, string, string | null][] = [
    ['a name after a long phrase holding another', 'In response to the plan to bar Muslims from the city, Ana Ruiz rallied supporters, saying', 'Ana Ruiz'],
    ['a name, not a later one', 'In 2016, Mrs. Ruiz endorsed Tom Reed for mayor, saying', 'Ruiz'],
    ['a common noun', 'Shortly after the call ended, the company said', 'the company'],
  ];
  const NEGATIVE: readonly [string, string, string | null][] = [
    ['no introductory word', 'Ana Ruiz, the mayor, said', null],
    ['no comma before the end', 'In the city Ana Ruiz said', null],
    ['a possessive owner', 'After the vote, Ana Ruiz’s aide said', null],
    ['a noun phrase that swallowed its verb', 'Shortly after the call ended, the company sent out a release saying', null],
  ];
  for (const [what, text, expected] of [...CASES, ...NEGATIVE]) {
    it(what, () => assert.equal(subjectAfterOpening(all(text), 0, all(text).length)?.text ?? null, expected));
  }

  speakerTests([
    ['a participle cue takes the subject after the phrase, not a name inside it', 'It was late.\n\nIn response to the plan to bar Muslims from the city, Ana Ruiz rallied supporters, saying: “We have to be ready to stop him.”', ['Ana Ruiz']],
  ]);
});

describe('namesSpeaker: a previous sentence’s subject that may speak a cue-less quote', () => {
  const phrase = (text: string): Phrase => ({ start: 0, end: text.length, kind: 'noun', text, possessive: false });
  const CASES: readonly [string, boolean][] = [
    ['the spokesman', true], ['the officials', true], ['the report', true], ['the Ledger', true],
    ['the state', false], ['the suit', false],
  ];
  for (const [text, expected] of CASES) it(`${text}: ${expected}`, () => assert.equal(namesSpeaker(phrase(text)), expected));
});
