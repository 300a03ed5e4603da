import type { Sentence, Span } from '../../model.ts';
import { trimSpan } from '../../span.ts';
import { firstSubject, subjectBefore } from './02-attribution.ts';
import { BARE_CLAUSE_FORMS, CLAUSE_FORMS, CUE_OBJECTS } from './data/cues.ts';
import type { Phrase } from './phrases.ts';
import { phraseStartingAt } from './phrases.ts';
import { MASK, wordsOf, type Word } from './tokens.ts';

/** Reported speech without quotation marks: the reported clause, its cue and subject phrase. */
export interface IndirectCandidate extends Span {
  readonly cue: Span & { readonly text: string };
  readonly phrase: Phrase | null;
}

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i']);
const OBJECTS = new Set(['him', 'her', 'them', 'me', 'us', 'reporters', 'journalists']);
/** How many words may stand between the cue and "that" ("said on Monday that"). */
const MAX_BEFORE_THAT = 6;
const MIN_CLAUSE_WORDS = 3;

/** Where the reported clause starts after the cue at `i`: after "that", or at a bare subject. */
function clauseStart(words: readonly Word[], i: number, text: string): number | null {
  let k = i + 1;
  const object = CUE_OBJECTS.exec(text.slice((words[i] as Word).end + 1, (words[i] as Word).end + 40));
  if (object) while (k < words.length && (words[k] as Word).end <= (words[i] as Word).end + 1 + object[0].length) k++;
  else if (OBJECTS.has(words[k]?.lower ?? '')) k++;
  if (BARE_CLAUSE_FORMS.has((words[i] as Word).lower) && SUBJECT_PRONOUNS.has(words[k]?.lower ?? '')) return k;
  for (let n = 0; n < MAX_BEFORE_THAT && k + n < words.length; n++) {
    const w = words[k + n] as Word;
    if (w.lower === 'that') return k + n + 1;
    if (!w.isWord || CLAUSE_FORMS.has(w.lower)) return null;
  }
  return null;
}

/** The clause from word `from` to the end of the sentence, without its final punctuation. */
function clauseSpan(text: string, words: readonly Word[], start: number, sentence: Sentence): Span | null {
  let from = start;
  while (words[from] && !words[from]?.isWord && !words[from]?.text.startsWith(MASK)) from++;
  const first = words[from];
  if (!first || first.text.startsWith(MASK)) return null;
  const span = trimSpan(text, { start: first.start, end: sentence.end });
  let end = span.end;
  while (end > span.start && /[.,;:!?]/.test(text[end - 1] ?? '')) end--;
  let count = 0;
  for (let k = from; k < words.length && count < MIN_CLAUSE_WORDS && (words[k] as Word).end <= end; k++) {
    if ((words[k] as Word).isWord) count++;
  }
  return count >= MIN_CLAUSE_WORDS ? { start: span.start, end } : null;
}

/** "according to X, ..." and "..., according to X." */
function accordingTo(text: string, words: readonly Word[], i: number, sentence: Sentence): IndirectCandidate | null {
  const cue = { start: (words[i] as Word).start, end: (words[i + 1] as Word).end, text: 'according to' };
  const source = phraseStartingAt(words, i + 2) ?? (words[i + 2]?.lower === 'the' ? phraseStartingAt(words, i + 3) : null);
  const phrase = source?.phrase ?? null;
  if (i === 0) {
    const comma = words.findIndex((w, k) => k > i && w.text === ',');
    const clause = comma < 0 ? null : clauseSpan(text, words, comma + 1, sentence);
    return clause ? { ...clause, cue, phrase } : null;
  }
  if (words[i - 1]?.text !== ',') return null;
  const clause = trimSpan(text, { start: sentence.start, end: (words[i - 1] as Word).start });
  if (text.slice(clause.start, clause.end).includes(MASK)) return null;
  return clause.end > clause.start ? { ...clause, cue, phrase } : null;
}

/**
 * Indirect speech in one sentence of the masked text (quotes hidden): "X said (that) ...",
 * "X told reporters ...", "X warned that ...", "according to X, ...".
 */
export function findIndirect(text: string, sentence: Sentence): IndirectCandidate[] {
  const words = wordsOf(text, sentence.start, sentence.end);
  const found: IndirectCandidate[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as Word;
    if (w.lower === 'according' && words[i + 1]?.lower === 'to') {
      const candidate = accordingTo(text, words, i, sentence);
      if (candidate) found.push(candidate);
      continue;
    }
    if (!CLAUSE_FORMS.has(w.lower) || words[i - 1]?.text.startsWith(MASK)) continue;
    const from = clauseStart(words, i, text);
    if (from === null) continue;
    const clause = clauseSpan(text, words, from, sentence);
    if (!clause) continue;
    const phrase = subjectBefore(words, i, 4) ?? (/^(?:,|and|but)$/.test(words[i - 1]?.lower ?? '') ? firstSubject(words, 0, i) : null);
    found.push({ ...clause, cue: { start: w.start, end: w.end, text: w.text }, phrase });
  }
  return found;
}
