import type { AnnotatedArticle, Span } from '../model.ts';
import { lineSpans } from '../annotate/sentences.ts';
import { contains } from '../span.ts';

/** A non-empty line of the text, trimmed, with its offsets and its position among all lines. */
export interface Line extends Span {
  readonly text: string;
  readonly index: number;
  /** Its `wordCount`, counted once: most detectors dismiss lines longer than what they look for. */
  readonly words: number;
}

function linesOf(text: string): readonly Line[] {
  return lineSpans(text).map((span, index) => {
    const lineText = text.slice(span.start, span.end);
    return { start: span.start, end: span.end, text: lineText, index, words: wordCount(lineText) };
  });
}

/** The lines of the text read last: the extract stages all read the lines of the same article. */
let lastLines: { readonly text: string; readonly lines: readonly Line[] } | null = null;

/** Every non-empty line of `text`, trimmed (the same array for the same text: never change it). */
export function textLines(text: string): readonly Line[] {
  if (lastLines?.text !== text) lastLines = { text, lines: linesOf(text) };
  return lastLines.lines;
}

/** True when some span covers the whole line. */
export function isCovered(line: Span, spans: readonly Span[]): boolean {
  return spans.some((s) => contains(s, line));
}

/** The lines that neither removed boilerplate nor the title line cover. */
export function contentLines(article: AnnotatedArticle): Line[] {
  const excluded = [...article.removed, ...(article.titleSpan ? [article.titleSpan] : [])];
  return textLines(article.text).filter((line) => !isCovered(line, excluded));
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

const OTHER = 0;
const SPACE = 1;
const LETTER_OR_DIGIT_KIND = 2;
const UNKNOWN = 4;

function charKind(code: number): number {
  const char = String.fromCharCode(code);
  if (/\s/.test(char)) return SPACE;
  if (code >= 0xd800 && code <= 0xdbff) return LETTER_OR_DIGIT_KIND; // the first half of a letter outside the BMP
  return LETTER_OR_DIGIT.test(char) ? LETTER_OR_DIGIT_KIND : OTHER;
}

/** The kind of every UTF-16 code unit, looked up instead of tested: filled the first time one is met. */
const KINDS = new Uint8Array(0x10000).fill(UNKNOWN);

/** Classifies a code unit met for the first time and remembers its kind. */
function learnKind(code: number): number {
  const kind = charKind(code);
  KINDS[code] = kind;
  return kind;
}

/**
 * Whether a character is a letter or a digit (\p{L} or \p{N}): those of the Basic Multilingual
 * Plane from the same table, those beyond it (rare) by the pattern.
 */
export function isLetterOrDigit(codePoint: number): boolean {
  if (codePoint > 0xffff) return LETTER_OR_DIGIT.test(String.fromCodePoint(codePoint));
  if (codePoint >= 0xd800 && codePoint <= 0xdfff) return false;
  let kind = KINDS[codePoint] ?? UNKNOWN;
  if (kind === UNKNOWN) kind = learnKind(codePoint);
  return kind === LETTER_OR_DIGIT_KIND;
}

/**
 * Whitespace-separated words that hold a letter or a digit (one pass: every detector asks). A word
 * is counted at its first letter or digit after a space; the loop runs on every character of every
 * line, so it adds and masks the kind's bits instead of branching on them (branches on the kind of
 * each character mispredict, and made this loop twice as slow).
 */
export function wordCount(s: string): number {
  let count = 0;
  let inWord = 0;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    let kind = KINDS[code] ?? UNKNOWN;
    if (kind === UNKNOWN) kind = learnKind(code);
    const letterOrDigit = kind >> 1;
    count += letterOrDigit & (inWord ^ 1);
    inWord = (inWord | letterOrDigit) & ((kind & SPACE) ^ 1);
  }
  return count;
}

/** Ends like a sentence: final . ! ? or … possibly followed by closing quotes or brackets. */
export function endsLikeSentence(s: string): boolean {
  return /[.!?…]["'”’)\]]{0,3}$/.test(s.trim());
}

/** A line of running text: several words ending like a sentence. */
export function isProse(s: string, words = wordCount(s)): boolean {
  return words >= 8 && endsLikeSentence(s);
}
