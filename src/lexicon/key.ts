/**
 * The comparison key of a word or name, shared by every lexicon lookup: case, accents, dots,
 * curly apostrophes, spacing and a leading "the" do not count ("The U.S." and "us" share "us").
 */
export function nameKey(surface: string): string {
  const cached = keyCache.get(surface);
  if (cached !== undefined) return cached;
  if (keyCache.size >= KEY_CACHE_LIMIT) keyCache.clear();
  const key = computeNameKey(surface);
  keyCache.set(surface, key);
  return key;
}

/** A memo of `nameKey`: names repeat a lot within and across articles. Bounded. */
const keyCache = new Map<string, string>();
const KEY_CACHE_LIMIT = 50_000;

function computeNameKey(surface: string): string {
  return surface
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘`]/g, "'")
    .replace(/\./g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/^the /, '');
}

/** The keys of a word list, for membership tests. */
export const keySet = (list: readonly string[]): ReadonlySet<string> => new Set(list.map(nameKey));

/** "France's" -> "France", "Jones’" -> "Jones": the word a possessive is built on. */
export const withoutPossessive = (word: string): string => word.replace(/[’']s?$/u, '');
