import type { AnnotatedArticle } from '../model.ts';
import { contentSpans } from './features.ts';
import { hashValues } from './minhash-hash.ts';
import { appendWordHashes } from './minhash-words.ts';

/** Word n-grams of this length make a shingle. */
export const shingleLength = 5;

/** Hashes of the lowercase words of an article's content (boilerplate and title left out), in order. */
export function contentWordHashes(article: AnnotatedArticle): number[] {
  const words: number[] = [];
  for (const span of contentSpans(article)) appendWordHashes(article.text, span, words);
  return words;
}

/**
 * The shingles met so far in the current call: an open-addressing set of (well-mixed) hashes, a
 * slot taken when its mark is the current call's (so the set is never cleared), grown as needed.
 */
let seenHashes = new Uint32Array(1024);
let seenMarks = new Int32Array(1024);
let mark = 0;

/** Adds a hash to the current call's set; false when it was there already. */
function firstSighting(hash: number): boolean {
  const mask = seenHashes.length - 1;
  for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
    if (seenMarks[slot] !== mark) {
      seenMarks[slot] = mark;
      seenHashes[slot] = hash;
      return true;
    }
    if (seenHashes[slot] === hash) return false;
  }
}

/**
 * The distinct hashes of the word 5-grams of a word-hash sequence, in the order first met (a set
 * of hashes rather than a sort: sorting a few hundred numbers costs more than hashing them).
 */
export function shingleHashes(words: ArrayLike<number>): Uint32Array {
  const count = Math.max(0, words.length - shingleLength + 1);
  if (4 * count > seenHashes.length) {
    let size = seenHashes.length;
    while (size < 4 * count) size *= 2;
    seenHashes = new Uint32Array(size);
    seenMarks = new Int32Array(size);
  }
  mark = (mark + 1) | 0 || 1;
  const hashes = new Uint32Array(count);
  let distinct = 0;
  for (let i = 0; i < count; i++) {
    const hash = hashValues(words, i, shingleLength, 0);
    if (firstSighting(hash)) hashes[distinct++] = hash;
  }
  return hashes.subarray(0, distinct);
}

/** The article's shingles: the distinct hashes of the lowercase word 5-grams of its content. */
export function shingles(article: AnnotatedArticle): Uint32Array {
  return shingleHashes(contentWordHashes(article));
}
