import type { Sentence, Span, Token } from '../model.ts';
import type { ArticleStage } from '../pipeline/stage.ts';
import { trimSpan } from '../span.ts';
import { analyse } from './nlp.ts';
import { TITLE_ABBREVIATIONS } from '../lexicon/abbreviations.ts';

const HAS_LETTER_OR_DIGIT = /\p{L}|\p{N}/u;

/** Non-empty lines of the text; each is a paragraph (wink ignores single line breaks). */
export function lineSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (let start = 0; start < text.length; ) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    const span = trimSpan(text, { start, end });
    if (span.end > span.start) spans.push(span);
    start = end + 1;
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

const ENDS_WITH_TITLE = /\b(\p{Lu}\p{Ll}{1,4})\.$/u;
/** "(D-Calif.)", "D.C.": an abbreviation, or a question or exclamation inside quotation marks. */
const ENDS_WITHOUT_FULL_STOP = /(?:\b\p{Lu}[\p{L}.-]{0,6}\.\)?|[?!]["”’'])$/u;
const STARTS_LOWER = /^["“'‘(]?\p{Ll}/u;
/** What never starts a sentence: closing or joining punctuation ("(R-Fla.)" before ", who said"). */
const STARTS_WITH_CLOSING = /^[),;:\]]/u;
/** A bracket opened in the last few characters and not closed: "Rep. Ana Ruiz (D-N." */
const ENDS_IN_SHORT_BRACKET = /\([^()\n]{0,24}$/u;
/** A bracket closed in the first few characters: "Y.) said". */
const STARTS_IN_SHORT_BRACKET = /^[^()\n]{0,24}\)/u;
const STARTS_WITH_LOWER_LETTER = /^\p{Ll}/u;

/** True when the break falls inside a short bracket: "(D-N." and "Y.) said". */
export function splitsShortBracket(before: string, after: string): boolean {
  return ENDS_IN_SHORT_BRACKET.test(before) && STARTS_IN_SHORT_BRACKET.test(after);
}

/** True when the break falls inside a word, no space after the period: "Breitbart." and "com". */
export function splitsWord(text: string, before: Span, after: Span): boolean {
  return before.end === after.start && STARTS_WITH_LOWER_LETTER.test(text.slice(after.start, after.start + 1));
}

/**
 * A sentence break wink made too early: after a title ("Const. Ana Ruiz"); before a lowercase
 * word when what precedes is an abbreviation or a quoted question ("“...?” and he answered");
 * before a comma or closing bracket; inside a short bracket ("(D-N.Y.)") or inside a word.
 */
export function isFalseBreak(text: string, before: Span, after: Span): boolean {
  const end = text.slice(before.start, before.end);
  const title = ENDS_WITH_TITLE.exec(end)?.[1];
  if (title !== undefined && TITLE_ABBREVIATIONS.has(title)) return true;
  const start = text.slice(after.start, Math.min(after.end, after.start + 32));
  if (STARTS_WITH_CLOSING.test(start) || splitsShortBracket(end.slice(-32), start) || splitsWord(text, before, after)) return true;
  return ENDS_WITHOUT_FULL_STOP.test(end) && STARTS_LOWER.test(start);
}

/** Joins the sentences of one stretch that a false break split. */
export function joinFalseBreaks(text: string, sentences: readonly Sentence[]): Sentence[] {
  const joined: Sentence[] = [];
  for (const sentence of sentences) {
    const last = joined[joined.length - 1];
    if (last && isFalseBreak(text, last, sentence)) joined[joined.length - 1] = { ...last, end: sentence.end };
    else joined.push(sentence);
  }
  return joined;
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
  return { sentences: joinFalseBreaks(text, sentences), tokens };
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
