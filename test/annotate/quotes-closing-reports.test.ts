import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { subjectBefore } from '../../src/annotate/quotes/02-attribution.ts';
import { runsIntoClosingFrame, type AccordingFrame } from '../../src/annotate/quotes/19-according-frames.ts';
import { opensParticiplePhrase } from '../../src/annotate/quotes/appositions.ts';
import { closingReport } from '../../src/annotate/quotes/closing-reports.ts';
import { isOrderAdjective, speakerStartingAt } from '../../src/annotate/quotes/noun-phrases.ts';
import { verbAfterName } from '../../src/annotate/quotes/past-forms.ts';
import { MASK, wordsOf } from '../../src/annotate/quotes/tokens.ts';
import type { Quote } from '../../src/model.ts';
import { speakerTests } from '../helpers/quotes.ts';

const all = (s: string) => wordsOf(s, 0, s.length);
const indexOf = (s: string, word: string): number => all(s).findIndex((w) => w.text === word);

describe('a report verb closing its sentence frames it ("..., The Ledger reported.")', () => {
  const CASES: readonly [string, string, string | null][] = [
    ['after a comma', 'Reed left the race, CNN reported.', 'CNN'],
    ['a name after "the"', 'Reed left the race, the Ledger reported.', 'Ledger'],
    ['after a masked quote', `Reed said he was ${MASK}${MASK} The Ledger reported.`, 'Ledger'],
    ['a few words after the verb', 'Reed left the race, the Ledger reported in 1991.', 'Ledger'],
    ['a common noun', 'Reed left the race, a local paper wrote.', 'a local paper'],
  ];
  const NEGATIVE: readonly [string, string, null][] = [
    ['a pronoun (the cue of the sentence’s own quote)', 'Reed left the race, he wrote.', null],
    ['no comma or quote before the subject', 'Reed left the race and CNN reported it.', null],
    ['a speech verb, not a report verb', 'Reed left the race, CNN said.', null],
    ['a report verb inside the sentence', 'CNN reported that Reed left the race.', null],
    ['the writer', 'Reed left the race, I wrote.', null],
  ];
  for (const [what, text, expected] of [...CASES, ...NEGATIVE]) {
    it(`${expected === null ? 'not: ' : ''}${what}`, () => assert.equal(closingReport(all(text))?.phrase.text ?? null, expected));
  }
  it('records the report verb as the cue and the frame as closing', () => {
    const frame = closingReport(all('Reed left the race, CNN reported.'));
    assert.equal(frame?.cue, 'reported');
    assert.equal(frame?.place, 'closing');
  });

  speakerTests([
    ['a partial quote and the reported clause it is in', 'It was late.\n\nTom Reed said he was “happy to see” the vote pass, the Ledger reported.', ['Ledger*', 'Ledger*']],
    ['a reported clause with a participle after it', 'It was late.\n\nTom Reed welcomed the vote, saying the plan was sound, CNN reported.', ['CNN']],
  ]);
  speakerTests([
    ['a clause of its own before the report', 'It was late.\n\n“We will not give up,” Ana Ruiz said, and she left that night, the Ledger reported.', ['Ana Ruiz']],
    ['a report verb in the middle of the sentence', 'It was late.\n\nThe Ledger reported that Tom Reed called the plan “dead on arrival.”', ['Ledger', 'Tom Reed']],
  ], 'not: ');
});

describe('a reported clause running into a closing frame', () => {
  const words = all('Reed said the plan was dead, CNN reported.');
  const quote = (start: number): Quote => ({ start, end: 42, text: '', kind: 'indirect' } as unknown as Quote);
  const frame: AccordingFrame = { start: 29, end: 41, phrase: { start: 29, end: 32, kind: 'name', text: 'CNN', possessive: false }, place: 'closing', cue: 'reported' };
  it('takes the frame when it starts before it and no clause of its own stands between', () => assert.equal(runsIntoClosingFrame(quote(10), frame, words), true));
  it('not: a frame that is not closing', () => assert.equal(runsIntoClosingFrame(quote(10), { ...frame, place: 'inner' }, words), false));
  it('not: a clause opened by ", which" between them', () => {
    const text = 'Reed said the gap, which stood at 263, is closing, CNN reported.';
    const at = text.indexOf('CNN');
    assert.equal(runsIntoClosingFrame(quote(10), { ...frame, start: at, end: at + 12 }, all(text)), false);
  });
});

describe('long subjects before a cue', () => {
  const CASES: readonly [string, string, string, string | null][] = [
    ['a cue participle between commas', 'The Journal, citing internal documents, reported that the campaign is short.', 'reported', 'Journal'],
    ['a time-order adjective after a determiner', 'An earlier report in a New Hampshire paper said that Reed had used the images.', 'said', 'An earlier report'],
    ['a later statement', 'A later statement said that the talks failed.', 'said', 'A later statement'],
  ];
  const NEGATIVE: readonly [string, string, string, null][] = [
    ['an order word with no determiner before it', 'Reed wrote that earlier report said nothing.', 'said', null],
  ];
  for (const [what, text, cue, expected] of [...CASES, ...NEGATIVE]) {
    it(`${expected === null ? 'not: ' : ''}${what}`, () => assert.equal(subjectBefore(all(text), indexOf(text, cue), 4)?.text ?? null, expected));
  }

  const PARTICIPLES: readonly [string, string, boolean][] = [
    ['", citing"', 'The Journal, citing documents, reported', true],
    ['"citing" with no comma before it', 'The Journal was citing documents', false],
    ['a past cue after a comma', 'The Journal, reported', false],
  ];
  for (const [what, text, expected] of PARTICIPLES) {
    it(`opensParticiplePhrase: ${what}`, () => {
      const words = all(text);
      const cue = words.findIndex((w) => w.lower === 'citing' || w.lower === 'reported');
      assert.equal(opensParticiplePhrase(words, cue), expected);
    });
  }

  const ORDER: readonly [string, string, string, boolean][] = [
    ['"an earlier"', 'An earlier report', 'earlier', true],
    ['"the next"', 'the next poll', 'next', true],
    ['"said later"', 'Reed said later', 'later', false],
    ['"last" with no determiner', 'Reed left last', 'last', false],
  ];
  for (const [what, text, word, expected] of ORDER) it(`isOrderAdjective: ${what}`, () => assert.equal(isOrderAdjective(all(text), indexOf(text, word)), expected));
});

describe('a speaker phrase never runs across a past verb after a name', () => {
  const CASES: readonly [string, string, string][] = [
    ['the subject of a past verb, not its object', 'Mrs. Schlafly endorsed Donald J. Trump', 'Schlafly'],
    ['an irregular past', 'Ana Ruiz met Tom Reed', 'Ana Ruiz'],
    ['a description before the name is kept', 'Fox News host Sean Hannity said', 'Sean Hannity'],
    ['an adjective in -ed after a determiner', 'The retired neurosurgeon Ben Carson', 'Ben Carson'],
  ];
  for (const [what, text, expected] of CASES) it(what, () => assert.equal(speakerStartingAt(all(text), 0)?.phrase.text, expected));

  const VERBS: readonly [string, string, number][] = [
    ['a regular past after a name', 'Mrs. Schlafly endorsed Donald Trump', 2],
    ['none after a determiner', 'the retired general John Allen', -1],
    ['none in a plain description', 'Fox News host Sean Hannity', -1],
  ];
  for (const [what, text, expected] of VERBS) {
    it(`verbAfterName: ${what}`, () => {
      const words = all(text);
      assert.equal(verbAfterName(words, 0, words.length - 1), expected);
    });
  }
});
