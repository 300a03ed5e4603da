import type { Span } from '../model.ts';
import { CHECK_OFFSET, checkStep, FNV_OFFSET, FNV_PRIME, wordHash } from './minhash-hash.ts';

/**
 * Word hashes, and word offsets, at the speed of a character loop. The words are those of `wordsIn` (tokens.ts):
 * a letter followed by letters, marks and digits, with inner apostrophes, hyphens and dots; or
 * digits with `,`/`.` groups of one to three digits. Each is hashed lowercased.
 */

const OTHER = 0;
const LETTER = 1;
const MARK = 2;
const DIGIT = 3;

const LETTER_PATTERN = /^\p{L}$/u;
const MARK_PATTERN = /^\p{M}$/u;
const DIGIT_PATTERN = /^\p{N}$/u;

/** Classes of the basic multilingual plane beyond ASCII, found on first use (0 = not yet). */
const bmpClasses = new Uint8Array(0x10000);

function classifyCodePoint(codePoint: number): number {
  const char = String.fromCodePoint(codePoint);
  if (LETTER_PATTERN.test(char)) return LETTER;
  if (MARK_PATTERN.test(char)) return MARK;
  return DIGIT_PATTERN.test(char) ? DIGIT : OTHER;
}

const asciiClasses = Uint8Array.from({ length: 0x80 }, (_, unit) => {
  if ((unit | 0x20) >= 0x61 && (unit | 0x20) <= 0x7a) return LETTER;
  return unit >= 0x30 && unit <= 0x39 ? DIGIT : OTHER;
});

/** The class of a code point: letter (\p{L}), mark (\p{M}), digit (\p{N}) or other. */
function charClass(codePoint: number): number {
  if (codePoint < 0x80) return asciiClasses[codePoint]!;
  if (codePoint > 0xffff) return classifyCodePoint(codePoint);
  const known = bmpClasses[codePoint]!;
  if (known !== 0) return known - 1;
  const found = classifyCodePoint(codePoint);
  bmpClasses[codePoint] = found + 1;
  return found;
}

const isHighSurrogate = (unit: number): boolean => unit >= 0xd800 && unit <= 0xdbff;

/** The class of the code point at `i` (OTHER at or past `end`). */
function classAt(text: string, i: number, end: number): number {
  if (i >= end) return OTHER;
  const unit = text.charCodeAt(i);
  if (unit < 0x80) return asciiClasses[unit]!;
  return charClass(isHighSurrogate(unit) && i + 1 < end ? text.codePointAt(i)! : unit);
}

/** Length in code units of the code point at `i`. */
function unitsAt(text: string, i: number): number {
  return isHighSurrogate(text.charCodeAt(i)) ? 2 : 1;
}

const isWordJoiner = (unit: number): boolean => unit === 0x27 || unit === 0x2019 || unit === 0x2e || unit === 0x2d;
const isNumberJoiner = (unit: number): boolean => unit === 0x2e || unit === 0x2c;

/** End of the word starting at `start` (a letter). */
function wordEnd(text: string, start: number, end: number): number {
  let i = start + unitsAt(text, start);
  for (;;) {
    while (classAt(text, i, end) !== OTHER) i += unitsAt(text, i);
    if (i + 1 < end && isWordJoiner(text.charCodeAt(i)) && classAt(text, i + 1, end) === LETTER) i += 1 + unitsAt(text, i + 1);
    else return i;
  }
}

/** End of the number starting at `start` (a digit). */
function numberEnd(text: string, start: number, end: number): number {
  let i = start;
  while (classAt(text, i, end) === DIGIT) i += unitsAt(text, i);
  while (i + 1 < end && isNumberJoiner(text.charCodeAt(i)) && classAt(text, i + 1, end) === DIGIT) {
    i += 1;
    for (let digits = 0; digits < 3 && classAt(text, i, end) === DIGIT; digits++) i += unitsAt(text, i);
  }
  return i;
}

/**
 * The hash of the word at `start` when it is plain ASCII letters and digits up to its end (the
 * common case, hashed in one pass), or -1 to take the general path.
 */
