import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { prepositionBefore } from '../../src/annotate/quotes/prepositional.ts';
import { phraseEndingAt, phraseStartingAt } from '../../src/annotate/quotes/phrases.ts';
import { wordsOf } from '../../src/annotate/quotes/tokens.ts';
import { speakerTests } from '../helpers/quotes.ts';

const all = (s: string) => wordsOf(s, 0, s.length);

describe('a name or noun phrase that is the object of a preposition is not the subject of a cue', () => {
  const CASES: readonly [string, string, string[]][] = [
    ['a place before "and" + cue', 'It was late.\n\nAna Ruiz took the stage Tuesday at the Grand Hotel in Dayton and called the system “rotten to the core.”', ['Ana Ruiz']],
    ['a time phrase between subject and cue', 'It was late.\n\nTom Reed at the time said he had asked his “people” to look into it.', ['Tom Reed', 'Tom Reed*']],
    ['a medium between subject and cue', 'It was late.\n\nTom Reed in a blog post said he would name more “conservative judges” to the bench.', ['Tom Reed', 'Tom Reed']],
    ['a place inside an apposition', 'It was late.\n\nAna Ruiz, during a town hall meeting in Dayton, Ohio, said she was “going to win the state.”', ['Ana Ruiz']],
    ['a participle clause in an apposition', 'It was late.\n\nSen. Tom Reed, facing a hard challenge in Ohio, a swing state, said he would “welcome the help.”', ['Tom Reed']],
    ['a place opening the sentence', 'It was late.\n\nHere in Dayton, Ana Ruiz stepped up her focus on jobs, saying, “We have got to bring the plants back.”', ['Ana Ruiz']],
    ['a place with its state opening the sentence', 'It was late.\n\nAt a rally in Dayton, Ohio, on Sunday, Ana Ruiz praised the plan, saying it would “make the state strong.”', ['Ana Ruiz']],
    ['the agent of a passive before "and" + cue', 'It was late.\n\nAna Ruiz was joined on stage by Minnesota Sen. Tom Reed and joked, “You are being ridiculous,” to loud jeers.', ['Ana Ruiz']],
    ['the agent of a passive with a role noun before it', 'It was late.\n\nAna Ruiz said the move was made by NYPD commissioner Tom Reed and said, “Who are you going to trust?”', ['Ana Ruiz']],
    ['the person before a place in an apposition', 'It was late.\n\nIt came after a woman in Dayton, Ohio, told him she worries he is “too nice” to win.', ['a woman', 'a woman']],
  ];
  const KEPT: readonly [string, string, string[]][] = [
    ['a ratio ("in" after a count)', 'It was late.\n\nOne in four voters said the party was “outright hostile” to them.', ['four voters', 'four voters']],
    ['a share of a group ("of" is kept)', 'It was late.\n\nHalf of Ohio voters said they want a “fresh start” in the state.', ['Ohio voters', 'Ohio voters']],
    ['a name after a place that opens the clause', 'It was late.\n\nIn Ohio, Ana Ruiz said that she “supports the plan 100 percent.”', ['Ana Ruiz']],
    ['"it" before a place is an object', 'It was late.\n\nThey put it in the file: “Nobody checked the data.”', ['-']],
    ['a name after a capitalised organisation after "for"', 'It was late.\n\nThe letter cited a summit where Centers for Disease Control Director Tom Reed said the cost was “at least $10 million.”', ['Tom Reed', 'Tom Reed']],
    ['a pronoun after a weekday after "on"', 'Tom Reed spoke first.\n\n(On Monday he said he would “strongly consider” closing the offices.)', ['Tom Reed*', 'Tom Reed*']],
    ['a name after a weekday after "on"', 'It was late.\n\nOn Monday Tom Reed said he would “strongly consider” closing the offices.', ['Tom Reed', 'Tom Reed']],
    ['"with" + name + participle', 'It was late.\n\nRepublicans were quick to react, with Tom Reed tweeting that it was a “disaster” for the state.', ['Tom Reed', 'Tom Reed']],
  ];
  speakerTests(CASES);
  speakerTests(KEPT, 'kept: ');

  it('finds the preposition before a name, an article between, and the second part of a place', () => {
    const text = 'Ana Ruiz spoke at the Grand Hotel in Dayton , Ohio , on Sunday and Tom Reed , Ohio said , and four in 10 voters said';
    const words = all(text);
    const at = (w: string): number => words.findIndex((x) => x.text === w);
    const preposition = (last: string): string | undefined => {
      const phrase = phraseEndingAt(words, at(last));
      return phrase ? words[prepositionBefore(words, phrase, at(last))]?.text : 'no phrase';
    };
    assert.equal(preposition('Hotel'), 'at');
    assert.equal(preposition('Dayton'), 'in');
    const ohio = phraseStartingAt(words, at('Ohio'))!.phrase;
    assert.equal(words[prepositionBefore(words, ohio, at('Ohio'))]?.text, 'in');
    assert.equal(preposition('Ruiz'), undefined);
    assert.equal(preposition('Reed'), undefined);
    const voters = words.findLastIndex((x) => x.text === 'voters');
    assert.equal(prepositionBefore(words, { start: words[voters - 1]!.start, end: words[voters]!.end, kind: 'noun', text: '10 voters', possessive: false }, voters), -1);
  });
});

describe('a party tag after a name is an aside, not the name', () => {
  const CASES: readonly [string, string, string[]][] = [
    ['state after the party', 'It was late.\n\nSen. Ana Ruiz (D-MA) said the plan was “a proven failure” in business.', ['Ana Ruiz', 'Ana Ruiz']],
    ['abbreviated state', 'It was late.\n\nRep. Tom Reed (R-Wis.) said the plan had “no place” in the bill.', ['Tom Reed', 'Tom Reed']],
    ['party alone', 'It was late.\n\nGov. Tom Reed (R) said he expects an “aggressive appeal” of the ruling.', ['Tom Reed', 'Tom Reed']],
  ];
  speakerTests(CASES);
});
