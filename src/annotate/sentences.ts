import type { Sentence, Span, Token } from '../model.ts';
import type { ArticleStage } from '../pipeline/stage.ts';
import { trimSpan } from '../span.ts';
import { analyse } from './nlp.ts';

const HAS_LETTER_OR_DIGIT = /\p{L}|\p{N}/u;

/** Non-empty lines of the text; each is a paragraph (wink ignores single line breaks). */
export function lineSpans(text: string): Span[] {
  const spans: Span[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const span = trimSpan(text, { start: m.index, end: m.index + m[0].length });
    if (span.end > span.start) spans.push(span);
  }
  return spans;
}

/** The parts of `span` that no excluded span covers. */
export function subtract(span: Span, excluded: readonly Span[]): Span[] {
  let parts: Span[] = [span];
  for (const cut of excluded) {
    parts = parts.flatMap((p) =>
      cut.end <= p.start || cut.start >= p.end
        ? [p]
        : [
            { start: p.start, end: Math.max(p.start, cut.start) },
            { start: Math.min(p.end, cut.end), end: p.end },
          ].filter((q) => q.end > q.start),
    );
  }
  return parts;
}

/** Sentences and tokens of one stretch of text, as wink-nlp reads it, with offsets into the whole text. */
export function sentencesOf(text: string, span: Span, paragraph: number): { sentences: Sentence[]; tokens: readonly Token[] } {
  const { tokens, sentenceEnds } = analyse(text.slice(span.start, span.end), span.start);
  const sentences: Sentence[] = [];
  let first = 0;
  for (const last of sentenceEnds) {
    sentences.push({ start: (tokens[first] as Token).start, end: (tokens[last] as Token).end, paragraph });
    first = last + 1;
  }
  return { sentences, tokens };
}

/**
 * Splits the content (what is neither boilerplate nor the title) into lines, then sentences, and
 * keeps the tokens for the stages after it.
 */
export const splitSentences: ArticleStage = {
  name: 'sentences',
  run(article) {
    const excluded = [...article.removed, ...(article.titleSpan ? [article.titleSpan] : [])];
    const sentences: Sentence[] = [];
    const tokens: Token[] = [];
    let paragraph = 0;
    for (const line of lineSpans(article.text)) {
      const parts = subtract(line, excluded)
        .map((p) => trimSpan(article.text, p))
        .filter((p) => HAS_LETTER_OR_DIGIT.test(article.text.slice(p.start, p.end)));
      if (parts.length === 0) continue;
      for (const part of parts) {
        const read = sentencesOf(article.text, part, paragraph);
        for (const sentence of read.sentences) sentences.push(sentence);
        for (const token of read.tokens) tokens.push(token);
      }
      paragraph++;
    }
    return { ...article, sentences, tokens };
  },
};
