/**
 * What one word contributes to grouping, worked out once per distinct spelling (news reuses a
 * small vocabulary heavily, so most words are found in the cache). The cache is read in place,
 * from the text and the word's offsets, so a word already met costs no new string. It is one
 * typed array of 32-byte slots, each holding a spelling's hashes and length and what it
 * contributes (see `wordEntry`).
 */
import { isStopword } from '../lexicon/stopwords.ts';
import { wordHash } from './minhash-hash.ts';
import type { WordScan } from './minhash-words.ts';
import { hashUnits } from './minhash-words.ts';
import { stem } from './stem.ts';
import { startTalliesOver, tallySerialOf } from './term-counter.ts';
import { isCapitalised, isNumber, normaliseNumber } from './tokens.ts';

export type { CountedTerms } from './term-counter.ts';
export { TermCounter, countedTerm, countedTermsOf } from './term-counter.ts';

/** No term: the serial a word without one has. */
export const NO_TERM = -1;

export interface WordInfo {
  /** Serial of "w:stem" for a content word, of "n:10000" for a number of two digits or more, else NO_TERM. */
  readonly term: number;
  /** Serial of "e:lima" for a capitalised content word (counted when it sits in a name run), else NO_TERM. */
  readonly name: number;
  readonly capitalised: boolean;
  /** Counts towards the headline test: a word (not a number) of more than 3 letters. */
  readonly long: boolean;
  /** The hash of the word lowercased (`wordHash`): what shingles are made of. */
  readonly lowerHash: number;
}

function isContentWord(lower: string): boolean {
  return lower.length >= 2 && !isStopword(lower) && /\p{L}/u.test(lower);
}

const serialOf = (term: string | null): number => (term === null ? NO_TERM : tallySerialOf(term));

function describe(word: string): WordInfo {
  const lower = word.toLowerCase();
  const lowerHash = wordHash(lower);
  if (isNumber(word)) return { term: serialOf(word.length >= 2 ? `n:${normaliseNumber(word)}` : null), name: NO_TERM, capitalised: false, long: false, lowerHash };
  const content = isContentWord(lower);
  const capitalised = isCapitalised(word);
  return {
    term: serialOf(content ? `w:${stem(lower)}` : null),
    name: serialOf(content && capitalised ? `e:${lower.replace(/['’]s$/u, '')}` : null),
    capitalised,
    long: word.length > 3,
    lowerHash,
  };
}

/** Distinct spellings kept before the cache starts over (bounded memory on endless streams). */
export const CACHE_LIMIT = 200_000;
const SLOT_BITS = 19;
const SLOT_MASK = (1 << SLOT_BITS) - 1;

/**
 * One table slot per spelling, 32 bytes (two to a cache line), holding everything the word
 * contributes: a spelling is told by its two hashes and its length (64 bits of hash: a false match
 * among 200,000 spellings has odds of about 1 in 10^14 per word), so a word already met costs one
 * memory access and no character comparison. An entry is the offset of its slot.
 */
const HASH = 0;
const CHECK = 1;
/** The spelling's length in code units (0: an empty slot). */
const LENGTH = 2;
const TERM = 3;
const NAME = 4;
const FLAGS = 5;
const LOWER_HASH = 6;
const SLOT_SIZE = 8;
/** Flags of a word: capitalised, and long (counts towards the headline test). */
export const CAPITALISED = 1;
export const LONG = 2;
const slots = new Int32Array(SLOT_SIZE << SLOT_BITS);
let cached = 0;

/** How many spellings the cache holds. */
export const cachedSpellings = (): number => cached;

/** The table slot a hash starts its probe at (Fibonacci hashing: the high bits of a product). */
const homeSlot = (hash: number): number => Math.imul(hash, 0x9e3779b1) >>> (32 - SLOT_BITS);

/**
 * The cache entry of the word `text[start, end)`, given the FNV-1a hash of its code units as they
 * are and their `checkStep` hash (see `scanWord`).
 */
export function wordEntry(text: string, start: number, end: number, hash: number, check: number): number {
  const length = end - start;
  let slot = homeSlot(hash);
  for (;;) {
    const entry = slot * SLOT_SIZE;
    const stored = slots[entry + LENGTH]!;
    if (stored === 0) break;
    if (stored === length && slots[entry + HASH] === hash && slots[entry + CHECK] === check) return entry;
    slot = (slot + 1) & SLOT_MASK;
  }
  if (cached >= CACHE_LIMIT) return addAfterStartingOver(text, start, end, hash, check);
  return add(slot, text, start, end, hash, check);
}

function add(slot: number, text: string, start: number, end: number, hash: number, check: number): number {
  const entry = slot * SLOT_SIZE;
  const info = describe(text.slice(start, end));
  slots[entry + HASH] = hash;
  slots[entry + CHECK] = check;
  slots[entry + LENGTH] = end - start;
  slots[entry + TERM] = info.term;
  slots[entry + NAME] = info.name;
  slots[entry + FLAGS] = (info.capitalised ? CAPITALISED : 0) | (info.long ? LONG : 0);
  slots[entry + LOWER_HASH] = info.lowerHash;
  cached++;
  return entry;
}

/** Empties the cache and the tallies together (a counter adds up tallies of one term, old or new), then adds the word. */
function addAfterStartingOver(text: string, start: number, end: number, hash: number, check: number): number {
  slots.fill(0);
  cached = 0;
  startTalliesOver();
  return add(homeSlot(hash), text, start, end, hash, check);
}

/** The entry's term serial, or NO_TERM. */
export const entryTerm = (entry: number): number => slots[entry + TERM]!;
/** The entry's name serial, or NO_TERM. */
export const entryName = (entry: number): number => slots[entry + NAME]!;
/** The entry's flags (CAPITALISED, LONG). */
export const entryFlags = (entry: number): number => slots[entry + FLAGS]!;
/** The hash of the entry's spelling lowercased (`wordHash`). */
export const entryLowerHash = (entry: number): number => slots[entry + LOWER_HASH]! >>> 0;

/** The cache entry of the word `text[start, end)`. */
export function wordEntryAt(text: string, start: number, end: number): number {
  hashUnits(text, start, end, unitsScan);
  return wordEntry(text, start, end, unitsScan.hash, unitsScan.check);
}

/** The hashes `wordEntryAt` reads (reused: one word at a time). */
const unitsScan: WordScan = { stop: 0, hash: 0, check: 0 };

/** The cache entry of a word. */
export const entryOfWord = (word: string): number => wordEntryAt(word, 0, word.length);

/** What the word `text[start, end)` contributes. */
export function wordInfoAt(text: string, start: number, end: number): WordInfo {
  const entry = wordEntryAt(text, start, end);
  return { term: entryTerm(entry), name: entryName(entry), capitalised: (entryFlags(entry) & CAPITALISED) !== 0, long: (entryFlags(entry) & LONG) !== 0, lowerHash: entryLowerHash(entry) };
}

export function wordInfo(word: string): WordInfo {
  return wordInfoAt(word, 0, word.length);
}
