import { isCue } from './data/cues.ts';
import { nounPhraseEndingAt } from './noun-phrases.ts';
import { prepositionBefore } from './prepositional.ts';
import { phraseEndingAt, phraseStartingAt, type Phrase } from './phrases.ts';
import { MASK, SENTENCE_END, type Word } from './tokens.ts';

/** Words an apposition may span ("Cecelia Purner, 67, a retired nurse in Allentown, Pa., said"). */
const MAX_APPOSITION = 20;
/** Commas an apposition may hold. */
const MAX_APPOSITION_COMMAS = 3;
/** Words a bracketed aside may span ("(D-N.C.)", "(R-Fla.)"). */
const MAX_PARENTHETICAL = 8;

/** A period followed by a comma closes an abbreviation ("Allentown, Pa., said"), not a sentence. */
const endsClause = (w: Word): boolean => SENTENCE_END.has(w.text) || w.text.startsWith(MASK);

/** Index of the "(" opening the aside closed at `close`, or -1. */
export function parentheticalOpening(words: readonly Word[], close: number): number {
  for (let k = close - 1; k >= 0 && k >= close - MAX_PARENTHETICAL; k--) {
    const w = words[k] as Word;
    if (w.text === '(') return k;
    if (w.text === ')' || w.text.startsWith(MASK)) return -1;
  }
  return -1;
}

/** Index of the ")" closing the aside opened at `open`, or `open - 1` when there is none. */
export function parentheticalClosing(words: readonly Word[], open: number): number {
  for (let k = open + 1; k < words.length && k <= open + MAX_PARENTHETICAL; k++) {
    const w = words[k] as Word;
    if (w.text === ')') return k;
    if (w.text === '(' || w.text.startsWith(MASK)) break;
  }
  return open - 1;
}

/**
 * Index of the comma that closes an apposition opened by the comma at `comma`: the last comma
 * before the first cue verb, within reach and in the same sentence; -1 when there is none.
 */
export function appositionClosing(words: readonly Word[], comma: number): number {
  let last = -1;
  for (let k = comma + 1; k < words.length && k < comma + MAX_APPOSITION; k++) {
    const w = words[k] as Word;
    if (isCue(w)) return last;
    if (w.text === ',') last = k;
    if (endsClause(w) && words[k + 1]?.text !== ',') return -1;
  }
  return -1;
}

/** A cue participle right after a comma opens a phrase set off by commas, not a clause of its own ("The paper, citing documents, reported"). */
export function opensParticiplePhrase(words: readonly Word[], k: number): boolean {
  return (words[k] as Word).lower.endsWith('ing') && words[k - 1]?.text === ',';
}

/** Opening commas of the apposition closed at `comma`, nearest first. */
function appositionOpenings(words: readonly Word[], comma: number): number[] {
  const openings: number[] = [];
  for (let k = comma - 1; k > 0 && k > comma - MAX_APPOSITION && openings.length < MAX_APPOSITION_COMMAS; k--) {
    const w = words[k] as Word;
    if (w.text === ',') openings.push(k);
    if (endsClause(w) || (isCue(w) && !opensParticiplePhrase(words, k))) break;
  }
  return openings;
}

/**
 * The subject before an apposition that ends at `comma` ("Sarandon, 69,", "Doug Usher, director
 * of research,"); a name standing as the apposition wins over a role ("the spokesman, Josh Earnest,").
 */
export function appositionBefore(words: readonly Word[], comma: number): Phrase | null {
  const openings = appositionOpenings(words, comma);
  for (const opening of openings) {
    const outer = phraseEndingAt(words, opening - 1);
    if (outer && outer.kind !== 'role' && prepositionBefore(words, outer, opening - 1) < 0) return outer.possessive ? null : outer;
  }
  const nearest = openings[0];
  if (nearest === undefined) return null;
  const place = phraseEndingAt(words, nearest - 1);
  const preposition = place ? prepositionBefore(words, place, nearest - 1) : -1;
  if (preposition > 0) return ownerOfPlace(words, preposition);
  const inner = phraseStartingAt(words, nearest + 1);
  if (inner?.phrase.kind === 'name' && inner.last === comma - 1) return inner.phrase;
  const outer = phraseEndingAt(words, nearest - 1) ?? nounPhraseEndingAt(words, nearest - 1);
  return outer?.possessive ? null : outer;
}

/** "a woman in Worcester, Massachusetts, told": the phrase before the place's preposition, not the place. */
function ownerOfPlace(words: readonly Word[], preposition: number): Phrase | null {
  const owner = phraseEndingAt(words, preposition - 1) ?? nounPhraseEndingAt(words, preposition - 1);
  return owner?.possessive ? null : owner;
}
