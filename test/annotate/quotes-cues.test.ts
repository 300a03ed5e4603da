import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findQuotes, withClauseSpeakers } from '../../src/annotate/quotes/index.ts';
import type { Quote } from '../../src/model.ts';
import { annotateQuotes, brief, ctx } from '../helpers/quotes.ts';
import { timeGuardTests } from '../helpers/time-guard.ts';

const quotesOf = (text: string): string[] => annotateQuotes(text).quotes.map(brief);

describe('reported speech: cues set off by commas', () => {
  const cases: readonly [string, string, string[]][] = [
    ['a title before the closing subject', 'That criticism was often warranted, Mr. Sykes said.', ['indirect|Sykes|That criticism was often warranted']],
    ['a parenthetical cue: the whole sentence', 'Many of the closures, Mr. Smith said, have involved public and private courses.', ['indirect|Smith|Many of the closures, Mr. Smith said, have involved public and private courses']],
    ['a participle after the cue: the words before it', 'Sales fell sharply in the spring, Jane Doe said, adding that the shops would reopen.', ['indirect|Jane Doe|Sales fell sharply in the spring', 'indirect|Jane Doe|the shops would reopen']],
    ['an inverted cue inside the sentence', 'The race will be tight, said Dan Roe, a pollster, who expects a long night.', ['indirect|Dan Roe|The race will be tight']],
  ];
  for (const [name, text, expected] of cases) it(name, () => assert.deepEqual(quotesOf(text), expected));
  it('no content before the cue: nothing', () => {
    assert.deepEqual(quotesOf('Yes, Jane Doe said, smiling.'), []);
  });
});

describe('reported speech: clauses without "that"', () => {
  const cases: readonly [string, string, string[]][] = [
    ['an irregular past verb', 'Sanders says millions lost their homes because of greed.', ['indirect|Sanders|millions lost their homes because of greed']],
    ['a subject with a preposition', 'Jane Doe said members of the Supreme Court shouldn’t weigh in on elections.', ['indirect|Jane Doe|members of the Supreme Court shouldn’t weigh in on elections']],
    ['a cue verb as the clause verb', 'The source said Jane Doe demanded to know who leaked it.', ['indirect|The source|Jane Doe demanded to know who leaked it']],
  ];
  for (const [name, text, expected] of cases) it(name, () => assert.deepEqual(quotesOf(text), expected));
  const negative: readonly [string, string][] = [
    ['a listener and a month ("May" is no verb)', 'Jane Doe told Bloomberg in late May.'],
    ['a noun after a possessive is no verb', 'Bill Roe could add another job title to his resume next year.'],
    ['a cue form after an article is an adjective', 'The added security was welcome in the city.'],
    ['an infinitive is no finite verb', 'She reiterated her refusal to allow troops on the base.'],
  ];
  for (const [name, text] of negative) it(`no clause: ${name}`, () => assert.deepEqual(quotesOf(text).filter((q) => q.startsWith('indirect')), []));
});

describe('partial quotes inside a reported clause', () => {
  it('withClauseSpeakers leaves quotes outside the clause and quotes with a speaker alone', () => {
    const q = (start: number, end: number, kind: Quote['kind'], speaker: string | null): Quote =>
      ({ start, end, text: '', kind, speaker: speaker === null ? null : { name: speaker, inferred: false }, by: 'quotes', inferred: false });
    const out = withClauseSpeakers([q(0, 50, 'indirect', 'Ann'), q(10, 20, 'partial', null), q(30, 40, 'partial', 'Bob'), q(60, 70, 'partial', null)]);
    assert.deepEqual(out.map((x) => x.speaker?.name ?? null), ['Ann', 'Ann', 'Bob', null]);
    assert.equal(out[1]?.speaker?.inferred, true);
  });
});

describe('new cues: time guard', () => {
  const lines: Record<string, string> = {
    parenthetical: 'Sales fell, Jane Doe said, and the plan, said Bob Roe, was dead, '.repeat(3_100),
    bare: 'Smith said members of the team in the city of the state said voters of the county were out '.repeat(2_200),
  };
  timeGuardTests(lines, (article) => findQuotes.run(article, ctx));
});
