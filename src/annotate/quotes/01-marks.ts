import type { Span } from '../../model.ts';
import { trimSpan } from '../../span.ts';

/** A stretch between quotation marks: `start`/`end` cover the words, `open`/`close` the marks. */
export interface QuotedSpan extends Span {
  readonly open: number;
  /** The closing mark's index, or the paragraph's end for a quote left open there. */
  readonly close: number;
  /** Just after the closing mark (marks may be two characters long: `''`). */
  readonly after: number;
  readonly depth: number;
  /** Index (in the returned list) of the quote this one is nested in. */
  readonly parent: number | null;
}

interface OpenMark {
  readonly mark: string;
  /** Where the quoted words may start: just after the mark. */
  readonly inner: number;
  readonly at: number;
  readonly single: boolean;
  readonly id: number;
  readonly parentId: number | null;
}

const LETTER = /[\p{L}\p{N}]/u;
const SPACE = /\s/u;
/** What may come right before an opening mark: nothing, a space, an opening bracket, a dash, a mark. */
const BEFORE_OPEN = /[\s([{\u2014\u2013\-:"“„«‹‘/]/u;

const isLetter = (c: string | undefined): boolean => c !== undefined && LETTER.test(c);
const isSpace = (c: string | undefined): boolean => c === undefined || SPACE.test(c);

/** Index in the stack of the innermost open mark accepted by `accepts`, or -1. */
function innermost(stack: readonly OpenMark[], accepts: (m: OpenMark) => boolean): number {
  for (let i = stack.length - 1; i >= 0; i--) if (accepts(stack[i] as OpenMark)) return i;
  return -1;
}

type Action = { kind: 'open'; single: boolean } | { kind: 'close'; index: number } | null;

/**
 * What a mark does here. Curly and angle marks say which side they are; straight marks and the
 * right single mark (also the apostrophe in "Smith’s", "countries’") are decided by context.
 */
export function markAction(mark: string, prev: string | undefined, next: string | undefined, stack: readonly OpenMark[]): Action {
  const openSingle = innermost(stack, (m) => m.single);
  const openDouble = (marks: readonly string[]): number => innermost(stack, (m) => marks.includes(m.mark));
  switch (mark) {
    case '“': {
      const german = openDouble(['„']);
      if (german >= 0) return { kind: 'close', index: german };
      if (!isSpace(next)) return { kind: 'open', single: false };
      return isSpace(prev) ? null : misturnedClosing(stack);
    }
    case '„':
    case '«':
      return { kind: 'open', single: false };
    case '‹':
      return { kind: 'open', single: true };
    case '”': {
      const index = openDouble(['“', '"']);
      return index >= 0 ? { kind: 'close', index } : null;
    }
    case '»': {
      const index = openDouble(['«']);
      return index >= 0 ? { kind: 'close', index } : null;
    }
    case '›': {
      const index = innermost(stack, (m) => m.mark === '‹');
      return index >= 0 ? { kind: 'close', index } : null;
    }
    case '``':
      return { kind: 'open', single: false };
    case "''":
    case '"': {
      const index = openDouble(STRAIGHT_DOUBLE);
      if (index >= 0 && (!isSpace(prev) || isSpace(next))) return { kind: 'close', index };
      if ((prev === undefined || BEFORE_OPEN.test(prev)) && !isSpace(next)) return { kind: 'open', single: false };
      if (index >= 0) return { kind: 'close', index };
      return closesCurly(prev, next, stack);
    }
    case '‘':
      if (isLetter(prev) || isSpace(next) || /\d/.test(next ?? '')) return null;
      return { kind: 'open', single: true };
    case '’':
    case "'": {
      if (isLetter(prev) && isLetter(next)) return null;
      if (openSingle >= 0 && !isSpace(prev) && !isLetter(next)) return { kind: 'close', index: openSingle };
      if (mark === "'" && (prev === undefined || BEFORE_OPEN.test(prev)) && isLetter(next)) {
        return { kind: 'open', single: true };
      }
      return null;
    }
    default:
      return null;
  }
}

/**
 * A left mark written where a right one belongs, ending a word with a space after it (“...,“ said
 * Smith): it closes the innermost open double mark, if any.
 */
function misturnedClosing(stack: readonly OpenMark[]): Action {
  const index = innermost(stack, (m) => m.mark === '“' || m.mark === '"');
  return index >= 0 ? { kind: 'close', index } : null;
}

/** What may follow a closing mark: a space, punctuation, a closing bracket or dash. */
const AFTER_CLOSE = /[\s,.;:!?)\]}\u2014\u2013-]/u;

/**
 * A straight mark closing a curly one (“...," said Smith): mixed marks in one quote, as typed by
 * hand. It closes the innermost open “ when it ends a word and a space or punctuation follows.
 */
export function closesCurly(prev: string | undefined, next: string | undefined, stack: readonly OpenMark[]): Action {
  const index = innermost(stack, (m) => m.mark === '“');
  return index >= 0 && !isSpace(prev) && (next === undefined || AFTER_CLOSE.test(next)) ? { kind: 'close', index } : null;
}

/** Straight double marks, and the pairs of apostrophes or backquotes some archives write instead. */
const STRAIGHT_DOUBLE: readonly string[] = ['"', "''", '``'];
const MARKS = /''|``|["“”„«»‹›‘’']/gu;
/** Real quotes nest two or three deep; deeper opening marks are noise and are ignored. */
const MAX_DEPTH = 6;

/**
 * Quoted stretches of one paragraph (`span` of `text`), nested ones included. A double mark left
 * open at the very start of the paragraph quotes to its end (the convention for a quote that goes
 * on in the next paragraph); other unmatched marks are dropped.
 */
export function findQuotedSpans(text: string, span: Span): QuotedSpan[] {
  const stack: OpenMark[] = [];
  const closed: Closed[] = [];
  let nextId = 0;
  MARKS.lastIndex = span.start;
  for (let m = MARKS.exec(text); m && m.index < span.end; m = MARKS.exec(text)) {
    const at = m.index;
    const after = at + m[0].length;
    const prev = at > span.start ? text[at - 1] : undefined;
    const next = after < span.end ? text[after] : undefined;
    const action = markAction(m[0], prev, next, stack);
    if (action?.kind === 'open') {
      if (stack.length >= MAX_DEPTH) continue;
      const parent = stack[stack.length - 1];
      stack.push({ mark: m[0], at, inner: after, single: action.single, id: nextId++, parentId: parent?.id ?? null });
    } else if (action?.kind === 'close') {
      const open = stack[action.index] as OpenMark;
      stack.length = action.index;
      closed.push({ open, close: at, after });
    }
  }
  const first = stack[0];
  if (first && !first.single && first.at === span.start) closed.push({ open: first, close: span.end, after: span.end });
  return toQuotedSpans(text, closed);
}

interface Closed {
  readonly open: OpenMark;
  readonly close: number;
  readonly after: number;
}

function toQuotedSpans(text: string, closed: readonly Closed[]): QuotedSpan[] {
  const ordered = [...closed].sort((a, b) => a.open.at - b.open.at);
  const indexOfId = new Map<number, number>();
  const parentOfId = new Map<number, number | null>();
  for (const { open } of ordered) parentOfId.set(open.id, open.parentId);
  const spans: QuotedSpan[] = [];
  for (const { open, close, after } of ordered) {
    const words = trimSpan(text, { start: open.inner, end: close });
    if (words.end <= words.start) continue;
    let parentId = open.parentId;
    while (parentId !== null && !indexOfId.has(parentId)) parentId = parentOfId.get(parentId) ?? null;
    const parent = parentId === null ? null : (indexOfId.get(parentId) ?? null);
    const depth = parent === null ? 0 : (spans[parent]?.depth ?? 0) + 1;
    indexOfId.set(open.id, spans.length);
    spans.push({ start: words.start, end: words.end, open: open.at, close, after, depth, parent });
  }
  return spans;
}
