import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findQuotedSpans } from '../../src/annotate/quotes/01-marks.ts';
import { cueClosingSentence } from '../../src/annotate/quotes/12-sentence-end.ts';
import { nounSubjectOpening } from '../../src/annotate/quotes/noun-phrases.ts';
import { wordsOf } from '../../src/annotate/quotes/tokens.ts';
import { annotateQuotes, brief } from '../helpers/quotes.ts';

const quotedWords = (text: string): string[] =>
  findQuotedSpans(text, { start: 0, end: text.length }).map((q) => `${q.depth}:${text.slice(q.start, q.end)}`);

describe('findQuotedSpans: a straight mark closing a curly one', () => {
  const cases: readonly [string, string, readonly string[]][] = [
    ['curly open, straight close, then a straight quote', '“Not now," said Ana Ruiz. "We wait.”', ['0:Not now,', '0:We wait.']],
    ['straight open, curly close', '"Not now,” she said.', ['0:Not now,']],
    ['a straight mark inside a word is no close', '“He is 6"2 tall,” she said.', ['0:He is 6"2 tall,']],
    ['curly marks alone are unchanged', '“Yes,” she said, “later.”', ['0:Yes,', '0:later.']],
  ];
  for (const [name, text, expected] of cases) it(name, () => assert.deepEqual(quotedWords(text), expected));
});

describe('cueClosingSentence: the cue at the end of a sentence that goes on after the quote', () => {
  const cases: readonly [string, string, string | null][] = [
    ['subject then cue', '” for the victory, Sanders said. Next.', 'Sanders|said'],
    ['cue then subject and apposition', '” since most cases were close, said Jane Doe, a professor at Yale.', 'Jane Doe|said'],
    ['pronoun with a time word', '” because she won, he said Tuesday.', 'he|said'],
    ['a new sentence after the quote', '” Sanders said. Next.', null],
    ['no cue at the end', '” for the victory, and Sanders won.', null],
    ['a listener after the cue', '” for the victory, told the paper.', null],
  ];
  for (const [name, text, expected] of cases) {
    it(name, () => {
      const found = cueClosingSentence(text, text, 1, text.length);
      assert.equal(found ? `${found.phrase?.text}|${found.cue.text}` : null, expected);
    });
  }
});

describe('nounSubjectOpening: a determiner-led subject opening a clause', () => {
  const cases: readonly [string, string | null][] = [
    ['The employee said', 'The employee'],
    ['One employee at a software firm declined', 'One employee'],
    ['the document, which', 'the document'],
    ['Officials said', null],
    ['Smith said', null],
    ['The Smith campaign’s ad said', 'The Smith campaign’s ad'],
  ];
  for (const [text, expected] of cases) {
    it(text, () => {
      const words = wordsOf(text, 0, text.length);
      assert.equal(nounSubjectOpening(words, 0, words.length)?.text ?? null, expected);
    });
  }
});

describe('speakers found by this round on whole texts', () => {
  const cases: readonly [string, string, string][] = [
    ['a subject-less “adding” shares the quote before', 'Ana Ruiz spoke first. “We are not linked to them,” she said, adding, “We are grateful for their support.”', 'direct|Ana Ruiz*|We are grateful for their support.'],
    ['“adding that” after a partial quote shares the clause subject', 'Jane Doe said that only one candidate “can still win this race,” adding that this is why rivals “attack us every single day.”', 'partial|Jane Doe|attack us every single day.'],
    ['mixed marks close at the straight one', '“Not at this point, I think," said Mayor Tom Hale. "We have made mistakes for fifty years.”', 'direct|Tom Hale|We have made mistakes for fifty years.'],
    ['the cue ends the sentence the quote is in', '“The evidence is strong that their account is credible” than the chief’s, Mark Lowe said.', 'direct|Mark Lowe|The evidence is strong that their account is credible'],
    ['“it” stands for the report before', 'The report was released on Monday. It said that officials had concealed the breaches from the committee.', 'indirect|The report*|officials had concealed the breaches from the committee'],
    ['a noun subject shares a participle cue', 'The former director criticised the plan on Tuesday, noting that the costs “would double within a year.”', 'partial|The former director|would double within a year.'],
  ];
  for (const [name, text, expected] of cases) {
    it(name, () => assert.ok(annotateQuotes(text).quotes.map(brief).includes(expected), annotateQuotes(text).quotes.map(brief).join('\n')));
  }
  it('“it” with nothing it could stand for gets no speaker', () => {
    const quotes = annotateQuotes('Rain fell all day. It said nothing about the storm that people needed to know.').quotes;
    assert.ok(quotes.every((q) => q.speaker === null), quotes.map(brief).join('\n'));
  });
});
