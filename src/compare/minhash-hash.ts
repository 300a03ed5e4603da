/** Fast non-cryptographic 32-bit hashes for shingles and signatures (FNV-1a, murmur3 parts). */

export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;

/**
 * A second hash of a word's code units, one step per unit: polynomial, unlike FNV-1a, so that two
 * spellings rarely share both (the word cache tells spellings by the two).
 */
export const CHECK_OFFSET = 0x3c6ef372;
export const checkStep = (check: number, unit: number): number => (Math.imul(check, 0x2c9277b5) + unit) | 0;

/** FNV-1a over UTF-16 code units, with the curly apostrophe (U+2019) read as a straight one. */
export function wordHash(word: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) {
    const unit = word.charCodeAt(i);
    hash = Math.imul(hash ^ (unit === 0x2019 ? 0x27 : unit), FNV_PRIME);
  }
  return hash >>> 0;
}

/** The murmur3 finaliser: every input bit flips every output bit with probability about 1/2. */
export function mix32(value: number): number {
  let h = value;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** murmur3 (seeded) over `count` 32-bit values of `values` from `from`. */
export function hashValues(values: ArrayLike<number>, from: number, count: number, seed: number): number {
  let hash = seed;
  for (let i = from; i < from + count; i++) {
    let k = Math.imul(values[i]!, 0xcc9e2d51);
    k = Math.imul((k << 15) | (k >>> 17), 0x1b873593);
    hash ^= k;
    hash = (Math.imul((hash << 13) | (hash >>> 19), 5) + 0xe6546b64) | 0;
  }
  return mix32(hash ^ count);
}
