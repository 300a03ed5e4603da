import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** One wink-nlp instance for the process: loading the model takes a while, using it does not. */
export const nlp = winkNLP(model);
const its = nlp.its;

const LONG_RUN = /\S{400}/g;

/**
 * wink-nlp slows down sharply on long stretches without whitespace (40 KB of "U.S." takes seconds),
 * so such stretches get a space every 400 characters. The length is kept, so offsets hold.
 */
function breakLongRuns(segment: string): string {
  return segment.replace(LONG_RUN, (run) => `${run.slice(0, -1)} `);
}

export interface Token {
  readonly start: number;
  readonly end: number;
  readonly value: string;
  /** Universal POS tag (PROPN, NOUN, VERB, PUNCT, ...). */
  readonly pos: string;
  /** Index of the sentence the token belongs to, within the analysed segment. */
  readonly sentence: number;
}

/**
 * Tokens of `segment` with offsets into the whole text (`offset` is where the segment starts).
 * wink keeps each token's text, so offsets are found by scanning forward, never guessed.
 */
export function tokenize(segment: string, offset = 0): Token[] {
  const doc = nlp.readDoc(breakLongRuns(segment));
  const values = doc.tokens().out(its.value);
  const pos = doc.tokens().out(its.pos);
  const sentenceOf: number[] = new Array<number>(values.length).fill(0);
  doc.sentences().each((s, i) => {
    const [first, last] = s.out(its.span) as unknown as [number, number];
    for (let t = first; t <= last; t++) sentenceOf[t] = i;
  });
  const tokens: Token[] = [];
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
