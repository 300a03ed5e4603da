import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { choose, isConfident, scoredCandidates, type SpeakerModel } from '../../src/annotate/quotes/16-speaker-model.ts';
import { gatherCandidates } from '../../src/annotate/quotes/speaker-candidates.ts';
import { neighboursOf } from '../../src/annotate/quotes/speaker-context.ts';
import { FEATURE_NAMES, type FeatureName } from '../../src/annotate/quotes/speaker-features.ts';
import { colonSubject, commonNounPhrases, cueSubject, invertedSubject, leftToRules, namesMany } from '../../src/annotate/quotes/speaker-phrases.ts';
import type { Quote } from '../../src/model.ts';
import { firstSentence, rules, wordIndex } from '../helpers/quotes.ts';

const sentence = firstSentence;
const at = wordIndex;

describe('speaker phrases: the words before a cue', () => {
  const CASES: readonly [string, string, string, string | null][] = [
    ['a bare plural', 'Forecasters say the storm will pass.', 'say', 'Forecasters'],
    ['a quantifier and a plural, auxiliary skipped', 'Most economists have said the storm will pass.', 'said', 'Most economists'],
    ['a quantifier and a count', 'Some 300 said the storm will pass.', 'said', 'Some 300'],
    ['a lone quantifier', 'Many said the storm will pass.', 'said', 'Many'],
    ['not: a bare singular noun', 'He leads, although history says the storm will pass.', 'says', null],
    ['not: the subject of a relative clause', 'He called the plan, which some have argued was a trick, a waste.', 'argued', null],
    ['not: a relative pronoun', 'The plan, which said the storm will pass, failed.', 'said', null],
    ['not: a third-person pronoun', 'They said the storm will pass.', 'said', null],
    ['not: the object of a preposition', 'They put it in the file: the storm will pass.', ':', null],
  ];
  for (const [what, text, cue, expected] of CASES) {
    it(what, () => {
      const { words, isVerb } = sentence(text);
      assert.equal(cueSubject(words, at(words, cue), isVerb)?.text ?? null, expected);
    });
  }
});

describe('speaker phrases: after the verb that follows a quote, before a colon, common nouns', () => {
  const quoteOf = (text: string): Quote => {
    const quote = sentence(text).quotes[0];
    assert.ok(quote, text);
    return quote;
  };
  const INVERTED: readonly [string, string, string | null][] = [
    ['a document', '“Nobody is safe on these roads,” reads the editorial.', 'the editorial'],
    ['a lone "one"', '“Nobody is safe on these roads,” read one.', 'one'],
    ['not: a new clause', '“Nobody is safe on these roads,” the crowd cheered.', null],
  ];
  for (const [what, text, expected] of INVERTED) {
    it(`inverted: ${what}`, () => {
      const { words, isVerb } = sentence(text);
      assert.equal(invertedSubject(words, quoteOf(text).end, isVerb)?.text ?? null, expected);
    });
  }
  const COLON: readonly [string, string, string | null][] = [
    ['a document', 'The statement: “Nobody is safe on these roads.”', 'The statement'],
    ['a name', 'Ana Ruiz: “Nobody is safe on these roads.”', 'Ana Ruiz'],
    ['not: a place after a preposition', 'Later that month on CNN: “Nobody is safe on these roads.”', null],
    ['not: no colon', 'The statement “Nobody is safe on these roads.”', null],
  ];
  for (const [what, text, expected] of COLON) {
    it(`colon: ${what}`, () => {
      const { words, isVerb } = sentence(text);
      assert.equal(colonSubject(words, quoteOf(text).start, isVerb)?.text ?? null, expected);
    });
  }
  const NOUNS: readonly [string, string, string[]][] = [
    ['a document, roles and a group', 'The memo reached an official and the aides.', ['The memo', 'an official', 'the aides']],
    ['not: other common nouns', 'The weather turned on Monday.', []],
    ['not: a possessive', 'We read the memo’s words.', []],
  ];
  for (const [what, text, expected] of NOUNS) {
    it(`common nouns: ${what}`, () => {
      const { words, isVerb } = sentence(text);
      assert.deepEqual(commonNounPhrases(words, 0, words.length, isVerb).map((p) => p.text), expected);
    });
  }
  it('a bare head names several: plurals, group words, numbers; not singulars', () => {
    const { words } = sentence('forecasters police 300 history glass');
    assert.deepEqual(words.filter((w) => w.isWord).map(namesMany), [true, true, true, false, false]);
  });
});

describe('speaker chooser: quotes left to the rules', () => {
  const CASES: readonly [string, string, boolean][] = [
    ['a cue whose subject is "which"', 'It followed a report by the paper, which revealed that the talks had failed.', true],
    ['a partial quote a document cites', 'The newspaper cited “people familiar with the talks” on Monday.', true],
    ['not: a person citing', 'Ana Ruiz cited “national security” on Monday.', false],
    ['not: a document naming', 'The report called the plan “a disaster” on Monday.', false],
    ['not: no cue', 'It rained. “Nobody is safe.”', false],
  ];
  for (const [what, text, expected] of CASES) {
    it(what, () => {
      const { words, isVerb, quotes } = sentence(text);
      const quote = quotes[0];
      assert.ok(quote, text);
      assert.equal(leftToRules(words, quote, isVerb), expected);
    });
  }
  it('such a quote has no candidates', () => {
    const { quotes, context } = rules('Ana Ruiz spoke. It followed a report by the paper, which revealed that the talks had failed.');
    const quote = quotes.find((q) => q.cue === 'revealed');
    assert.ok(quote);
    assert.equal(quote.speaker, null);
    assert.deepEqual(gatherCandidates(context, quote, { previous: quotes[0], next: undefined }), []);
  });
});

