import type { Span, Token } from '../../model.ts';
import { indexStartingAt } from '../../span.ts';
import { NAME_ABBREVIATIONS } from '../../lexicon/abbreviations.ts';
import { endsPossessive, withoutPossessive } from '../../lexicon/key.ts';

/** A word or a punctuation mark of a stretch of text, with offsets into the whole text. */
export interface Word extends Span {
  readonly text: string;
  readonly lower: string;
  /** Starts with a capital letter. */
  readonly cap: boolean;
  readonly isWord: boolean;
}

/** What stands in for quoted words in a masked text: never a word, never punctuation we match. */
export const MASK = '\u25a1';
/** Words that end a sentence for the attribution patterns (a masked quote ends one too). */
export const SENTENCE_END: ReadonlySet<string> = new Set(['.', '!', '?', MASK]);

/** Abbreviations by their first letter, for the scan below. */
const ABBREVIATIONS_BY_INITIAL = new Map<string, string[]>();
for (const a of NAME_ABBREVIATIONS) {
  const initial = a.charAt(0);
  ABBREVIATIONS_BY_INITIAL.set(initial, [...(ABBREVIATIONS_BY_INITIAL.get(initial) ?? []), a]);
}

const SPACE = 0;
const OTHER = 1;
const NUMBER = 2;
const LOWER = 3;
/** Letters other than upper-case ones are LOWER; only `UPPER` counts as a capital. */
const UPPER = 4;
type CharClass = typeof SPACE | typeof OTHER | typeof NUMBER | typeof LOWER | typeof UPPER;

const SPACE_RE = /^\s$/u;
const UPPER_RE = /^\p{Lu}$/u;
const LETTER_RE = /^\p{L}$/u;
const NUMBER_RE = /^\p{N}$/u;
const classes = new Map<number, CharClass>();

function classify(code: number): CharClass {
  const char = String.fromCodePoint(code);
  if (SPACE_RE.test(char)) return SPACE;
  if (UPPER_RE.test(char)) return UPPER;
  if (LETTER_RE.test(char)) return LOWER;
  return NUMBER_RE.test(char) ? NUMBER : OTHER;
}

/** The class of a code point as the Unicode regex classes see it (`\s`, `\p{Lu}`, `\p{L}`, `\p{N}`). */
function classOf(code: number): CharClass {
  if (code < 128) {
    if ((code >= 97 && code <= 122)) return LOWER;
    if (code >= 65 && code <= 90) return UPPER;
    if (code >= 48 && code <= 57) return NUMBER;
    return code === 32 || (code >= 9 && code <= 13) ? SPACE : OTHER;
  }
  let known = classes.get(code);
  if (known === undefined) classes.set(code, (known = classify(code)));
  return known;
}

const isLetter = (c: CharClass): boolean => c === LOWER || c === UPPER;
const isWordChar = (c: CharClass): boolean => c >= NUMBER;

/** The code point at `i`, a surrogate pair only when both halves are before `end`. */
function codeAt(text: string, i: number, end: number): number {
  const code = text.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdbff && i + 1 < end) {
    const low = text.charCodeAt(i + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return (code - 0xd800) * 0x400 + low - 0xdc00 + 0x10000;
  }
  return code;
}

/** The code point ending right before `i`, none (-1) before `start`. */
function codeBefore(text: string, i: number, start: number): number {
  if (i <= start) return -1;
  const low = text.charCodeAt(i - 1);
  if (low >= 0xdc00 && low <= 0xdfff && i - 2 >= start) {
    const high = text.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return (high - 0xd800) * 0x400 + low - 0xdc00 + 0x10000;
  }
  return low;
}

const width = (code: number): number => (code > 0xffff ? 2 : 1);
const PERIOD = 46;
const HYPHEN = 45;
const APOSTROPHE = 39;
const RIGHT_SINGLE_QUOTE = 0x2019;
const MASK_CODE = 0x25a1;

/** "Mr." at `i` (not inside a word, a space after the period): its end, else -1. */
function abbreviationEnd(text: string, i: number, start: number, end: number): number {
  const candidates = ABBREVIATIONS_BY_INITIAL.get(text.charAt(i));
  if (!candidates) return -1;
  const before = codeBefore(text, i, start);
  if (before >= 0 && isWordChar(classOf(before))) return -1;
  for (const a of candidates) {
    const period = i + a.length;
    if (period + 1 < end && text.startsWith(a, i) && text.charCodeAt(period) === PERIOD && classOf(codeAt(text, period + 1, end)) === SPACE) return period + 1;
  }
  return -1;
}

