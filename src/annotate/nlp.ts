import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { AnnotatedArticle, Span, Token } from '../model.ts';

export type { Token } from '../model.ts';

/**
 * One wink-nlp instance for the process: loading the model takes a while, using it does not. Only
 * sentence boundaries and POS tags are used, so wink's own NER, negation and sentiment stay off
 * (three times faster, same tokens, tags and sentences).
 */
export const nlp = winkNLP(model, ['sbd', 'pos']);
const its = nlp.its;

const LONG_RUN = /\S{400}/g;

/**
 * wink-nlp slows down sharply on long stretches without whitespace (40 KB of "U.S." takes seconds),
 * so such stretches get a space every 400 characters. The length is kept, so offsets hold.
 */
function breakLongRuns(segment: string): string {
  return segment.replace(LONG_RUN, (run) => `${run.slice(0, -1)} `);
}

/** A token with the index of the sentence it belongs to, within the analysed segment. */
export interface SegmentToken extends Token {
  readonly sentence: number;
}

/**
 * Tokens of `segment` with offsets into the whole text (`offset` is where the segment starts).
 * wink keeps each token's text, so offsets are found by scanning forward, never guessed.
 */
export function tokenize(segment: string, offset = 0): SegmentToken[] {
  const doc = nlp.readDoc(breakLongRuns(segment));
  const values = doc.tokens().out(its.value);
  const pos = doc.tokens().out(its.pos);
  const sentenceOf: number[] = new Array<number>(values.length).fill(0);
  doc.sentences().each((s, i) => {
    const [first, last] = s.out(its.span) as unknown as [number, number];
    for (let t = first; t <= last; t++) sentenceOf[t] = i;
  });
  const tokens: SegmentToken[] = [];
  let cursor = 0;
  values.forEach((value, i) => {
    const at = segment.indexOf(value, cursor);
    if (at < 0) return;
    cursor = at + value.length;
    tokens.push({
      start: offset + at,
      end: offset + cursor,
      value,
      pos: pos[i] ?? 'X',
      sentence: sentenceOf[i] ?? 0,
    });
  });
  return tokens;
}

/** Index of the first token that starts at or after `offset` (binary search). */
function firstTokenAt(tokens: readonly Token[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((tokens[mid] as Token).start < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * The tokens inside `span`: taken from the article's token layer when the sentences stage made
 * one, else made now (an article read back from the store has no token layer).
 */
export function tokensIn(article: AnnotatedArticle, span: Span): readonly Token[] {
  if (article.tokens.length === 0) return tokenize(article.text.slice(span.start, span.end), span.start);
  const from = firstTokenAt(article.tokens, span.start);
  let to = from;
  while (to < article.tokens.length && (article.tokens[to] as Token).end <= span.end) to++;
  return article.tokens.slice(from, to);
}
