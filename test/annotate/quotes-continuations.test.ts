import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { continuedFrom, type Attributed } from '../../src/annotate/quotes/06-continuations.ts';
import { paragraphSubject } from '../../src/annotate/quotes/11-narration.ts';
import { afterInnerTitle } from '../../src/annotate/quotes/phrases.ts';
import { wordsOf } from '../../src/annotate/quotes/tokens.ts';
import { annotateQuotes, brief } from '../helpers/quotes.ts';

const quote = (over: Partial<Attributed>): Attributed => ({ depth: 0, paragraph: 0, sentence: 0, kind: 'direct', hasCue: true, opensParagraph: false, ...over });

describe('continuedFrom', () => {
  const cases: readonly [string, Attributed[], number | null][] = [
    ['a cue-less fragment continues the quote before it in its sentence', [quote({ kind: 'partial' }), quote({ kind: 'partial', hasCue: false })], 0],
    ['not across sentences', [quote({ kind: 'partial' }), quote({ kind: 'partial', sentence: 1, hasCue: false })], null],
    ['a direct quote continues its paragraph', [quote({}), quote({ sentence: 2, hasCue: false })], 0],
    ['a fragment with its own cue continues nothing', [quote({ kind: 'partial' }), quote({ kind: 'partial' })], null],
    ['reported speech is skipped', [quote({ kind: 'partial' }), quote({ kind: 'indirect' }), quote({ kind: 'partial', hasCue: false })], 0],
  ];
  for (const [name, quotes, expected] of cases) it(name, () => assert.equal(continuedFrom(quotes, quotes.length - 1), expected));
});

describe('afterInnerTitle', () => {
  const cases: readonly [string, string][] = [
    ['Texas Lt. Gov. Dan Patrick', 'Dan Patrick'],
    ['Senate Majority Leader Mitch McConnell', 'Mitch McConnell'],
    ['DNC Chair Debbie Wasserman Schultz', 'Debbie Wasserman Schultz'],
    ['Pete King', 'Pete King'],
    ['Martin Luther King', 'Martin Luther King'],
  ];
  for (const [text, expected] of cases) {
    it(`${text} -> ${expected}`, () => {
      const words = wordsOf(text, 0, text.length);
      const from = afterInnerTitle(words, 0, words.length - 1);
      assert.equal(words.slice(from).map((w) => w.text).join(' '), expected);
    });
  }
});

describe('paragraphSubject', () => {
  const cases: readonly [string, string | null][] = [
    ['Jane Roe praised the plan.\n\n“We need it.”', 'Jane Roe'],
    ['He is upbeat about the race, in part because he sees Cruz as a uniter.\n\n“We need it.”', 'He'],
    ['The storm hit the coast.\n\n“We need it.”', null],
    ['On Monday, the Senate met.\n\n“We need it.”', null],
    ['“We said it before.”\n\n“We need it.”', null],
  ];
  for (const [text, expected] of cases) {
    it(`${JSON.stringify(text.split('\n')[0])} -> ${String(expected)}`, () => {
      const article = annotateQuotes(text);
      const open = text.lastIndexOf('“');
      const masked = text.slice(0, text.indexOf('“') === open ? text.length : 0).padEnd(text.length, '\u25a1');
      assert.equal(paragraphSubject(masked, article.sentences, 1, open)?.text ?? null, expected);
    });
  }
});

describe('findQuotes: speakers carried to cue-less quotes and long names', () => {
  const cases: readonly [string, string, string[]][] = [
    ['a second fragment of the sentence keeps the speaker', 'Jane Doe said that the plan was “dead” and “buried for good.”', ['indirect|Jane Doe|the plan was “dead” and “buried for good.”', 'partial|Jane Doe|dead', 'partial|Jane Doe|buried for good.']],
    ['a quote paragraph after narration about a person', 'Jane Roe spoke to the crowd in the square.\n\n“The roads were blocked off by soldiers all night long.”', ['direct|Jane Roe*|The roads were blocked off by soldiers all night long.']],
    ['a title inside a long name', 'Texas Lt. Gov. Dan Patrick says the senator is “standing tall” today.', ['indirect|Dan Patrick|the senator is “standing tall” today', 'partial|Dan Patrick|standing tall']],
    ['an owner inside a noun phrase', 'Hillary Clinton’s campaign said it raised $15 million in January.', ['indirect|Hillary Clinton’s campaign|it raised $15 million in January']],
    ['"they" stands for the group before it', 'Party officials met on Monday. They said they will register voters while the caucus is under way.', ['indirect|Party officials*|they will register voters while the caucus is under way']],
    ['a pronoun contracted with its verb', 'John Doe is upbeat. He’s predicting he will do “very, very well” in the next contest.', ['indirect|John Doe*|he will do “very, very well” in the next contest', 'partial|John Doe*|very, very well']],
    ['a participle after a dash shares the subject', 'Marco Rubio flipped his choice on the spot – saying he was rooting for Denver now.', ['indirect|Marco Rubio|he was rooting for Denver now']],
    ['an adverb between the comma and the participle', 'Trump has raised questions about it, falsely suggesting that Obama was born abroad.', ['indirect|Trump|Obama was born abroad']],
    ['a cue-less fragment is the words of the sentence’s subject', 'John Doe anticipated that the hardest part would be “dealing with the press.”', ['partial|John Doe*|dealing with the press.']],
    ['a cue after a quote ending its sentence is the next sentence’s', 'Jane Doe said the plan was “dead.” Critics said it was “a relief.”', ['indirect|Jane Doe|the plan was “dead.”', 'partial|Jane Doe|dead.', 'partial|Critics|a relief.']],
  ];
  for (const [name, text, expected] of cases) it(name, () => assert.deepEqual(annotateQuotes(text).quotes.map(brief), expected));
  const negative: readonly [string, string, string[]][] = [
    ['a fragment of another sentence', 'Jane Doe said the plan was “dead.” Critics want it “to be buried for good.”', ['indirect|Jane Doe|the plan was “dead.”', 'partial|Jane Doe|dead.', 'partial|-|to be buried for good.']],
    ['a quote paragraph with words after it is not alone', 'Jane Roe spoke to the crowd.\n\n“The roads were blocked off all night long,” a soldier wrote later on.', ['direct|a soldier|The roads were blocked off all night long,']],
    ['"they" with no group before it', 'The storm hit in the night. They said the roads were blocked.', ['indirect|-|the roads were blocked']],
    ['a name in a subordinate clause is not the fragment’s speaker', 'Rubio’s phrase in that race was that Crist “would say anything to win.”', ['partial|-|would say anything to win.']],
  ];
  for (const [name, text, expected] of negative) it(`not: ${name}`, () => assert.deepEqual(annotateQuotes(text).quotes.map(brief), expected));
});
