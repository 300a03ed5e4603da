import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitSentences } from '../../src/annotate/sentences.ts';
import { findQuotes } from '../../src/annotate/quotes/index.ts';
import type { AnnotatedArticle } from '../../src/model.ts';
import { timeGuardTests } from '../helpers/time-guard.ts';
import { speakerTests } from '../helpers/quotes.ts';
import { emptyArticle, runArticleStages } from '../../src/pipeline/run.ts';

const ctx = { now: '2025-06-01T00:00:00Z' };
const annotate = (text: string): AnnotatedArticle =>
  runArticleStages(emptyArticle({ id: 't', path: 't.txt', text }), [splitSentences, findQuotes], ctx);

const NO_QUOTES: readonly [string, string][] = [
  ['apostrophes', 'Trump’s offer and the countries’ relationship don’t change; it\'s Smith\'s view.'],
  ['a headline list', 'READ NEXT\n- “I Always Thought I Knew the Symptoms”: Mother Shares Devastating Loss\n- “We Came and Performed When Asked”: Singer Responds to Backlash'],
  ['a related headline', 'IMF Predicts Recession Due to Tariffs; Minister Rejects Forecast and Defends “Plan Mexico”'],
  ['a short scare quote without a cue', 'The so-called “peace plan” was unveiled on Monday.'],
  ['unbalanced marks', 'He measured 5\' 11" and left "early.'],
  ['a noun that looks like a cue', 'The report that the army would come was denied by nobody in particular.'],
];

describe('findQuotes: negative cases', () => {
  for (const [name, text] of NO_QUOTES) {
    it(`no quote: ${name}`, () => {
      assert.deepEqual(annotate(text).quotes.map((q) => q.text), []);
    });
  }

  it('no speaker rather than a wrong one: a pronoun with nobody to refer to', () => {
    const [quote] = annotate('“This is unacceptable and we will fight it,” they said.').quotes;
    assert.equal(quote?.speaker, null);
  });

  it('quotes inside removed boilerplate are ignored', () => {
    const text = 'Caption: “Smiling for the cameras today,” said Bob Ray.\n“We won the vote today,” said Ann Lee.';
    const base = emptyArticle({ id: 't', path: 't', text });
    const article = runArticleStages({ ...base, removed: [{ start: 0, end: text.indexOf('\n'), reason: 'caption', by: 'test' }] }, [splitSentences, findQuotes], ctx);
    assert.deepEqual(article.quotes.map((q) => q.speaker?.name), ['Ann Lee']);
  });
});

describe('findQuotes: a capitalised word that is no name is no speaker', () => {
  speakerTests([
    ['an adverb opening the attribution', '"It is over," Ultimately said the chair.', ['-']],
    ['a participle opening the attribution', '"It is over," Noting said the chair.', ['-']],
  ]);
  speakerTests([['a surname the tagger may read as a verb', 'Lynch spoke first. "It is over," Lynch said.', ['Lynch']]], 'kept: ');
});

describe('findQuotes: time guard', () => {
  const lines: Record<string, string> = {
    straight: '"a \''.repeat(50_000),
    curly: '“‘Said Aaa ’'.repeat(18_200),
    caps: 'Said Aaa Bbb Ccc said that '.repeat(7_500),
    mixed: 'He said, “We will,” she said that the president told reporters. '.repeat(3_100),
    nested: '«„“‘‹'.repeat(40_000),
  };
  timeGuardTests(lines, (article) => findQuotes.run(article, ctx));
});
