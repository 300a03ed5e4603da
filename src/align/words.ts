/**
 * Words for comparing what outlets say: content words reduced to rough stems, numbers without
 * separators, acronyms kept apart from look-alike common words ("U.S." is not "us").
 */
import { isStopword, isTimeWord } from '../lexicon/stopwords.ts';

/** Words, acronyms with dots ("U.S.") and numbers with separators ("10,000", "2.5"). */
const wordPattern = /(?:\p{Lu}\.){2,}|\d{1,15}(?:[.,]\d{1,15}){0,6}|[\p{L}\p{M}]{1,60}(?:['’][\p{L}]{1,20})?/gu;

/** "U.S." and "US" -> "US"; an all-capital word of two or more letters stays upper case. */
function acronymOf(token: string): string | undefined {
  const letters = token.replace(/\./g, '');
  return letters.length >= 2 && /^\p{Lu}+$/u.test(letters) ? letters : undefined;
}

/** "10,000" -> "10000"; "2.5" stays; "1.200.000" -> "1200000". */
export function normalizeNumber(token: string): string {
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(token)) return token.replace(/,/g, '');
  if (/^\d{1,3}(?:\.\d{3}){2,}$/.test(token)) return token.replace(/\./g, '');
  return token.replace(/,/g, '.');
}

/** A rough English stem: enough to match "cartels"/"cartel", "proposed"/"proposes". */
export function stem(word: string): string {
  let w = word.toLowerCase().replace(/['’]s$/, '').replace(/['’]/g, '');
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  return w;
}

export interface WordToken {
  readonly start: number;
  readonly end: number;
  /** The comparable form: a stem, an acronym in capitals, or a normalised number. */
  readonly key: string;
  readonly kind: 'word' | 'acronym' | 'number';
  /** True for words that carry no content ("the", "said", "would"). */
  readonly stop: boolean;
}

/** Every word of `text` (offsets relative to `text` plus `offset`). */
export function wordTokens(text: string, offset = 0): WordToken[] {
  const tokens: WordToken[] = [];
  for (const match of text.matchAll(wordPattern)) {
    const surface = match[0];
    const start = offset + (match.index ?? 0);
    const end = start + surface.length;
    if (/^\d/.test(surface)) {
      tokens.push({ start, end, key: normalizeNumber(surface), kind: 'number', stop: false });
      continue;
    }
    const acronym = acronymOf(surface);
    if (acronym !== undefined) {
      tokens.push({ start, end, key: acronym, kind: 'acronym', stop: false });
      continue;
    }
    const lower = surface.toLowerCase();
    const stop = isStopword(lower) || isTimeWord(lower) || lower.length < 2;
    tokens.push({ start, end, key: stem(lower), kind: 'word', stop });
  }
  return tokens;
}

/** The content keys of `text`, in order, repeats kept. */
export function contentKeys(text: string): string[] {
  return wordTokens(text)
    .filter((t) => !t.stop)
    .map((t) => t.key);
}

/** Lower-case words of `text` with punctuation dropped: for "same words" comparisons. */
export function plainWords(text: string): string[] {
  return wordTokens(text).map((t) => (t.kind === 'word' ? text.slice(t.start, t.end).toLowerCase().replace(/’/g, "'") : t.key));
}
