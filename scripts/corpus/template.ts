/**
 * A base sentence compiled once into literal pieces and slots (names, acronyms, numbers, years,
 * months), so each story can render it with its own substitutions without re-scanning the text.
 * Rendered text = pieces[0] + slot 0 + pieces[1] + ... + pieces[slots.length].
 */
import { months, notNames } from './lexicon.ts';

export type SlotKind = 'given' | 'name' | 'acronym' | 'number' | 'year' | 'month';

export interface Slot {
  readonly kind: SlotKind;
  readonly word: string;
}

export interface Template {
  readonly pieces: readonly string[];
  readonly slots: readonly Slot[];
  readonly length: number;
}

export interface SourceText {
  readonly id: string;
  readonly sentences: readonly Template[];
  /** The latest year the text mentions (years shift with the story's year), or undefined. */
  readonly latestYear?: number;
}

const monthNames: ReadonlySet<string> = new Set(months);
const capitalisedWord = /(?<![A-Za-z])[A-Z][A-Za-z]{1,30}(?![A-Za-z])/g;
const token = /(?<![A-Za-z])[A-Z][A-Za-z]{1,30}(?![A-Za-z])|(?<![\d.,])\d{1,12}(?:[.,]\d{1,6}){0,4}(?![\d])/g;

/** Capitalised words used as names in a text: seen inside a sentence, not a common capitalised word. */
export function nameWordsOf(sentences: readonly string[]): Set<string> {
  const names = new Set<string>();
  for (const sentence of sentences) {
    for (const match of sentence.matchAll(capitalisedWord)) {
      const word = match[0];
      if (match.index > 2 && !notNames.has(word) && !monthNames.has(word)) names.add(word);
    }
  }
  return names;
}

function numberKind(digits: string): SlotKind {
  return /^(?:1[89]|20)\d\d$/.test(digits) ? 'year' : 'number';
}

/** The slot kind of a word token, or undefined when the word stays as written. */
function wordKind(word: string, names: ReadonlySet<string>, nextIsName: boolean): SlotKind | undefined {
  if (monthNames.has(word)) return 'month';
  if (!names.has(word)) return undefined;
  if (/^[A-Z]{2,5}$/.test(word)) return 'acronym';
  return nextIsName ? 'given' : 'name';
}

/** Hands out one Slot object per (kind, word), so stories can memoise substitutions by identity. */
export function slotInterner(): (kind: SlotKind, word: string) => Slot {
  const slots = new Map<string, Slot>();
  return (kind, word) => {
    const key = `${kind}:${word}`;
    let slot = slots.get(key);
    if (slot === undefined) {
      slot = { kind, word };
      slots.set(key, slot);
    }
    return slot;
  };
}

/**
 * Compiles one sentence. Control characters become spaces, so generated text holds no control
 * character but the line breaks the generator adds (the JSONL writer relies on it).
 */
export function compileSentence(raw: string, names: ReadonlySet<string>, slotOf = slotInterner()): Template {
  const sentence = raw.replace(/\p{Cc}/gu, ' ');
  const matches = [...sentence.matchAll(token)];
  const pieces: string[] = [];
  const slots: Slot[] = [];
  let cursor = 0;
  matches.forEach((match, i) => {
    const word = match[0];
    const next = matches[i + 1];
    const nextIsName = next !== undefined && next.index === match.index + word.length + 1 && names.has(next[0]);
    const kind = /^\d/.test(word) ? numberKind(word) : wordKind(word, names, nextIsName);
    if (kind === undefined) return;
    pieces.push(sentence.slice(cursor, match.index));
    slots.push(slotOf(kind, word));
    cursor = match.index + word.length;
  });
  pieces.push(sentence.slice(cursor));
  return { pieces, slots, length: sentence.length };
}

export function compileSource(id: string, sentences: readonly string[]): SourceText {
  const names = nameWordsOf(sentences);
  const slotOf = slotInterner();
  const templates = sentences.map((sentence) => compileSentence(sentence, names, slotOf));
  const years = templates.flatMap((t) => t.slots.filter((slot) => slot.kind === 'year').map((slot) => Number(slot.word)));
  return { id, sentences: templates, ...(years.length === 0 ? {} : { latestYear: Math.max(...years) }) };
}
