/**
 * Quote segments: a long quote cut into sentence- and clause-sized pieces, each with its own
 * offsets, so that each recurring part of it can be matched on its own (one outlet quotes three
 * sentences in one breath, another quotes them one at a time). Quotes nested inside the quote
 * (the speaker citing someone else) are cut out: they are quotes of their own.
 */
import type { Span } from '../model.ts';
import { contentKeys } from './words.ts';

export interface QuoteSegment extends Span {
  readonly text: string;
}

/** A sentence end inside a quote: the punctuation, closing marks, then a capital after spaces. */
const sentenceEnd = /[.?!…]{1,3}['’"”]?\s{1,5}(?=[‘'"“(]?\p{Lu})/gu;
/** An elision mark between parts of a quote: "(…)", "[...]". */
const elision = /\s{0,3}[([]\s?(?:…|\.{3})\s?[)\]]\s{0,3}/gu;
/** An elision mark alone: a piece that is nothing else is dropped. */
const elisionOnly = /^[([]\s?(?:…|\.{3})\s?[)\]]$/u;
/** A clause turning on "but" after a comma or a semicolon: a new claim. */
const butClause = /[,;]\s{1,3}(?=but\s)/giu;
/** A new clause after a comma, opened by a pronoun and a modal: ", we can share information". */
const pronounClause = /,\s{1,3}(?=(?:we|you|they|I|he|she|it)\s(?:can|will|must|should|would|could|cannot|can't|won't|need|want)\b)/giu;
/** Titles written with a period, and single initials: "Mr." and "J." do not end a sentence. */
const abbreviation = /(?:^|[\s(])(?:\p{Lu}\.?|\p{Lu}\.\p{Lu}|Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Col|St|Jr|Sr|No|Vol|Inc|Corp|Ltd|Co)$/u;
/** Marks and separators a segment should not start or end with. */
const edgeJunk = /^[\s"“”‘’'«»,;:.…—–-]+|[\s"“”‘’'«»,;:—–-]+$/gu;

/** Offsets (relative to `text`) where the quote may be cut into pieces. */
export function cutPoints(text: string): number[] {
  const cuts: number[] = [];
  for (const m of text.matchAll(sentenceEnd)) {
    const at = m.index ?? 0;
    if (m[0].startsWith('.') && abbreviation.test(text.slice(Math.max(0, at - 6), at))) continue;
    cuts.push(at + m[0].length);
  }
  for (const m of text.matchAll(elision)) cuts.push(m.index ?? 0, (m.index ?? 0) + m[0].length);
  for (const m of text.matchAll(butClause)) cuts.push((m.index ?? 0) + m[0].length);
  const sorted = [...new Set(cuts)].filter((c) => c > 0 && c < text.length).sort((a, b) => a - b);
  return withClauseCuts(text, sorted);
}

/** Adds the pronoun clause cuts that leave content words on both sides. */
function withClauseCuts(text: string, cuts: readonly number[]): number[] {
  const accepted = [...cuts];
  for (const m of text.matchAll(pronounClause)) {
    const at = (m.index ?? 0) + m[0].length;
    const previous = Math.max(0, ...accepted.filter((c) => c < at));
    const next = Math.min(text.length, ...accepted.filter((c) => c > at));
    if (contentKeys(text.slice(previous, at)).length > 0 && contentKeys(text.slice(at, next)).length > 0) accepted.push(at);
  }
  return [...new Set(accepted)].sort((a, b) => a - b);
}

/** The piece `[from, to)` of `text` without edge marks, or undefined when nothing is left. */
function trimmed(text: string, from: number, to: number): Span | undefined {
  const piece = text.slice(from, to);
  const lead = /^[\s"“”‘’'«»,;:.…—–-]*/u.exec(piece)?.[0].length ?? 0;
  const body = piece.slice(lead).replace(edgeJunk, '');
  if (body === '' || elisionOnly.test(body)) return undefined;
  return { start: from + lead, end: from + lead + body.length };
}

/** The least content words for a piece to be matched as a part of a quote. */
const segmentWordFloor = 1;

/**
 * The segments of a quote whose text starts at `offset` in the article; `nested` are other quotes
 * of the article (article offsets) whose spans inside this one are cut out.
 */
export function segmentQuote(text: string, offset: number, nested: readonly Span[] = []): QuoteSegment[] {
  const holes = nested
    .filter((n) => n.start >= offset && n.end <= offset + text.length && n.end - n.start < text.length)
    .map((n) => ({ start: n.start - offset, end: n.end - offset }));
  const bounds = [0, ...cutPoints(text), text.length];
  const pieces: Span[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    let from = bounds[i] ?? 0;
    const to = bounds[i + 1] ?? text.length;
    for (const hole of holes.filter((h) => h.end > from && h.start < to).sort((a, b) => a.start - b.start)) {
      if (hole.start > from) pieces.push({ start: from, end: hole.start });
      from = Math.max(from, hole.end);
    }
    if (from < to) pieces.push({ start: from, end: to });
  }
  return pieces
    .map((p) => trimmed(text, p.start, p.end))
    .filter((p): p is Span => p !== undefined)
    .filter((p) => contentKeys(text.slice(p.start, p.end)).length >= segmentWordFloor)
    .map((p) => ({ start: offset + p.start, end: offset + p.end, text: text.slice(p.start, p.end) }));
}
