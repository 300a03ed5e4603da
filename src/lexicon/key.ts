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

const COMBINING_MARKS = /\p{M}/gu;

function computeNameKey(surface: string): string {
  return surface
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/[’‘`]/g, "'")
    .replace(/\./g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/^the /, '');
}

/** Memoised answers kept per lookup; the memo starts afresh when full. */
const MEMO_LIMIT = 20_000;
/** What a memo stores for a lookup that answered undefined. */
const ABSENT = Symbol('absent');

/**
 * `lookup` memoised per word, bounded. Texts repeat the same words over and over: a memoised
 * answer costs one map probe, where the lookup costs a key and one or more set probes.
 */
export function memoByWord<T>(lookup: (word: string) => T): (word: string) => T {
  const known = new Map<string, T | typeof ABSENT>();
  return (word) => {
    const found = known.get(word);
    if (found !== undefined) return found === ABSENT ? (undefined as T) : found;
    if (known.size >= MEMO_LIMIT) known.clear();
    const answer = lookup(word);
    known.set(word, answer === undefined ? ABSENT : answer);
    return answer;
  };
}

/** The keys of a word list, for membership tests. */
export const keySet = (list: readonly string[]): ReadonlySet<string> => new Set(list.map(nameKey));

const POSSESSIVE_END = /[’']s?$/u;

/** Ends in an apostrophe, or an apostrophe and "s" ("France's", "Jones’"): what `POSSESSIVE_END` matches. */
export function endsPossessive(word: string): boolean {
  const last = word.charAt(word.length - 1);
  const mark = last === 's' ? word.charAt(word.length - 2) : last;
  return mark === "'" || mark === '’';
}

/** "France's" -> "France", "Jones’" -> "Jones": the word a possessive is built on. */
export const withoutPossessive = (word: string): string => (endsPossessive(word) ? word.replace(POSSESSIVE_END, '') : word);
