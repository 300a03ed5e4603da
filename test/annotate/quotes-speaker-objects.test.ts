import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sameSpeaker } from '../../src/annotate/quotes/16-speaker-model.ts';
import type { VerbTest } from '../../src/annotate/quotes/09-uncued-verbs.ts';
import { governorOf } from '../../src/annotate/quotes/governed.ts';
import { possessiveSubject } from '../../src/annotate/quotes/possessive-subjects.ts';
import type { SpeakerCandidate } from '../../src/annotate/quotes/speaker-candidates.ts';
import { wordsOf } from '../../src/annotate/quotes/tokens.ts';

/** A verb test over a fixed list of words (the tagger is tested elsewhere). */
const VERBS = new Set(['released', 'called', 'put', 'sent', 'asked', 'said', 'rejected', 'filed']);
const isVerb: VerbTest = (w) => VERBS.has(w.lower);

describe('what governs a mention from the left', () => {
  const CASES: readonly [string, string, string, string | null][] = [
    ['the object of a verb', 'The town released a statement on Monday.', 'a statement', 'verb'],
    ['a person object of a cue verb', 'Reed later called Haley weak.', 'Haley', 'verb'],
    ['the object of a phrasal verb', 'His office put out a statement.', 'a statement', 'verb'],
    ['the object of a preposition', 'She offered an apology to Sen. Ana Ruiz.', 'Sen. Ana Ruiz', 'preposition'],
    ['not: a subject', 'The town released a statement.', 'The town', null],
    ['not: an inverted subject after a quote', '“We will win,” said Ana Ruiz.', 'Ana Ruiz', null],
    ['not: the agent of a passive', 'Rubio was asked by Tom Reed.', 'Tom Reed', null],
  ];
  for (const [what, text, mention, expected] of CASES) {
    it(what, () => {
      const start = text.indexOf(mention);
      assert.equal(governorOf(wordsOf(text, 0, text.length), { start, end: start + mention.length }, isVerb), expected);
    });
  }
});

describe('a possessive name and its noun as a subject', () => {
  const CASES: readonly [string, string, string | null][] = [
    ['a name and a one-word head', 'Rubio’s campaign sent out a press release saying', 'Rubio’s campaign'],
    ['a name and a two-word head', 'Ana Ruiz’s defence counsel asked the judge to drop', 'Ana Ruiz’s defence counsel'],
    ['after an introductory phrase', 'On Monday, Rubio’s campaign sent out a release', 'Rubio’s campaign'],
    ['not: a name that is no possessive', 'Ana Ruiz asked the judge', null],
    ['not: a common-noun owner', 'The mayor’s lawyer asked the judge', null],
    ['not: no verb after the head', 'Rubio’s campaign manager and his wife', null],
  ];
  for (const [what, text, expected] of CASES) {
    it(what, () => {
      const words = wordsOf(text, 0, text.length);
      assert.equal(possessiveSubject(words, words.length, isVerb)?.text ?? null, expected);
    });
  }
});

describe('two candidates that stand for one speaker', () => {
  const candidate = (name: string, start: number, end: number): SpeakerCandidate => ({ speaker: { name, start, end, inferred: true } }) as SpeakerCandidate;
  const CASES: readonly [string, SpeakerCandidate, SpeakerCandidate, boolean][] = [
    ['overlapping mentions', candidate('The stream', 0, 10), candidate('The stream of new money', 0, 23), true],
    ['one last word', candidate('The Democratic National Committee', 0, 33), candidate('Democratic National Committee', 80, 109), true],
    ['not: two people', candidate('Ana Ruiz', 0, 8), candidate('Tom Reed', 20, 28), false],
    ['not: neighbours that only touch', candidate('Ana Ruiz', 0, 8), candidate('Tom Reed', 8, 16), false],
  ];
  for (const [what, a, b, expected] of CASES) it(what, () => assert.equal(sameSpeaker(a, b), expected));
});
