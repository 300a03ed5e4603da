import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hasUnsaidCue, withReporterOfUnsaidCues } from '../../src/annotate/quotes/18-unsaid-cues.ts';
import { verbBeforeObject } from '../../src/annotate/quotes/coordinated-objects.ts';
import { nameAfterDescription } from '../../src/annotate/quotes/descriptor-names.ts';
import { wordsOf } from '../../src/annotate/quotes/tokens.ts';
import type { Quote } from '../../src/model.ts';
import { annotateQuotes, brief } from '../helpers/quotes.ts';

const words = (text: string) => wordsOf(text, 0, text.length);

describe('nameAfterDescription: a full name after its description', () => {
  const CASES: readonly [string, string | null][] = [
    ['Republican presidential front-runner Ana Ruiz defended him', 'Ana'],
    ['German chancellor Maria Vogel said', 'Maria'],
    ['Former secretary of state Ana Ruiz said', 'Ana'],
    ['Democratic presidential nominee Tom Reed Jr', 'Tom'],
    // negative: no role or compound in the description
    ['Republican voters Ana Ruiz met', null],
    // negative: a single capitalised word after the description is no full name
    ['Republican presidential candidate Ruiz said', null],
    // negative: the opening word describes no person
    ['Yesterday presidential candidate Ana Ruiz said', null],
    // negative: no description at all
    ['Republican Ana Ruiz said', null],
  ];
  for (const [text, expected] of CASES) {
    it(text, () => {
      const list = words(text);
      const at = nameAfterDescription(list, 0);
      assert.equal(at < 0 ? null : list[at]?.text, expected);
    });
  }
});

describe('a described name as the subject of a cue-less fragment', () => {
  it('the fragment takes the described person', () => {
    const text = 'Ana Ruiz spoke in Ohio on Monday.\n\nRepublican presidential front-runner Ana Ruiz defended her campaign manager as a “very decent man” on Tuesday.';
    assert.deepEqual(annotateQuotes(text).quotes.filter((q) => q.kind === 'partial').map(brief), ['partial|Ana Ruiz*|very decent man']);
  });
});

describe('hasUnsaidCue: a cue its speaker has not performed', () => {
  const quoteIn = (text: string, speaker: string, cue: string): Quote => {
    const open = text.indexOf('“') + 1;
    const start = text.indexOf(speaker);
    return { start: open, end: text.indexOf('”'), text: '', kind: 'partial', speaker: { name: speaker, start, end: start + speaker.length, inferred: false }, cue, by: 'quotes', inferred: false };
  };
  const CASES: readonly [string, string, string, boolean][] = [
    ['Lee said Ruiz was right to urge leaders “to stand up.”', 'Ruiz', 'urge', true],
    ['Lee said Ruiz will continue to be “a champion.”', 'Ruiz', 'continue', true],
    ['Lee said she would like Ruiz to further explain why there is “no question.”', 'Ruiz', 'explain', true],
    // negative: a finite cue, said by its speaker
    ['Lee said Ruiz called the plan “a disaster.”', 'Ruiz', 'called', false],
    // negative: an infinitive far before the cue belongs to another verb
    ['Lee said Ruiz, who failed to win the vote, called for “a cultural war.”', 'Ruiz', 'called', false],
  ];
  for (const [text, speaker, cue, expected] of CASES) it(text, () => assert.equal(hasUnsaidCue(text, quoteIn(text, speaker, cue)), expected));
});

describe('withReporterOfUnsaidCues', () => {
  const text = 'Lee said Ruiz was right to urge leaders “to stand up.”';
  const open = text.indexOf('“') + 1;
  const clause: Quote = { start: 9, end: text.length - 1, text: '', kind: 'indirect', speaker: { name: 'Lee', start: 0, end: 3, inferred: false }, cue: 'said', by: 'quotes', inferred: false };
  const quote: Quote = { start: open, end: text.indexOf('”'), text: 'to stand up.', kind: 'partial', speaker: { name: 'Ruiz', start: 9, end: 13, inferred: false }, cue: 'urge', by: 'quotes', inferred: false };
  it('the reporter of the clause speaks', () => {
    assert.deepEqual(withReporterOfUnsaidCues(text, [clause, quote]).map((q) => q.speaker?.name), ['Lee', 'Lee']);
  });
  it('no clause around the quote: its speaker stays', () => {
    assert.deepEqual(withReporterOfUnsaidCues(text, [quote]).map((q) => q.speaker?.name), ['Ruiz']);
  });
  it('through the stage', () => {
    assert.deepEqual(annotateQuotes(text).quotes.map(brief), ['indirect|Lee|Ruiz was right to urge leaders “to stand up.”', 'partial|Lee*|to stand up.']);
  });
});

describe('verbBeforeObject: an object before "and" and a cue', () => {
  const phraseAt = (text: string, name: string) => {
    const list = words(text);
    const start = text.indexOf(name);
    const last = list.findIndex((w) => w.end === start + name.length);
    return { list, last, phrase: { start, end: start + name.length, kind: 'name' as const, text: name, possessive: false } };
  };
  const CASES: readonly [string, string, string | null][] = [
    ['Lee respects Ruiz and calls her', 'Ruiz', 'respects'],
    ['Lee thanked Ruiz, and said', 'Ruiz', 'thanked'],
    // negative: the phrase is a subject joined to another ("Ruiz and Lee said")
    ['Ruiz and Lee said', 'Ruiz', null],
    // negative: a subordinator before the phrase, not a verb
    ['after Ruiz and said', 'Ruiz', null],
    // negative: no "and" after the phrase
    ['Lee respects Ruiz, who said', 'Ruiz', null],
  ];
  for (const [text, name, expected] of CASES) {
    it(text, () => {
      const { list, last, phrase } = phraseAt(text, name);
      const verb = verbBeforeObject(list, phrase, last);
      assert.equal(verb < 0 ? null : list[verb]?.text, expected);
    });
  }
  it('through the stage: the subject of the first verb speaks', () => {
    const text = 'Tom Reed spoke in Iowa.\n\nTom Reed respects Ana Ruiz and calls her “an extremely intelligent woman.”';
    assert.deepEqual(annotateQuotes(text).quotes.map(brief), ['partial|Tom Reed|an extremely intelligent woman.']);
  });
});
