import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { clauseSubject } from '../../src/annotate/quotes/clause-subjects.ts';
import { colonAttribution } from '../../src/annotate/quotes/08-intro.ts';
import { accordingAfter, accordingBefore } from '../../src/annotate/quotes/10-according.ts';
import { wordsOf } from '../../src/annotate/quotes/tokens.ts';
import { annotateQuotes, brief } from '../helpers/quotes.ts';

const CASES: readonly [string, string, string[]][] = [
  ['according to before the mark', 'According to the newspaper, “Very few people are barred from buying guns.”', ['direct|the newspaper|Very few people are barred from buying guns.']],
  ['according to after the mark', '“The server was never secured at any point,” according to Dana Wells.', ['direct|Dana Wells|The server was never secured at any point,']],
  ['a name ending at the colon', 'The surge does not surprise pollster Ana Ruiz: “Unknown candidates gain the most.”', ['direct|Ana Ruiz|Unknown candidates gain the most.']],
  ['a headline, a dash, then the author', 'Turnout rose everywhere - Carl Brook: “The numbers shifted a lot on the ground.”', ['direct|Carl Brook|The numbers shifted a lot on the ground.']],
  ['the subject of a colon clause', 'Mary Stone then addressed her supporters: “Here is what I regret most of all.”', ['direct|Mary Stone|Here is what I regret most of all.']],
  ['an introductory phrase before the subject', 'Hours later, Tom Reed returned the favour, telling reporters, “He is an amazing man to work with.”', ['direct|Tom Reed|He is an amazing man to work with.']],
  ['a stray mark after the closing one', "''We are told, 'this case is special,''' Mr. Putin said.", ["direct|Putin|We are told, 'this case is special,"]],
  ['a participle phrase before the subject', 'Asked on Monday whether he would run, Tom Reed shook his head and said, “No, not this year.”', ['direct|Tom Reed|No, not this year.']],
];

const UNATTRIBUTED: readonly [string, string][] = [
  ['a place after a preposition', 'Then, later that month on CNN: “We never said that at all.”'],
  ['a time after a preposition', 'Here is the senator in December 2015: “We never said that at all.”'],
];

describe('quotes: speakers without a cue verb', () => {
  for (const [name, text, expected] of CASES) {
    it(name, () => assert.deepEqual(annotateQuotes(text).quotes.map(brief), expected));
  }
  for (const [name, text] of UNATTRIBUTED) {
    it(`no speaker: ${name}`, () => assert.deepEqual(annotateQuotes(text).quotes.map((q) => q.speaker), [null]));
  }
});

describe('quotes: intro helpers', () => {
  it('accordingBefore needs the source right before the mark', () => {
    const text = 'According to Dana Wells, “';
    assert.equal(accordingBefore(text, 0, text.length - 1)?.phrase?.text, 'Dana Wells');
    const far = 'According to Dana Wells, the plan is “';
    assert.equal(accordingBefore(far, 0, far.length - 1), null);
  });
  it('accordingAfter reads only right after the closing mark', () => {
    assert.equal(accordingAfter(', according to CNN.', 0, 19)?.phrase?.text, 'CNN');
    assert.equal(accordingAfter(' she added, according to CNN.', 0, 29), null);
  });
  it('colonAttribution needs a colon before the mark', () => {
    const text = 'Ana Ruiz: “';
    assert.equal(colonAttribution(text, 0, text.length - 1)?.phrase?.text, 'Ana Ruiz');
    const plain = 'Ana Ruiz “';
    assert.equal(colonAttribution(plain, 0, plain.length - 1), null);
  });
  it('clauseSubject skips an introductory phrase, not an apposition', () => {
    const subject = (text: string) => clauseSubject(wordsOf(text, 0, text.length), 0, wordsOf(text, 0, text.length).length)?.text;
    assert.equal(subject('Hours later, Tom Reed returned it'), 'Tom Reed');
    assert.equal(subject('Reed returned it to Ana Ruiz, saying'), 'Reed');
  });
});
