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

function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 160 || (code > 255 && /\s/.test(String.fromCharCode(code)));
}

function isLetterOrDigit(code: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  if (code >= 0xd800 && code <= 0xdbff) return true; // the first half of a letter outside the BMP
  return LETTER_OR_DIGIT.test(String.fromCharCode(code));
}

const SPACE = 1;
const LETTER_OR_DIGIT_KIND = 2;
const OTHER = 0;

function charKind(code: number): number {
  if (isSpace(code)) return SPACE;
  return isLetterOrDigit(code) ? LETTER_OR_DIGIT_KIND : OTHER;
}

/** The kind of every Latin-1 character, looked up instead of tested: most text is made of them. */
const LATIN1_KINDS = Uint8Array.from({ length: 256 }, (_, code) => charKind(code));

/** Whitespace-separated words that hold a letter or a digit (one pass: every detector asks). */
export function wordCount(s: string): number {
  let count = 0;
  let counted = false;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    const kind = code < 256 ? LATIN1_KINDS[code] : charKind(code);
    if (kind === SPACE) counted = false;
    else if (!counted && kind === LETTER_OR_DIGIT_KIND) {
      count++;
      counted = true;
    }
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