function asciiWordAt(text: string, start: number, end: number, kind: number, out: number[]): number {
  const stop = kind === DIGIT ? LETTER : OTHER;
  let hash = FNV_OFFSET;
  let i = start;
  for (; i < end; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0x80) return -1;
    const unitKind = asciiClasses[unit];
    if (unitKind === OTHER || unitKind === stop) break;
    hash = Math.imul(hash ^ (unit >= 0x41 && unit <= 0x5a ? unit + 32 : unit), FNV_PRIME);
  }
  if (i + 1 < end && (isWordJoiner(text.charCodeAt(i)) || isNumberJoiner(text.charCodeAt(i))) && classAt(text, i + 1, end) !== OTHER) return -1;
  if (i < end && text.charCodeAt(i) >= 0x80 && classAt(text, i, end) !== OTHER) return -1;
  out.push(hash >>> 0);
  return i;
}

/** Appends the hashes of the lowercase words of `text[span]` to `out`. */
export function appendWordHashes(text: string, span: Span, out: number[]): void {
  let i = span.start;
  while (i < span.end) {
    const kind = classAt(text, i, span.end);
    if (kind !== LETTER && kind !== DIGIT) {
      i += unitsAt(text, i);
      continue;
    }
    const asciiEnd = asciiWordAt(text, i, span.end, kind, out);
    if (asciiEnd >= 0) {
      i = asciiEnd;
      continue;
    }
    const end = kind === LETTER ? wordEnd(text, i, span.end) : numberEnd(text, i, span.end);
    out.push(wordHash(text.slice(i, end).toLowerCase()));
    i = end;
  }
}

/** Start of the first word or number of `text[i, end)`, or `end` when there is none. */
export function wordStart(text: string, i: number, end: number): number {
  let at = i;
  while (at < end) {
    const unit = text.charCodeAt(at);
    const kind = unit < 0x80 ? asciiClasses[unit]! : classAt(text, at, end);
    if (kind === LETTER || kind === DIGIT) return at;
    at += unitsAt(text, at);
  }
  return end;
}

/** End of the word or number that starts at `start` (as `wordStart` found it), within `end`. */
export function wordStop(text: string, start: number, end: number): number {
  return classAt(text, start, end) === LETTER ? wordEnd(text, start, end) : numberEnd(text, start, end);
}

/** Where `scanWord` stopped and the hash of what it read (one object, reused between words). */
export interface WordScan {
  stop: number;
  hash: number;
  /** The second hash of the word's code units (`checkStep`). */
  check: number;
}

/**
 * `wordStop` and the FNV-1a hash of the word's code units as they are (case kept), in one pass
 * over plain ASCII words; anything else takes `wordStop` and hashes after it.
 */
export function scanWord(text: string, start: number, end: number, scan: WordScan): void {
  const asciiStop = asciiScan(text, start, end, scan);
  if (asciiStop >= 0) {
    scan.stop = asciiStop;
    return;
  }
  hashUnits(text, start, wordStop(text, start, end), scan);
}

/**
 * Puts in `scan` the stop `end` and the FNV-1a and `checkStep` hashes of the code units of
 * `text[start, end)`, as they are, as 32-bit integers (what a typed table stores; no units too).
 */
export function hashUnits(text: string, start: number, end: number, scan: WordScan): void {
  let hash = FNV_OFFSET;
  let check = CHECK_OFFSET;
  for (let i = start; i < end; i++) {
    hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME);
    check = checkStep(check, text.charCodeAt(i));
  }
  scan.stop = end;
  scan.hash = hash | 0;
  scan.check = check;
}

/** The stop of an ASCII word at `start` (its hash put in `scan`), or -1 when the general path must decide. */
function asciiScan(text: string, start: number, end: number, scan: WordScan): number {
  const first = text.charCodeAt(start);
  if (first >= 0x80) return -1;
  const isNumber = asciiClasses[first] === DIGIT;
  let hash = FNV_OFFSET;
  let check = CHECK_OFFSET;
  for (let i = start; i < end; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0x80) return -1;
    const kind = asciiClasses[unit]!;
    if (kind === OTHER || (isNumber && kind === LETTER)) {
      if (i + 1 < end && (isNumber ? isNumberJoiner(unit) : isWordJoiner(unit))) {
        const next = text.charCodeAt(i + 1);
        if (isNumber || next >= 0x80) return -1;
        if (asciiClasses[next] === LETTER) {
          hash = Math.imul(hash ^ unit, FNV_PRIME);
          check = checkStep(check, unit);
          continue;
        }
      }
      scan.hash = hash;
      scan.check = check;
      return i;
    }
    hash = Math.imul(hash ^ unit, FNV_PRIME);
    check = checkStep(check, unit);
  }
  scan.hash = hash;
  scan.check = check;
  return end;
}