/** "U.S." at `i` (a capital, then one to four ".X", then an optional period): its end, else -1. */
function initialismEnd(text: string, i: number, end: number): number {
  let j = i + width(codeAt(text, i, end));
  let count = 0;
  while (count < 4 && j + 1 < end && text.charCodeAt(j) === PERIOD) {
    const next = codeAt(text, j + 1, end);
    if (classOf(next) !== UPPER) break;
    j += 1 + width(next);
    count++;
  }
  if (count === 0) return -1;
  return j < end && text.charCodeAt(j) === PERIOD ? j + 1 : j;
}

/**
 * A middle initial at `i` ("J." in "Benjamin J. Rhodes"): a lone capital and its period between
 * two capitalised words, each a single space away. Its end, else -1.
 */
function middleInitialEnd(text: string, i: number, start: number, end: number): number {
  const period = i + 1;
  if (period + 2 >= end || text.charCodeAt(period) !== PERIOD || text.charCodeAt(period + 1) !== 32) return -1;
  if (classOf(codeAt(text, period + 2, end)) !== UPPER || i - 2 < start || text.charCodeAt(i - 1) !== 32) return -1;
  let first = i - 2;
  while (first > start && classOf(text.charCodeAt(first)) === LOWER) first--;
  const opensWord = first === start || !isWordChar(classOf(codeBefore(text, first, start)));
  return first < i - 2 && classOf(text.charCodeAt(first)) === UPPER && opensWord ? period + 1 : -1;
}

/** A word from `i`: letters, digits, inner hyphens and apostrophes, and periods before a letter. */
function wordEnd(text: string, i: number, end: number): number {
  let j = i + width(codeAt(text, i, end));
  while (j < end) {
    const code = codeAt(text, j, end);
    if (isWordChar(classOf(code)) || code === HYPHEN || code === APOSTROPHE || code === RIGHT_SINGLE_QUOTE) j += width(code);
    else if (code === PERIOD && j + 1 < end && isLetter(classOf(codeAt(text, j + 1, end)))) j++;
    else break;
  }
  return j;
}

/** End of the token starting at `i` (a non-space code point) whose class is `c`. */
function tokenEnd(text: string, i: number, start: number, end: number, c: CharClass, code: number): number {
  if (c === UPPER) {
    const abbreviation = code < 128 ? abbreviationEnd(text, i, start, end) : -1;
    if (abbreviation >= 0) return abbreviation;
    const initialism = initialismEnd(text, i, end);
    if (initialism >= 0) return initialism;
    const initial = code < 128 ? middleInitialEnd(text, i, start, end) : -1;
    if (initial >= 0) return initial;
  }
  if (isWordChar(c)) return wordEnd(text, i, end);
  let j = i + width(code);
  if (code === MASK_CODE) while (j < end && text.charCodeAt(j) === MASK_CODE) j++;
  return j;
}

/** False when `text.slice(from, to)` is ASCII without capitals: lower-casing leaves it as it is (and costs a call). */
function mayChangeCase(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const code = text.charCodeAt(k);
    if (code >= 128 || (code >= 65 && code <= 90)) return true;
  }
  return false;
}

/**
 * The words of `text.slice(start, end)`, as if that slice were the whole text: abbreviated titles
 * with their period ("Mr."), initialisms ("U.S."), words with inner apostrophes / hyphens / dots,
 * masked runs, and every other non-space character alone. Linear: one pass, no backtracking.
 */
export function wordsOf(text: string, start: number, end: number): Word[] {
  const words: Word[] = [];
  let i = start;
  while (i < end) {
    const code = codeAt(text, i, end);
    const c = classOf(code);
    if (c === SPACE) {
      i += width(code);
      continue;
    }
    const j = tokenEnd(text, i, start, end, c, code);
    const value = text.slice(i, j);
    const lower = mayChangeCase(text, i, j) ? value.toLowerCase() : value;
    words.push({ start: i, end: j, text: value, lower, cap: c === UPPER, isWord: isWordChar(c) });
    i = j;
  }
  return words;
}

/** "Smith’s" -> true: a possessive is never the subject of a cue. */
export function isPossessive(word: Word): boolean {
  return word.text.length > 2 && endsPossessive(word.text);
}

/** The word without a possessive ending ("France’s" -> "France"). */
export function bare(word: Word): string {
  return withoutPossessive(word.text);
}

/** Replaces the given spans of `text` (same length) so that patterns cannot reach into them. */
export function maskSpans(text: string, spans: readonly Span[]): string {
  if (spans.length === 0) return text;
  const parts: string[] = [];
  let cursor = 0;
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    if (span.start < cursor) continue;
    parts.push(text.slice(cursor, span.start), MASK.repeat(span.end - span.start));
    cursor = span.end;
  }
  parts.push(text.slice(cursor));
  return parts.join('');
}

/** The part-of-speech tag of the token starting exactly at `start` (a word's start), if any. */
export function tagAt(tokens: readonly Token[], start: number): string | undefined {
  return tokens[indexStartingAt(tokens, start)]?.pos;
}
