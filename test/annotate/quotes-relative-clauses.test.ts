import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { subjectBefore } from '../../src/annotate/quotes/02-attribution.ts';
import { relativeClauseHead, restrictiveClauseHead } from '../../src/annotate/quotes/relatives.ts';
import { wordsOf } from '../../src/annotate/quotes/tokens.ts';
import { annotateQuotes, brief } from '../helpers/quotes.ts';

const briefs = (text: string): string[] => annotateQuotes(text).quotes.map(brief);
const wordsAll = (text: string) => wordsOf(text, 0, text.length);

/** The subject subjectBefore finds for the first occurrence of `cue` in `text`. */
function subjectOf(text: string, cue: string): string | null {
  const words = wordsAll(text);
  return subjectBefore(words, words.findIndex((w) => w.lower === cue), 4)?.text ?? null;
}

describe('quotes: subjects described by a relative clause before the cue', () => {
  const CASES: readonly [string, string, string, string | null][] = [
    ['object of a preposition in a "who" clause', 'Former aides who spoke with The Daily Ledger said the office was in disarray.', 'said', 'Former aides'],
    ['object of a verb in a "who" clause', 'Even the farmers who have praised his plan warned on Monday that prices would rise.', 'warned', 'the farmers'],
    ['object of a "who" clause with a time phrase after it', 'The voters who backed the governor in 2019 say they regret it.', 'say', 'The voters'],
    ['object pronoun in a "that" clause', 'The unions that have endorsed him say the contract is fair.', 'say', 'The unions'],
    ['an aside opened by "whose" between commas', 'Omar Velez, whose latest firm, Tallyworks, sells software, said the market was ready.', 'said', 'Omar Velez'],
    // negatives: the phrase before the cue is its own subject
    ['"that" opening a reported clause', 'He argued that the mayor said the road was closed.', 'said', 'the mayor'],
    ['"that" before a subject in a prepositional phrase', 'She noted that officials in the city said the road was closed.', 'said', 'officials'],
    ['a pronoun inside the clause is the cue\'s subject', 'It drew an electorate that is in what he called a sour mood.', 'called', 'he'],
    ['a pronoun object of the clause verb leaves no subject, not the head', 'It was a win that led her to declare the race over.', 'declare', null],
    ['a time phrase is no antecedent', 'He shared a post this week that appeared to endorse the plan.', 'endorse', null],
    ['a noun after "the" is no cue', 'The trusts that supported the reporting of the story were named.', 'reporting', null],
  ];
  for (const [name, text, cue, expected] of CASES) {
    it(name, () => assert.equal(subjectOf(text, cue), expected));
  }

  it('finds the described subject in the pipeline', () => {
    const found = briefs('Several former officials who spoke with The Daily Ledger said the office was "in disarray" all year.');
    assert.ok(found.includes('partial|Several former officials|in disarray'), JSON.stringify(found));
  });
});

describe('quotes: restrictiveClauseHead and relativeClauseHead', () => {
  it('reads the head before "who" when a verb follows it', () => {
    const words = wordsAll('The nurses who treated the patient said');
    assert.equal(restrictiveClauseHead(words, 4)?.text, 'The nurses');
    assert.equal(relativeClauseHead(words, 2)?.text, 'The nurses');
  });

  it('reads no head when "that" opens a reported clause or the clause is set off by commas', () => {
    assert.equal(relativeClauseHead(wordsAll('He said that the plan failed'), 2), null);
    assert.equal(restrictiveClauseHead(wordsAll('Ana Ruiz, who treated the patient said'), 6), null);
  });

  it('reads no head right after the relative (the phrase is the clause subject)', () => {
    assert.equal(restrictiveClauseHead(wordsAll('The nurses who the patient said'), 3), null);
  });

  it('reads no head governed by "of" or by a preposition', () => {
    assert.equal(relativeClauseHead(wordsAll('the areas of the network that were hacked'), 5), null);
    assert.equal(relativeClauseHead(wordsAll('a message on Twitter that showed'), 3), null);
  });
});
