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

/** The distinct hashes of the word 5-grams of a word-hash sequence, sorted. */
export function shingleHashes(words: ArrayLike<number>): Uint32Array {
  const count = Math.max(0, words.length - shingleLength + 1);
  const hashes = new Uint32Array(count);
  for (let i = 0; i < count; i++) hashes[i] = hashValues(words, i, shingleLength, 0);
  hashes.sort();
  let distinct = 0;
  for (let i = 0; i < count; i++) if (i === 0 || hashes[i] !== hashes[i - 1]) hashes[distinct++] = hashes[i]!;
  return hashes.slice(0, distinct);
}

/** The article's shingles: sorted distinct hashes of the lowercase word 5-grams of its content. */
export function shingles(article: AnnotatedArticle): Uint32Array {
  return shingleHashes(contentWordHashes(article));
}
