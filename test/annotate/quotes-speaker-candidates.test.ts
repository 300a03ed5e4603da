import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { gatherCandidates, speakerPart } from '../../src/annotate/quotes/speaker-candidates.ts';
import { neighboursOf } from '../../src/annotate/quotes/speaker-context.ts';
import { cueSubject, postmodifiedSubject, trailingSubject } from '../../src/annotate/quotes/speaker-phrases.ts';
import type { Phrase } from '../../src/annotate/quotes/phrases.ts';
import type { Word } from '../../src/annotate/quotes/tokens.ts';
import type { Quote } from '../../src/model.ts';
import { firstSentence, rules, wordIndex } from '../helpers/quotes.ts';

const sentence = firstSentence;
const at = wordIndex;

describe('speaker candidates: a subject with a postmodifier or a count before the cue', () => {
  const CASES: readonly [string, string, string, string | null][] = [
    ['a preposition after the head', 'But majorities in all five say they want to stay.', 'say', 'majorities in all five'],
    ['a partitive with a pronoun', 'And until then, most of them said they had loved the job.', 'said', 'most of them'],
    ['a determiner and a count', 'The two admit that instituting these goals will not be easy.', 'admit', 'The two'],
    ['an auxiliary skipped', 'Many of the delegates have said they will stay.', 'said', 'Many of the delegates'],
    ['not: a run opening with a preposition', 'They put it in the file: the storm will pass.', ':', null],
    ['not: a bare noun without a postmodifier', 'He leads, although history says the storm will pass.', 'says', null],
    ['not: a pronoun subject', 'In all five states they say the storm will pass.', 'say', null],
  ];
  for (const [what, text, cue, expected] of CASES) {
    it(what, () => {
      const { words, isVerb } = sentence(text);
      assert.equal(postmodifiedSubject(words, at(words, cue), isVerb)?.text ?? null, expected);
    });
  }
});

describe('speaker candidates: the subject between a quote and a cue after it', () => {
  const CASES: readonly [string, string, string | null][] = [
    ['a surname that is a common word', '“The circumstances are changed,” From said.', 'From'],
    ['a noun phrase', '“The kingdom is a leading nation,” the Saudis wrote in the paper.', 'Saudis'],
    ['not: no cue after the quote', '“The circumstances are changed,” the crowd cheered.', null],
    ['not: a pronoun', '“The circumstances are changed,” she said.', null],
  ];
  for (const [what, text, expected] of CASES) {
    it(what, () => {
      const { words, isVerb, quotes } = sentence(text);
      const quote = quotes[0];
      assert.ok(quote, text);
      assert.equal(trailingSubject(words, quote.end, isVerb)?.text ?? null, expected);
    });
  }

  it('offers the subject as a candidate when the rules give no speaker', () => {
    const { quotes, context } = rules('“The circumstances are changed,” From said.');
    const quote = quotes[0] as Quote;
    assert.equal(quote.speaker, null);
    const names = gatherCandidates(context, quote, neighboursOf(quotes)[0] ?? { previous: undefined, next: undefined }).map((c) => c.speaker.name);
    assert.ok(names.includes('From'), names.join(', '));
  });
});

describe('speaker candidates: a loose phrase governed by the word before it', () => {
  const CASES: readonly [string, string, string, string | null][] = [
    ['not: the object of a preposition', 'After years adding plants, the state acknowledged the costs.', 'adding', null],
    ['not: a superlative', 'The most telling promise is that she will not overpromise.', 'telling', null],
    ['a plain loose subject still read', 'Forecasters say the storm will pass.', 'say', 'Forecasters'],
  ];
  for (const [what, text, cue, expected] of CASES) {
    it(what, () => {
      const { words, isVerb } = sentence(text);
      assert.equal(cueSubject(words, at(words, cue), isVerb)?.text ?? null, expected);
    });
  }
});

describe('speaker candidates: the speaker part of a subject naming no person', () => {
  /** The phrase over the first `count` words of the first sentence of `text`. */
  const subjectOf = (text: string, count: number): { words: readonly Word[]; isVerb: (w: Word) => boolean; phrase: Phrase } => {
    const { words, isVerb } = sentence(text);
    const inside = words.slice(0, count);
    const first = inside[0] as Word;
    const last = inside[inside.length - 1] as Word;
    return { words, isVerb, phrase: { start: first.start, end: last.end, kind: 'noun', text: inside.map((w) => w.text).join(' '), possessive: false } };
  };
  const CASES: readonly [string, string, number, string | null][] = [
    ['kept whole', 'The news service reported the request “despite repeated requests.”', 3, 'The news service'],
    ['a swallowed verb cut off', 'Its hosts have argued that “the science is still in question.”', 3, 'Its hosts'],
    ['a lone participle kept (it holds its clause)', 'Noting that “the plan” failed, he left.', 1, 'Noting'],
    ['not: a lone adverb', 'Typically he interrupts me with his “bu, bu.”', 1, null],
    ['not: an introductory word', 'Indeed, the plan was “a failure.”', 1, null],
    ['a clause cut at its adverb', 'All three candidates quickly condemned the coordinated attacks as “evil.”', 7, 'All three candidates'],
    ['not: too long for a speaker', 'The big old red brick county courthouse annex stood “empty.”', 8, null],
    ['not: a headline in capitals', 'NEW YORK ENDS TAMPON TAX “The governor signed a bill.”', 5, null],
  ];
  for (const [what, text, count, expected] of CASES) {
    it(what, () => {
      const { words, isVerb, phrase } = subjectOf(text, count);
      assert.equal(speakerPart(words, phrase, isVerb)?.text ?? null, expected);
    });
  }
});
