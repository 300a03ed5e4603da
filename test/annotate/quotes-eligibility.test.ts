import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { gatherCandidates } from '../../src/annotate/quotes/speaker-candidates.ts';
import { neighboursOf } from '../../src/annotate/quotes/speaker-context.ts';
import { isGenericGroup } from '../../src/annotate/quotes/speaker-eligibility.ts';
import { wordsOf } from '../../src/annotate/quotes/tokens.ts';
import { rules } from '../helpers/quotes.ts';

describe('isGenericGroup: a plural group noun with no determiner, number, owner or name', () => {
  const CASES: readonly [string, boolean][] = [
    ['Critics', true],
    ['voters', true],
    ['Democratic voters', true],
    ['not: Two analysts', false],
    ['not: The critics', false],
    ['not: Its critics', false],
    ['not: Ruiz’s critics', false],
    ['not: 40 voters', false],
    ['not: United Mine Workers', false],
    ['not: The mayor', false],
    ['not: Ana Ruiz', false],
  ];
  for (const [text, expected] of CASES) {
    it(text, () => {
      const phrase = text.replace(/^not: /u, '');
      assert.equal(isGenericGroup(wordsOf(phrase, 0, phrase.length)), expected);
    });
  }
});

describe('candidate flags that bar the chooser', () => {
  /** Name and flags of every candidate of the last quote of `text` (the rules' speaker ignored). */
  const flagsOf = (text: string): string[] => {
    const { quotes, context } = rules(text);
    const last = quotes.length - 1;
    const quote = { ...quotes[last]!, speaker: null };
    const neighbours = neighboursOf(quotes)[last] ?? { previous: undefined, next: undefined };
    return gatherCandidates(context, quote, neighbours).map((c) => `${c.speaker.name}${c.acrossNarration ? ' acrossNarration' : ''}${c.genericGroup ? ' genericGroup' : ''}`);
  };
  const CASES: readonly [string, string, string[]][] = [
    ['named in the paragraph before, narration first in the quote’s', 'Ana Ruiz announced the suit on Monday.\n\nIt rained. Then: “We are seeking a court order.”', ['Ana Ruiz acrossNarration']],
    ['not: the quote’s sentence opens its paragraph', 'Ana Ruiz announced the suit on Monday.\n\n“We are seeking a court order.”', ['Ana Ruiz']],
    ['not: named in the quote’s paragraph', 'It rained.\n\nAna Ruiz announced the suit. Then: “We are seeking a court order.”', ['Ana Ruiz']],
    ['not: the previous quote’s speaker', '“We won,” Ana Ruiz said.\n\nIt rained. Then: “We are seeking a court order.”', ['Ana Ruiz']],
    ['a group in general as the subject of a fragment', 'It rained. Critics want it “to be buried for good.”', ['Critics genericGroup']],
    ['not: a determiner before the group', 'It rained. The critics want it “to be buried for good.”', ['The critics']],
  ];
  for (const [what, text, expected] of CASES) it(what, () => assert.deepEqual(flagsOf(text), expected));
});
