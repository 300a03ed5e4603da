import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { accordingSource } from '../../src/annotate/quotes/10-according.ts';
import { nestedSourceAfterCue, nestedSourceClosing } from '../../src/annotate/quotes/15-nested-sources.ts';
import { cueAfterDescribingPhrase } from '../../src/annotate/quotes/postmodifiers.ts';
import { wordsOf } from '../../src/annotate/quotes/tokens.ts';
import { checkSpeakers, speakerTests } from '../helpers/quotes.ts';


describe('nested sources: "according to X" after an attribution names who reported the words', () => {
  const CASES: readonly [string, string, string[]][] = [
    ['after a cue following a quote', 'The vote was close.\n\n“We will not give up,” Ana Ruiz said, according to the Daily Ledger.', ['Daily Ledger']],
    ['after a cue and a tail, no comma', 'The vote was close.\n\n“We will not give up,” Ana Ruiz said in a statement according to a transcript.', ['a transcript']],
    ['a later quote of the paragraph continues it', 'It was late.\n\n“We will not give up,” Ana Ruiz said, according to a pool report. “Not now.”', ['a pool report', 'a pool report']],
    ['closing a reported clause', 'Tom Reed said he would veto the bill, according to two aides present.', ['two aides present']],
  ];
  const NEGATIVE: readonly [string, string, string[]][] = [
    ['"according to" inside a relative clause', 'Tom Reed says the gap can close, which stood at 263 seats, according to the tally.', ['Tom Reed']],
    ['"according to" in the next sentence', 'The vote was close.\n\n“We will not give up,” Ana Ruiz said. According to the paper, she left.', ['Ana Ruiz']],
    ['"according to" after another clause', '“We will not give up,” Ana Ruiz said, and she left later that night, according to the paper.', ['Ana Ruiz']],
  ];
  speakerTests(CASES);
  speakerTests(NEGATIVE, 'not: ');

  it('reads the source after the cue, within a few words, and only there', () => {
    const text = 'she said on Monday in a speech, according to the Ledger.';
    assert.equal(nestedSourceAfterCue(text, 8, text.length)?.phrase?.text, 'Ledger');
    const far = 'she said on Monday in a long speech to the union at its yearly meeting, according to the Ledger.';
    assert.equal(nestedSourceAfterCue(far, 8, far.length), null);
    const all = (s: string) => wordsOf(s, 0, s.length);
    assert.equal(nestedSourceClosing(all('Reed said he won, according to press reports.'), 1)?.phrase?.text, 'press reports');
    assert.equal(nestedSourceClosing(all('Reed said he won, according to press reports, and left.'), 1), null);
  });
});

describe('"according to" a work by or from a named author gives the author', () => {
  const CASES: readonly [string, string, string[]][] = [
    ['a report from an organisation', 'Sales of bikes grew 60 percent a year, according to a recent report from the Acme Energy Institute.', ['Acme Energy Institute']],
    ['a tally by a news agency, "the" dropped', 'The vote was close.\n\nRuiz had 2,205 delegates on Monday, according to a tally by the Daily Ledger.', ['Daily Ledger']],
    ['a post from a person', 'The vote was close.\n\nThat coverage will come with a strong bias, according to a post from Ana Ruiz.', ['Ana Ruiz']],
  ];
  const NEGATIVE: readonly [string, string, string[]][] = [
    ['a work with no author after it', 'The vote was close.\n\nRuiz had 2,205 delegates on Monday, according to a tally of the votes.', ['a tally']],
    ['a work by no name', 'The vote was close.\n\nRuiz had 2,205 delegates on Monday, according to a tally by local volunteers.', ['a tally']],
  ];
  speakerTests(CASES);
  speakerTests(NEGATIVE, 'not: ');

  it('only a common-noun work hands over to its author', () => {
    const all = (s: string) => wordsOf(s, 0, s.length);
    assert.equal(accordingSource(all('a report by the Acme Institute.'), 0)?.phrase.text, 'Acme Institute');
    assert.equal(accordingSource(all('Tom Reed from the Acme Institute.'), 0)?.phrase.text, 'Tom Reed');
    assert.equal(accordingSource(all('a report in the Daily Ledger.'), 0)?.phrase.text, 'a report');
  });
});

