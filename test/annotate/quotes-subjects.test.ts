import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isObjectOfParticiple } from '../../src/annotate/quotes/02-attribution.ts';
import { nounPhraseEndingAt } from '../../src/annotate/quotes/noun-phrases.ts';
import { isRespondents, pollIntro } from '../../src/annotate/quotes/14-poll-sources.ts';
import { phraseStartingAt } from '../../src/annotate/quotes/phrases.ts';
import { wordsOf } from '../../src/annotate/quotes/tokens.ts';
import { annotateQuotes, brief } from '../helpers/quotes.ts';

const briefs = (text: string): string[] => annotateQuotes(text).quotes.map(brief);

describe('quotes: subjects several words or clauses before the cue', () => {
  const CASES: readonly [string, string, string][] = [
    ['object of a verb before a participle', 'Mary Jones issued a statement saying the deal was "a very positive step."', 'partial|Mary Jones|a very positive step.'],
    ['object of a preposition before a participle', 'Jane Doe published a report this month saying the rules were "badly out of date."', 'partial|Jane Doe|badly out of date.'],
    ['subject before an earlier quote of the sentence', 'Jane Doe defended "our city values," saying the city embodied the "bravery of the nation."', 'partial|Jane Doe|bravery of the nation.'],
    ['adverb between a noun subject and its cue', 'The budget office now says the reckoning will arrive much sooner.', 'indirect|The budget office|the reckoning will arrive much sooner'],
    ['ordinal adverb after a noun subject', 'The employee first said he was sick at home that day.', 'indirect|The employee|he was sick at home that day'],
    ['time words between a name and its cue are not the subject', 'Governor Ann Lee earlier this month said the state "will not back down."', 'partial|Ann Lee|will not back down.'],
    ['a weekday between a noun subject and its cue', 'The mayor Tuesday said the bridge "would reopen soon."', 'partial|The mayor|would reopen soon.'],
    ['a priced object before a participle', 'Jane Doe began a $1 million ad campaign this week praising the senator for "bipartisan solutions" to the crisis.', 'partial|Jane Doe|bipartisan solutions'],
  ];
  for (const [name, text, expected] of CASES) {
    it(name, () => assert.ok(briefs(text).includes(expected), `${expected} not in ${JSON.stringify(briefs(text))}`));
  }

  it('keeps "the first lady" whole', () => {
    assert.deepEqual(briefs('The first lady said the plan was dead on arrival.'), ['indirect|The first lady|the plan was dead on arrival']);
  });

  it('tells objects from subjects before a participle', () => {
    const words = wordsOf('Jones issued a statement saying', 0, 31);
    const noun = nounPhraseEndingAt(words, 3);
    assert.ok(noun);
    assert.equal(isObjectOfParticiple(words, 4, noun), true);
    const linked = wordsOf('The report, saying', 0, 18);
    assert.equal(isObjectOfParticiple(linked, 3, { ...noun, start: 0 }), false);
    const finite = wordsOf('Jones issued a statement said', 0, 29);
    assert.equal(isObjectOfParticiple(finite, 4, noun), false);
  });
});

describe('quotes: poll findings', () => {
  const CASES: readonly [string, string, string][] = [
    ['according to a survey', 'According to a Washington Post-ABC News survey, 51 percent of respondents said they would vote for her.', 'indirect|a Washington Post-ABC News survey|they would vote for her'],
    ['in a poll, a share of a group', 'In a national CNN/ORC poll released Monday, 31% of Republicans said they were extremely enthusiastic.', 'indirect|a national CNN/ORC poll released Monday|they were extremely enthusiastic'],
  ];
  for (const [name, text, expected] of CASES) {
    it(name, () => assert.ok(briefs(text).includes(expected), `${expected} not in ${JSON.stringify(briefs(text))}`));
  }

  it('a named speaker after a poll intro keeps their words', () => {
    const text = 'In a new poll released Monday, Jane Doe said the numbers were very encouraging.';
    assert.ok(briefs(text).includes('indirect|Jane Doe|the numbers were very encouraging'));
  });

  const INTROS: readonly [string, string | null][] = [
    ['According to early results of exit polls, voters said', 'early results of exit polls'],
    ['In a survey of 900 voters, most said', 'a survey of 900 voters'],
    ['In a speech on Monday, Smith said', null],
    ['According to Smith, the poll said', null],
    ['Voters in the poll said', null],
  ];
  for (const [text, expected] of INTROS) {
    it(`poll intro of "${text}"`, () => assert.equal(pollIntro(text, wordsOf(text, 0, text.length))?.text ?? null, expected));
  }

  it('tells respondents from sources', () => {
    const text = '31% of Republicans and Jane Doe';
    const words = wordsOf(text, 0, text.length);
    assert.equal(isRespondents(words, null), true);
    assert.equal(isRespondents(words, phraseStartingAt(words, 3)?.phrase ?? null), true);
    assert.equal(isRespondents(words, phraseStartingAt(words, 5)?.phrase ?? null), false);
  });
});

describe('quotes: "it" for the thing a sentence is about', () => {
  it('takes the previous sentence subject over a nearer source noun', () => {
    const text = 'The email includes a photo from the campaign report.\nAt the bottom it says, "You can support the cause by chipping in today."';
    assert.ok(briefs(text).includes('direct|The email*|You can support the cause by chipping in today.'), JSON.stringify(briefs(text)));
  });

  it('never takes a person noun', () => {
    const text = 'The senator criticized the report.\nIt says the plan will cost far more than promised.';
    assert.ok(!briefs(text).some((b) => b.startsWith('indirect|The senator')), JSON.stringify(briefs(text)));
  });
});
