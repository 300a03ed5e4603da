import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { AnnotatedArticle, Span, Token } from '../model.ts';
import { firstStartingAt } from '../span.ts';

export type { Token } from '../model.ts';

/**
 * One wink-nlp instance for the process: loading the model takes a while, using it does not. Only
 * sentence boundaries and POS tags are used, so wink's own NER, negation and sentiment stay off
 * (three times faster, same tokens, tags and sentences).
 */
export const nlp = winkNLP(model, ['sbd', 'pos']);
const its = nlp.its;

const LONG_RUN = /\S{400}/g;

/** True when some stretch of `segment` has 400 characters without whitespace (one linear pass). */
function hasLongRun(segment: string): boolean {
  if (segment.length < 400) return false;
  let run = 0;
  for (let i = 0; i < segment.length; i++) {
    const c = segment.charCodeAt(i);
    run = c === 32 || c === 9 || c === 10 || c === 13 || c === 160 ? 0 : run + 1;
    if (run >= 400) return true;
  }
  return false;
}

/**
 * wink-nlp slows down sharply on long stretches without whitespace (40 KB of "U.S." takes seconds),
 * so such stretches get a space every 400 characters. The length is kept, so offsets hold.
 */
function breakLongRuns(segment: string): string {
  return hasLongRun(segment) ? segment.replace(LONG_RUN, (run) => `${run.slice(0, -1)} `) : segment;
}

/** What wink-nlp reads in a stretch of text: its tokens, and where each sentence ends. */
export interface Analysis {
  readonly tokens: readonly Token[];
  /** For each sentence, the index in `tokens` of its last token. */
  readonly sentenceEnds: readonly number[];
}

/**
 * Tokens and sentences of `segment`, with offsets into the whole text (`offset` is where the
 * segment starts). wink keeps each token's text, so offsets are found by scanning forward.
 */
export function analyse(segment: string, offset = 0): Analysis {
  const doc = nlp.readDoc(breakLongRuns(segment));
  const values = doc.tokens().out(its.value);
  const pos = doc.tokens().out(its.pos);
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  const tokens: Token[] = [];
  const sentenceEnds: number[] = [];
  let cursor = 0;
  let sentence = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] as string;
    const at = segment.indexOf(value, cursor);
    if (at >= 0) {
      cursor = at + value.length;
      tokens.push({ start: offset + at, end: offset + cursor, value, pos: pos[i] ?? 'X' });
    }
    const last = spans[sentence]?.[1];
    if (last !== undefined && i >= last) {
      if (tokens.length > 0 && sentenceEnds[sentenceEnds.length - 1] !== tokens.length - 1) sentenceEnds.push(tokens.length - 1);
      sentence++;
    }
  }
  return { tokens, sentenceEnds };
}

/** The tokens of `segment`, with offsets into the whole text. */
export function tokenize(segment: string, offset = 0): readonly Token[] {
  return analyse(segment, offset).tokens;
}

/**
 * The tokens inside `span`: taken from the article's token layer when the sentences stage made
 * one, else made now (an article read back from the store has no token layer).
 */
export function tokensIn(article: AnnotatedArticle, span: Span): readonly Token[] {
  if (article.tokens.length === 0) return tokenize(article.text.slice(span.start, span.end), span.start);
  const from = firstStartingAt(article.tokens, span.start);
  let to = from;
  while (to < article.tokens.length && (article.tokens[to] as Token).end <= span.end) to++;
  return article.tokens.slice(from, to);
}
