import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bareClauseStart, leadsToThat } from '../../src/annotate/quotes/04-indirect.ts';
import { wordsOf } from '../../src/annotate/quotes/tokens.ts';
import { annotateQuotes, brief } from '../helpers/quotes.ts';

const annotate = annotateQuotes;

const CASES: readonly [string, string, string[]][] = [
  ['archive double apostrophes (the title is not part of the name)', "''We will win this vote next week,'' Ms. Doe said.", ['direct|Doe|We will win this vote next week,']],
  ['backquote pairs', '``We will win this vote next week,\'\' said Jane Doe.', ['direct|Jane Doe|We will win this vote next week,']],
  ['"Mr." keeps its period', '"The plan is dead on arrival," Mr. Obama said.', ['direct|Obama|The plan is dead on arrival,']],
  ['role before the name after the quote', '"We are going to win big states," campaign manager Robby Mook said.', ['direct|Robby Mook|We are going to win big states,']],
  ['party tag and apposition after an inverted cue', '"This is a disgrace for the House," said Rep. Gary Butter (D-N.C.), head of the caucus.', ['direct|Gary Butter|This is a disgrace for the House,']],
  ['parenthetical party tag before the cue', '"This is a disgrace for the House," Sen. Marco Rua (R-Fla.) said Saturday.', ['direct|Marco Rua|This is a disgrace for the House,']],
  ['apposition between name and cue', '"They are too scared to say it out loud," Steve Moody, a small-business owner, said.', ['direct|Steve Moody|They are too scared to say it out loud,']],
  ['age and place appositions', '"It was never truthful at all," Cecelia Purner, 67, a retired nurse in Allentown, Pa., said.', ['direct|Cecelia Purner|It was never truthful at all,']],
  ['a name standing as the apposition wins', '"Somebody entered the country through the program," the White House spokesman, Josh Earnest, said.', ['direct|Josh Earnest|Somebody entered the country through the program,']],
  ['plural group before the cue', '"The talks have stalled completely," officials said.', ['direct|officials|The talks have stalled completely,']],
  ['common noun with a determiner', '"Turnout will decide the whole race," a Democratic strategist said.', ['direct|a Democratic strategist|Turnout will decide the whole race,']],
  ['postmodified source after the cue', '"He is very worked up about it," said a source close to the campaign.', ['direct|a source close to the campaign|He is very worked up about it,']],
  ['according to a poll', 'The senator leads by six points, according to a new poll.', ['indirect|a new poll|The senator leads by six points']],
  ['bare clause after said', 'One in four voters said the party was outright hostile.', ['indirect|four voters|the party was outright hostile']],
  ['bare clause with a contracted pronoun', "Jane Doe said she'd welcome a third candidate.", ["indirect|Jane Doe|she'd welcome a third candidate"]],
  ['cue closing the sentence', 'Mary Jones runs the store.\nSales were great this whole year, she said.', ['indirect|Mary Jones*|Sales were great this whole year']],
  ['inverted cue closing the sentence', 'The plan is dead and buried now, said a spokesman.', ['indirect|a spokesman|The plan is dead and buried now']],
];

const NEGATIVE: readonly [string, string][] = [
  ['goodbye is not a clause', 'She said goodbye to her staff on Friday.'],
  ['a story is an object, not a clause', 'He told the story of his life to everyone.'],
  ['"states" before a relative "that"', 'The race is close in the states that she won last time.'],
  ['a noun before "that" makes it a relative', 'The report noted the irony that nobody expected.'],
  ['"told X" at the end names the listener', 'Relations may take a sharp turn this year, told Newsweek.'],
  ['a short clause before the cue', 'Yes, she said.'],
];

describe('findQuotes: speakers and reported clauses', () => {
  for (const [name, text, expected] of CASES) {
    it(name, () => {
      assert.deepEqual(annotate(text).quotes.map(brief), expected);
    });
  }
  for (const [name, text] of NEGATIVE) {
    it(`no quote: ${name}`, () => {
      assert.deepEqual(annotate(text).quotes.map(brief), []);
    });
  }
});

describe('reported clause helpers', () => {
  const words = (text: string) => wordsOf(text, 0, text.length);
  it('bareClauseStart finds a subject followed by a finite verb, not an object', () => {
    for (const [text, expected] of [
      ['the party was hostile', 0],
      ['Tuesday the plan would fail', 1],
      ['he would resign', 0],
      ['the assembled reporters', null],
      ['goodbye to all', null],
      ['nothing at all', null],
    ] as const) {
      assert.equal(bareClauseStart(words(text), 0), expected, text);
    }
  });
  it('leadsToThat accepts listeners, time words and prepositional phrases only', () => {
    const cue = (w: string) => words(w)[0]!;
    assert.equal(leadsToThat(cue('said'), []), true);
    assert.equal(leadsToThat(cue('told'), words('a crowd in Miami')), true);
    assert.equal(leadsToThat(cue('said'), words('in a statement')), true);
    assert.equal(leadsToThat(cue('said'), words('last week')), true);
    assert.equal(leadsToThat(cue('noted'), words('the irony')), false);
    assert.equal(leadsToThat(cue('tweeted'), words('his call')), false);
  });
});
