import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { verbAfter, verbBefore, type VerbTest } from '../../src/annotate/quotes/09-uncued-verbs.ts';
import { annotateQuotes, brief } from '../helpers/quotes.ts';

/** Verbs as a tagger would mark them, for the helpers alone. */
const VERBS = new Set(['barked', 'beamed', 'fired', 'resisted', 'boomed', 'file', 'walked']);
const isVerb: VerbTest = (w) => VERBS.has(w.lower);

describe('verbAfter: a subject and a verb that is no known cue after a quote', () => {
  const cases: readonly [string, string, string | null][] = [
    ['subject then verb', ' Trump barked as the guard walked over.', 'Trump|barked'],
    ['an adverb between', ' Jane Doe then barked at him.', 'Jane Doe|barked'],
    ['verb then a name', ' beamed Donald Hartley of Madison.', 'Donald Hartley|beamed'],
    ['a noun, not a verb, after the subject', ' Trump supporters cheered.', null],
    ['verb then a common noun is not inverted', ' walked the guard.', null],
    ['a possessive alone is no subject', ' Trump’s barked.', null],
    ['a possessive owner with its noun is one', ' Trump’s aide barked.', 'Trump’s aide|barked'],
  ];
  for (const [name, text, expected] of cases) {
    it(name, () => {
      const found = verbAfter(text, 0, text.length, isVerb);
      assert.equal(found ? `${found.phrase?.text}|${found.cue.text}` : null, expected);
    });
  }
});

describe('verbBefore: a verb that is no known cue right before a colon and the quote', () => {
  const cases: readonly [string, string | null][] = [
    ['Rubio fired back: ', 'Rubio|fired'],
    ['Kasich resisted: ', 'Kasich|resisted'],
    ['Trump then boomed: ', 'Trump|boomed'],
    ['They put it in the national data file: ', null],
    ['Kasich resisted, ', null],
    ['Kasich resisted the call: ', null],
    ['Rubio fired back forcefully: ', 'Rubio|fired'],
    ['Kasich resisted calmly, ', null],
    ['Kasich resisted the rally: ', null],
  ];
  for (const [text, expected] of cases) {
    it(JSON.stringify(text), () => {
      const found = verbBefore(text, 0, text.length, isVerb);
      assert.equal(found ? `${found.phrase?.text}|${found.cue.text}` : null, expected);
    });
  }
});

describe('findQuotes: speakers without a known cue verb, and cues far from their subject', () => {
  const cases: readonly [string, string, string[]][] = [
    ['tagged verb after a quote opening its paragraph', '“Go back to where you came from,” Trump barked as the guard walked over.', ['direct|Trump|Go back to where you came from,']],
    ['tagged verb before a colon', 'Rubio fired back: “If they sue us in a court in Miami, they are going to lose.”', ['direct|Rubio|If they sue us in a court in Miami, they are going to lose.']],
    ['"went on to say" takes the subject of the clause', 'Trump joked about it, but went on to say, “There are places in America that are dangerous.”', ['direct|Trump|There are places in America that are dangerous.']],
    ['"by saying" takes the subject of the clause', 'Jane Doe ended her speech by saying, “We will be back here next year.”', ['direct|Jane Doe|We will be back here next year.']],
    ['a name after a preposition is not the subject', 'On Twitter, Jane Doe answered by saying, “Just stop lying about it.”', ['direct|Jane Doe|Just stop lying about it.']],
    ['an inner quote whose cue has no subject is the outer speaker’s', '“It would be wrong to say, ‘they knew it all along,’ because nobody did,” Ana Ruiz said.', ['direct|Ana Ruiz|It would be wrong to say, ‘they knew it all along,’ because nobody did,', 'partial|Ana Ruiz*|they knew it all along,']],
  ];
  for (const [name, text, expected] of cases) {
    it(name, () => {
      assert.deepEqual(annotateQuotes(text).quotes.map(brief), expected);
    });
  }
  const negative: readonly [string, string, string[]][] = [
    ['a quote inside a sentence takes no verb after it', 'He had no plan, “nothing at all,” Trump barked on Monday.', ['partial|-|nothing at all,']],
    ['a tagged verb after a quote ending in a period', '“We will win the whole thing.” Trump walked away.', ['direct|-|We will win the whole thing.']],
  ];
  for (const [name, text, expected] of negative) {
    it(`no speaker: ${name}`, () => {
      assert.deepEqual(annotateQuotes(text).quotes.map(brief), expected);
    });
  }
});
