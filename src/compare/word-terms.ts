/**
 * What one word contributes to grouping, worked out once per distinct spelling (news reuses a
 * small vocabulary heavily, so most words are found in the cache).
 */
import { isStopword } from '../lexicon/stopwords.ts';
import { stem } from './stem.ts';
import { isCapitalised, isNumber, normaliseNumber } from './tokens.ts';

export interface WordInfo {
  /** "w:stem" for a content word, "n:10000" for a number of two digits or more, else null. */
  readonly term: string | null;
  /** "e:lima" for a capitalised content word (when it sits in a name run), else null. */
  readonly name: string | null;
  readonly capitalised: boolean;
  /** Counts towards the headline test: a word (not a number) of more than 3 letters. */
  readonly long: boolean;
}

function isContentWord(lower: string): boolean {
  return lower.length >= 2 && !isStopword(lower) && /\p{L}/u.test(lower);
}

function describe(word: string): WordInfo {
  const lower = word.toLowerCase();
  if (isNumber(word)) return { term: word.length >= 2 ? `n:${normaliseNumber(word)}` : null, name: null, capitalised: false, long: false };
  const content = isContentWord(lower);
  const capitalised = isCapitalised(word);
  return {
    term: content ? `w:${stem(lower)}` : null,
    name: content && capitalised ? `e:${lower.replace(/['’]s$/u, '')}` : null,
    capitalised,
    long: word.length > 3,
  };
}

/** Distinct spellings kept before the cache starts over (bounded memory on endless streams). */
const CACHE_LIMIT = 200_000;
const cache = new Map<string, WordInfo>();

export function wordInfo(word: string): WordInfo {
  let info = cache.get(word);
  if (info === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    info = describe(word);
    cache.set(word, info);
  }
  return info;
}
