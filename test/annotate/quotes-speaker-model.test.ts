import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bestOf, chooseSpeakers, nestedFlags, probabilityOf, scoredCandidates, type SpeakerModel } from '../../src/annotate/quotes/16-speaker-model.ts';
import { SPEAKER_MODEL } from '../../src/annotate/quotes/data/speaker-model.ts';
import { gatherCandidates, type SpeakerCandidate } from '../../src/annotate/quotes/speaker-candidates.ts';
import { neighboursOf } from '../../src/annotate/quotes/speaker-context.ts';
import { FEATURE_NAMES, type FeatureName } from '../../src/annotate/quotes/speaker-features.ts';
import type { Quote } from '../../src/model.ts';
import { annotateQuotes, rules } from '../helpers/quotes.ts';

/** "name flag flag ..." with the flags that are set, in a fixed order. */
function describeCandidate(c: SpeakerCandidate): string {
  const flags = (['previousSpeaker', 'nextSpeaker', 'previousSubject', 'ownSubject', 'subject', 'cueNear', 'beforeInSentence', 'afterInSentence'] as const).filter((f) => c[f]);
  return [c.speaker.name, `${c.sentenceOffset}`, ...flags].join(' ');
}

function candidatesOf(text: string, index: number): string[] {
  const { quotes, context } = rules(text);
  const quote = quotes[index];
  assert.ok(quote, `no quote ${index} in ${JSON.stringify(text)}`);
  return gatherCandidates(context, quote, neighboursOf(quotes)[index] ?? { previous: undefined, next: undefined }).map(describeCandidate);
}

/** A model that only looks at the named features. */
function handModel(weights: Partial<Record<FeatureName, number>>, bias: number, threshold: number, margin = 0): SpeakerModel {
  return { features: FEATURE_NAMES, weights: FEATURE_NAMES.map((name) => weights[name] ?? 0), bias, threshold, margin };
}

describe('speaker chooser: candidates', () => {
  const CASES: readonly [string, string, number, string[]][] = [
    ['the subject of the sentence before', 'Maria Lopez visited the plant on Monday. “We will rebuild this town together.”', 0, ['Maria Lopez -1 previousSubject subject']],
    ['the speaker of the quote before, two sentences back', '“We won the vote,” said Ana Ruiz. It rained all day. “Nobody came to the count.”', 1, ['Ana Ruiz -2 previousSpeaker subject']],
    ['a name in the sentence with a cue after it, and the sentence subject', 'The mayor, Tom Reed, called the plan “a gift to developers” on Monday.', 0, ['Tom Reed 0 ownSubject subject cueNear beforeInSentence', 'The mayor 0 beforeInSentence']],
    ['a name after the quote in the next sentence', 'It rained all day. “Nobody expected this much water.” Ana Ruiz was at the dam.', 0, ['Ana Ruiz 1 subject']],
    ['nobody named', 'It rained all day. “Nobody expected this much water.”', 0, []],
    ['a name three sentences back is out of reach', 'Ana Ruiz left. It rained. We waited for hours. “Nobody expected this much water.”', 0, []],
  ];
  for (const [what, text, index, expected] of CASES) it(what, () => assert.deepEqual(candidatesOf(text, index), expected));

  it('a name inside the quote itself is no candidate', () => {
    assert.deepEqual(candidatesOf('It rained all day. “Nobody told Ana Ruiz about the water.”', 0), []);
  });
});

describe('speaker chooser: scorer', () => {
  const features = FEATURE_NAMES.map((name) => (name === 'previous_speaker' ? 1 : 0));
  const PROBABILITIES: readonly [string, SpeakerModel, number][] = [
    ['zero weights and bias: one half', handModel({}, 0, 0.5), 0.5],
    ['the bias alone', handModel({}, Math.log(3), 0.5), 0.75],
    ['a weight on a feature that is set', handModel({ previous_speaker: Math.log(3) }, 0, 0.5), 0.75],
    ['a weight on a feature that is not set', handModel({ next_speaker: 5 }, 0, 0.5), 0.5],
  ];
  for (const [what, model, expected] of PROBABILITIES) {
    it(`probability: ${what}`, () => assert.ok(Math.abs(probabilityOf(model, features) - expected) < 1e-9));
  }

  it('the most probable candidate wins', () => {
    const { quotes, context } = rules('“We won the vote,” said Ana Ruiz. Tom Reed left early. It rained all day. “Nobody came to the count.”');
    const scored = scoredCandidates(context, quotes[1] as Quote, neighboursOf(quotes)[1] ?? { previous: undefined, next: undefined });
    assert.deepEqual(scored.map((s) => s.candidate.speaker.name).sort(), ['Ana Ruiz', 'Tom Reed']);
    assert.equal(bestOf(handModel({ previous_speaker: 4 }, -2, 0.5), scored)?.candidate.speaker.name, 'Ana Ruiz');
    assert.equal(bestOf(handModel({ previous_sentence_subject: 4 }, -2, 0.5), scored)?.candidate.speaker.name, 'Tom Reed');
  });

  it('a speaker-less quote takes the chosen candidate, as inferred; a quote with a speaker keeps it', () => {
    const { quotes, context } = rules('“We won the vote,” said Ana Ruiz. It rained all day. “Nobody came to the count.”');
    const stripped = quotes.map((q, i) => (i === 1 ? { ...q, speaker: null } : q));
    const chosen = chooseSpeakers(context, stripped, handModel({ previous_speaker: 4 }, -2, 0.5));
    assert.equal(chosen[0], stripped[0]);
    assert.deepEqual([chosen[1]?.speaker?.name, chosen[1]?.speaker?.inferred], ['Ana Ruiz', true]);
  });

  it('below the threshold the chooser abstains', () => {
    const { quotes, context } = rules('“We won the vote,” said Ana Ruiz. It rained all day. “Nobody came to the count.”');
    const stripped = quotes.map((q, i) => (i === 1 ? { ...q, speaker: null } : q));
    assert.equal(chooseSpeakers(context, stripped, handModel({ previous_speaker: 4 }, -2, 0.95))[1]?.speaker, null);
  });

  it('a quote inside another quote is left alone', () => {
    const { quotes, context } = rules('“They told me ‘sign this now, it is a great deal for you,’ and I refused,” Tom Reed said.');
    assert.deepEqual(nestedFlags(quotes), [false, true]);
    assert.equal(chooseSpeakers(context, quotes, handModel({}, 10, 0.5))[1]?.speaker, null);
  });

  it('a model over other features is a programmer error', () => {
    const { quotes, context } = rules('“We won the vote,” said Ana Ruiz.');
    assert.throws(() => chooseSpeakers(context, quotes, { ...SPEAKER_MODEL, features: ['distance'], weights: [1] }), /E_OPTION/);
  });
});

describe('speaker chooser: the trained model', () => {
  it('has one weight per feature and a threshold between 0 and 1', () => {
    assert.deepEqual([...SPEAKER_MODEL.features], [...FEATURE_NAMES]);
    assert.equal(SPEAKER_MODEL.weights.length, FEATURE_NAMES.length);
    assert.ok(SPEAKER_MODEL.threshold > 0 && SPEAKER_MODEL.threshold < 1);
  });

  it('no candidate, no speaker', () => {
    assert.deepEqual(annotateQuotes('It rained all day. “Nobody expected this much water.”').quotes.map((q) => q.speaker), [null]);
  });
});
