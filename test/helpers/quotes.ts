import assert from 'node:assert/strict';
import { it } from 'node:test';
import { splitSentences } from '../../src/annotate/sentences.ts';
import { findQuotes, ruleQuotes } from '../../src/annotate/quotes/index.ts';
import type { Word } from '../../src/annotate/quotes/tokens.ts';
import type { AnnotatedArticle, Quote } from '../../src/model.ts';
import { emptyArticle, runArticleStages } from '../../src/pipeline/run.ts';

export const ctx = { now: '2025-06-01T00:00:00Z' };

/** A text through sentences and quotes only. */
export const annotateQuotes = (text: string): AnnotatedArticle =>
  runArticleStages(emptyArticle({ id: 't', path: 't.txt', text }), [splitSentences, findQuotes], ctx);

/** "kind|speaker|text" (speaker "-" when null, "*" when inferred). */
export const brief = (q: Quote): string =>
  `${q.kind}|${q.speaker ? q.speaker.name + (q.speaker.inferred ? '*' : '') : '-'}|${q.text}`;

/** The speakers of a text's quotes: "-" for none, "*" after an inferred one. */
export const speakersOf = (text: string): string[] =>
  annotateQuotes(text).quotes.map((q) => (q.speaker ? q.speaker.name + (q.speaker.inferred ? '*' : '') : '-'));

/** Asserts the speakers of a text's quotes (see `speakersOf`), listing every quote when they differ. */
export const checkSpeakers = (text: string, expected: readonly string[]): void =>
  assert.deepEqual(speakersOf(text), expected, annotateQuotes(text).quotes.map(brief).join('\n'));

/** One test per row of a table of [what, text, expected speakers], named `${prefix}${what}`. */
export function speakerTests(rows: readonly (readonly [string, string, readonly string[]])[], prefix = ''): void {
  for (const [what, text, expected] of rows) it(`${prefix}${what}`, () => checkSpeakers(text, expected));
}

/** The quotes and chooser context the rules give for a text (sentences only, no chooser). */
export const rules = (text: string): ReturnType<typeof ruleQuotes> =>
  ruleQuotes(runArticleStages(emptyArticle({ id: 't', path: 't.txt', text }), [splitSentences], ctx));

/** The masked words of the first sentence of `text`, its article's verb test and its quotes. */
export function firstSentence(text: string): { words: readonly Word[]; isVerb: (w: Word) => boolean; quotes: Quote[] } {
  const { context, quotes } = rules(text);
  return { words: context.words.inMasked[0] ?? [], isVerb: context.isVerb, quotes };
}

/** Index of the first word spelled `lower`. */
export const wordIndex = (words: readonly Word[], lower: string): number => words.findIndex((w) => w.lower === lower);