describe('uncued verbs: a lower-case word closing the attribution after a quote is its verb', () => {
  const CASES: readonly [string, string, string[]][] = [
    ['a noun-like verb after a name', 'She was calm.\n\n“We will win this race,” Ana Ruiz notes. “It was different.”', ['Ana Ruiz', 'Ana Ruiz']],
    ['"read" after a common noun the phrase took for its head', 'The paper weighed in.\n\n“We need a leader who will fight,” the editorial read.', ['the editorial']],
    ['a phrasal verb and a clause after it', 'He pressed on.\n\n“I do not know about that,” Tom Reed went on, as if he had not heard.', ['Tom Reed']],
    ['a phrasal verb after a common noun', 'It was loud.\n\n“No!” the crowd cried out, booing.', ['the crowd']],
  ];
  const NEGATIVE: readonly [string, string, string[]][] = [
    ['an adverb, not a verb', 'He came.\n\n“Hello there,” Tom Reed too.', ['-']],
    ['a past form the tagger reads as an adjective after a common noun', 'It rained.\n\n“We will see,” the panel undecided.', ['-']],
    ['a sentence that goes on after the quote', 'It rained.\n\n“Hello there.” The crowd cheered.', ['-']],
  ];
  speakerTests(CASES);
  speakerTests(NEGATIVE, 'not: ');
});

describe('speaker phrases described by "on" after a quote', () => {
  it('a phrase on a site', () => {
    checkSpeakers('The book is out.\n\n“Publish the book they fear,” the pitch on Kickstarter says.', ['the pitch on Kickstarter']);
    assert.equal(cueAfterDescribingPhrase(wordsOf('on its website said', 0, 19), 0), 3);
  });
});

describe('poll sources: a poll named earlier in the sentence speaks for a share of respondents', () => {
  const CASES: readonly [string, string, string[]][] = [
    ['a poll subject with a finding verb', 'The Q poll also finds that 37 percent of Americans say the plan is too costly.', ['The Q poll']],
    ['plural polls', 'Polls show as many as 30 percent of his backers say they will not vote for her.', ['Polls']],
    ['a count with no group', 'A new survey found that 54 percent of active duty personnel said they would vote for him.', ['A new survey']],
  ];
  const NEGATIVE: readonly [string, string, string[]][] = [
    ['a subject that is no share of respondents', 'He leads in the polls there, although history says there can be upheavals after the vote.', ['-']],
    ['a named subject', 'The poll came out as Ana Ruiz said the plan was too costly for the town.', ['Ana Ruiz']],
  ];
  speakerTests(CASES);
  speakerTests(NEGATIVE, 'not: ');
});

describe('poll sources: words quoted from a poll\'s respondents are the poll\'s findings', () => {
  const CASES: readonly [string, string, string[]][] = [
    ['a poll the sentence opens on', 'Faith in politicians is low. In a June City Ledger poll, 75 percent of voters said “most people in politics” lie.', ['a June City Ledger poll']],
    ['a poll named before the cue', 'Turnout may fall.\n\nThe poll has bad news for Reed — 25 percent of likely voters say they would “definitely not support” him.', ['The poll', 'The poll']],
  ];
  const NEGATIVE: readonly [string, string, string[]][] = [
    ['a named speaker after a poll intro', 'Turnout may fall. In a June City Ledger poll, Ana Ruiz said the numbers were “very encouraging” today.', ['Ana Ruiz', 'Ana Ruiz']],
    ['a share of respondents with no poll named', 'Turnout may fall. Some 55 percent of voters said the town is “on the wrong track” now.', ['voters', 'voters']],
  ];
  speakerTests(CASES);
  speakerTests(NEGATIVE, 'not: ');
});
