import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { accordingSource } from '../../src/annotate/quotes/10-according.ts';
import { nounPhraseEndingAt, speakerStartingAt } from '../../src/annotate/quotes/noun-phrases.ts';
import { cueAfterDescribingPhrase } from '../../src/annotate/quotes/postmodifiers.ts';
import { wordsOf } from '../../src/annotate/quotes/tokens.ts';
import { speakerTests } from '../helpers/quotes.ts';

const words = (text: string) => wordsOf(text, 0, text.length);

/** Speakers written as noun phrases, groups, owners and complements of "according to". */
const CASES: readonly [string, string, string[]][] = [
  [
    'a prepositional phrase between the subject and its cue after a quote',
    'The vote was close.\n\n“The facts have not changed,” a spokesman for the committee said.',
    ['a spokesman for the committee'],
  ],
  [
    'a name described by an "of" phrase before the cue',
    'The test was a surprise.\n\n“It would be a stretch for them,” Jeffrey Lewis of the Martin Center wrote.',
    ['Jeffrey Lewis'],
  ],
  ['a possessive owner opening the subject', 'The email was sent.\n\n“He did write an email,” Powell’s office said.', ['Powell’s office']],
  ['a group noun opening the sentence', 'Stocks dropped. Officials said 2016 has seen the worst start on record.', ['Officials']],
  ['a lone quantifier after a comma, a weekday between it and the cue', 'While voters had doubts about him, many said Monday that the ruling changed their minds.', ['many']],
  ['a time word between the subject and the cue', 'Jane Roe last week said the plan would cost far more than promised.', ['Jane Roe']],
  ['"according to" a noun phrase with a noun in -ly', 'Trump has won 758 delegates, according to a CNN tally.', ['a CNN tally']],
  ['"according to" a partitive', 'Sanders is also joining the lawsuit, according to one of his senior aides.', ['one of his senior aides']],
  ['"according to" data described by a participle', 'Revenue rose 3 percent, according to data released Friday by state regulators.', ['data released Friday by state regulators']],
  ['a past form after a named subject, though tagged as an adjective', 'The bill failed.\n\n“They would have gone to the bill,” Smith fumed.', ['Smith']],
  [
    'a cue closing the sentence after a long apposition',
    'The race went on.\n\n"It seems extremely unlikely" that she can catch up, said Steve Elmendorf, deputy manager for the 2004 campaign of a senator.',
    ['Steve Elmendorf'],
  ],
];

const NEGATIVE: readonly [string, string, string[]][] = [
  ['a quantifier after a relative pronoun', 'He called the plan, which some have argued was a trick, “a disgrace to this town.”', ['-']],
  ['a name after "the" after a preposition modifies a noun', 'The movement grew. After the Paris attacks, the campaign released an ad calling it “dangerous” for everyone.', ['-']],
  ['a past form after a common-noun subject is no cue unless tagged a verb', 'The vote was close.\n\n“We will see,” the committee undecided.', ['-']],
];

describe('findQuotes: speaker phrases', () => {
  speakerTests(CASES);
  speakerTests(NEGATIVE, 'not: ');
});

describe('speaker phrase helpers', () => {
  it('finds the cue after a describing phrase, not across a clause', () => {
    assert.equal(cueAfterDescribingPhrase(words('for the committee said'), 0), 3);
    assert.equal(cueAfterDescribingPhrase(words('for the committee that said'), 0), -1);
    assert.equal(cueAfterDescribingPhrase(words('in the committee said'), 0), -1);
    assert.equal(cueAfterDescribingPhrase(words('for said'), 0), -1);
  });
  it('prefers the owned phrase to its possessive owner', () => {
    assert.equal(speakerStartingAt(words('Powell’s office said'), 0)?.phrase.text, 'Powell’s office');
    assert.equal(speakerStartingAt(words('Jane Doe said'), 0)?.phrase.text, 'Jane Doe');
  });
  it('reads a lone group word as a subject only where it opens a clause', () => {
    assert.equal(nounPhraseEndingAt(words('Officials said'), 0)?.text, 'Officials');
    assert.equal(nounPhraseEndingAt(words('and many said'), 1)?.text, 'many');
    assert.equal(nounPhraseEndingAt(words('which many said'), 1), null);
    assert.equal(nounPhraseEndingAt(words('the Officials said'), 1), null);
  });
  it('takes the complement of "according to" up to punctuation or a clause', () => {
    assert.equal(accordingSource(words('complete but unofficial returns.'), 0)?.phrase.text, 'complete but unofficial returns');
    assert.equal(accordingSource(words('interviews that showed'), 0)?.phrase.text, 'interviews');
    assert.equal(accordingSource(words(', he said'), 0), null);
  });
});