describe('speaker chooser: thin evidence', () => {
  const names = (text: string, index = 0): string[] => {
    const { quotes, context } = rules(text);
    const quote = quotes[index];
    assert.ok(quote, text);
    return gatherCandidates(context, quote, neighboursOf(quotes)[index] ?? { previous: undefined, next: undefined }).map(
      (c) => `${c.speaker.name}${c.previousSubject ? ' previousSubject' : ''}${c.cueNear ? ' cueNear' : ''}`,
    );
  };
  it('a pronoun stands for a person named before it, not after', () => {
    assert.deepEqual(names('Tom Reed came in. He sat. “Hello there.”'), ['Tom Reed previousSubject']);
    assert.deepEqual(names('He came in. “Hello there.” Tom Reed smiled.'), ['Tom Reed']);
  });
  it('a cue after a possessive is the possessed noun’s, not the name’s', () => {
    const { quotes, context } = rules('“We won,” Tom Reed’s lawyer and Ana Ruiz said.');
    const candidates = gatherCandidates(context, { ...(quotes[0] as Quote), speaker: null }, { previous: undefined, next: undefined });
    assert.equal(candidates.find((c) => c.speaker.name === 'Tom Reed')?.cueNear, false);
  });

  const hand = (weights: Partial<Record<FeatureName, number>>, threshold: number, margin: number): SpeakerModel => ({
    features: FEATURE_NAMES, weights: FEATURE_NAMES.map((name) => weights[name] ?? 0), bias: 0, threshold, margin,
  });
  /** The chooser's pick for the last quote of `text`, whatever the rules said. */
  const chosen = (text: string, model: SpeakerModel): string | null => {
    const { quotes, context } = rules(text);
    const quote = { ...(quotes[quotes.length - 1] as Quote), speaker: null };
    const choice = choose(model, quote, scoredCandidates(context, quote, neighboursOf(quotes)[quotes.length - 1] ?? { previous: undefined, next: undefined }));
    return choice && isConfident(model, choice) ? choice.candidate.speaker.name : null;
  };
  it('a name near the quote with no sign of speech is never chosen', () => {
    assert.equal(chosen('It rained. “Hello there,” Tom Reed too.', hand({ after_in_sentence: 5 }, 0.5, 0)), null);
    assert.equal(chosen('Tom Reed came in. “Hello there.”', hand({ previous_sentence_subject: 5 }, 0.5, 0)), 'Tom Reed');
  });
  it('two near-equal candidates: the chooser abstains', () => {
    const text = 'Tom Reed met Ana Ruiz. “Hello there.”';
    assert.equal(chosen(text, hand({ person: 1 }, 0.5, 0.1)), null);
    assert.equal(chosen(text, hand({ person: 1, previous_sentence_subject: 3 }, 0.5, 0.1)), 'Tom Reed');
  });
  it('a partial quote whose sentence has a subject takes only that subject', () => {
    const text = 'Jane Doe said the plan was “dead.” The mayor wants it “to be buried for good.”';
    assert.equal(chosen(text, hand({ previous_speaker: 6 }, 0.5, 0)), null);
    assert.equal(chosen(text, hand({ own_sentence_subject: 6 }, 0.5, 0)), 'The mayor');
  });
  it('... but not a group in general with no cue of its own, whatever the weights', () => {
    const text = 'Jane Doe said the plan was “dead.” Critics want it “to be buried for good.”';
    assert.equal(chosen(text, hand({ own_sentence_subject: 6 }, 0.5, 0)), null);
    assert.equal(chosen(text, hand({ previous_speaker: 6 }, 0.5, 0)), null);
    assert.equal(chosen('Jane Doe said the plan was “dead.” Critics said it was “a relief.”', hand({ own_sentence_subject: 6 }, 0.5, 0)), 'Critics');
  });
  it('a candidate named only in the paragraph before, past narration in the quote’s own, is never chosen', () => {
    const model = hand({ cue_near: 6, person: 6 }, 0.5, 0);
    assert.equal(chosen('Ana Ruiz announced the suit on Monday.\n\nIt rained. Then: “We are seeking a court order.”', model), null);
    assert.equal(chosen('Ana Ruiz announced the suit on Monday.\n\n“We are seeking a court order.”', model), 'Ana Ruiz');
    assert.equal(chosen('It rained.\n\nAna Ruiz announced the suit on Monday. Then: “We are seeking a court order.”', model), 'Ana Ruiz');
  });
  const CONFIDENT: readonly [string, number, number, boolean][] = [
    ['probable and clear', 0.8, 0.3, true],
    ['below the threshold', 0.55, 0, false],
    ['too close to the runner-up', 0.8, 0.7, false],
  ];
  for (const [what, probability, runnerUp, expected] of CONFIDENT) {
    it(`confidence: ${what}`, () => assert.equal(isConfident({ threshold: 0.6, margin: 0.2 }, { probability, runnerUp }), expected));
  }
});
