/**
 * What one word contributes to grouping, worked out once per distinct spelling (news reuses a
 * small vocabulary heavily, so most words are found in the cache). The cache is read in place,
 * from the text and the word's offsets, so a word already met costs no new string.
 */
import { isStopword } from '../lexicon/stopwords.ts';
import { FNV_OFFSET, FNV_PRIME, wordHash } from './minhash-hash.ts';
import { stem } from './stem.ts';
import { isCapitalised, isNumber, normaliseNumber } from './tokens.ts';

/** A term's running count in the article being counted (see `TermCounter`). */
export interface TermTally {
  readonly term: string;
  /** Numbers tallies in order of making: a serial always stands for the same term (see `CountedTerms`). */
  readonly serial: number;
  count: number;
  /** The counter that last counted it. */
  counter: number;
}

export interface WordInfo {
  /** "w:stem" for a content word, "n:10000" for a number of two digits or more, else null. */
  readonly term: TermTally | null;
  /** "e:lima" for a capitalised content word (when it sits in a name run), else null. */
  readonly name: TermTally | null;
  readonly capitalised: boolean;
  /** Counts towards the headline test: a word (not a number) of more than 3 letters. */
  readonly long: boolean;
  /** The hash of the word lowercased (`wordHash`): what shingles are made of. */
  readonly lowerHash: number;
}

/** One tally per term string, shared by every spelling that gives the term. */
const tallies = new Map<string, TermTally>();
let tallySerials = 0;
/** How many times the cache started over: a term met before and after has two tallies. */
let generation = 0;

function tallyOf(term: string | null): TermTally | null {
  if (term === null) return null;
  let tally = tallies.get(term);
  if (tally === undefined) {
    tally = { term, serial: tallySerials++, count: 0, counter: 0 };
    tallies.set(term, tally);
  }
  return tally;
}

function isContentWord(lower: string): boolean {
  return lower.length >= 2 && !isStopword(lower) && /\p{L}/u.test(lower);
}

function describe(word: string): WordInfo {
  const lower = word.toLowerCase();
  const lowerHash = wordHash(lower);
  if (isNumber(word)) return { term: tallyOf(word.length >= 2 ? `n:${normaliseNumber(word)}` : null), name: null, capitalised: false, long: false, lowerHash };
  const content = isContentWord(lower);
  const capitalised = isCapitalised(word);
  return {
    term: tallyOf(content ? `w:${stem(lower)}` : null),
    name: tallyOf(content && capitalised ? `e:${lower.replace(/['’]s$/u, '')}` : null),
    capitalised,
    long: word.length > 3,
    lowerHash,
  };
}

/** Distinct spellings kept before the cache starts over (bounded memory on endless streams). */
const CACHE_LIMIT = 200_000;
const BUCKET_BITS = 18;

interface CachedWord {
  readonly word: string;
  readonly info: WordInfo;
  readonly next: CachedWord | undefined;
}

/** Cached spellings chained by the low bits of their hash. */
let buckets: (CachedWord | undefined)[] = new Array<CachedWord | undefined>(1 << BUCKET_BITS).fill(undefined);
let cached = 0;

/** What the word `text[start, end)` contributes. */
export function wordInfoAt(text: string, start: number, end: number): WordInfo {
  let hash = FNV_OFFSET;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME);
  return wordInfoHashed(text, start, end, hash);
}

/** `wordInfoAt` given the FNV-1a hash of the word's code units as they are (see `scanWord`). */
export function wordInfoHashed(text: string, start: number, end: number, hash: number): WordInfo {
  const bucket = (hash ^ (hash >>> BUCKET_BITS)) & ((1 << BUCKET_BITS) - 1);
  const length = end - start;
  for (let entry = buckets[bucket]; entry !== undefined; entry = entry.next) {
    if (entry.word.length === length && spells(text, start, entry.word)) return entry.info;
  }
  if (cached >= CACHE_LIMIT) startOver();
  const word = text.slice(start, end);
  const info = describe(word);
  buckets[bucket] = { word, info, next: buckets[bucket] };
  cached++;
  return info;
}

/** Whether `text` holds `word` at `start` (a loop over code units: cheaper than `startsWith` for short words). */
function spells(text: string, start: number, word: string): boolean {
  for (let i = 0; i < word.length; i++) if (text.charCodeAt(start + i) !== word.charCodeAt(i)) return false;
  return true;
}

/** Empties the cache and the tallies together (a counter adds up tallies of one term, old or new). */
function startOver(): void {
  buckets = new Array<CachedWord | undefined>(1 << BUCKET_BITS).fill(undefined);
  cached = 0;
  tallies.clear();
  generation++;
}

export function wordInfo(word: string): WordInfo {
  return wordInfoAt(word, 0, word.length);
}

/**
 * An article's distinct terms in the order they were first met, with their counts and serials. A
 * serial names one term string for good, so an index can map serials to its own term ids through
 * an array instead of looking each string up; one string may have several serials (one per start
 * of the word cache).
 */
export interface CountedTerms {
  readonly terms: readonly string[];
  readonly serials: Int32Array;
  readonly counts: Int32Array;
}

/** Counted terms of a term -> count map (in the map's order). */
export function countedTermsOf(counts: ReadonlyMap<string, number>): CountedTerms {
  const counter = new TermCounter();
  for (const [term, count] of counts) for (let i = 0; i < count; i++) counter.add(tallyOf(term)!);
  return counter.counted();
}

let counters = 0;

/**
 * Counts terms without a map lookup per word: each term's tally holds its count for the counter
 * that met it last. One counter counts at a time (made, fed, read, then dropped).
 */
export class TermCounter {
  private readonly id = ++counters;
  private readonly met: TermTally[] = [];
  private readonly generation = generation;

  add(tally: TermTally): void {
    if (tally.counter !== this.id) {
      tally.counter = this.id;
      tally.count = 0;
      this.met.push(tally);
    }
    tally.count++;
  }

  /** Adds the counts to `terms`, in the order the terms were first met. */
  addTo(terms: Map<string, number>): void {
    for (const tally of this.met) terms.set(tally.term, (terms.get(tally.term) ?? 0) + tally.count);
  }

  /** The counts, in the order the terms were first met. */
  counted(): CountedTerms {
    if (this.generation !== generation) return this.mergedAcrossStarts();
    const size = this.met.length;
    const serials = new Int32Array(size);
    const counts = new Int32Array(size);
    const terms: string[] = new Array<string>(size);
    for (let k = 0; k < size; k++) {
      const tally = this.met[k]!;
      terms[k] = tally.term;
      serials[k] = tally.serial;
      counts[k] = tally.count;
    }
    return { terms, serials, counts };
  }

  /** The counts when the cache started over while counting: a term may have two tallies, added up here. */
  private mergedAcrossStarts(): CountedTerms {
    const byTerm = new Map<string, { serial: number; count: number }>();
    for (const tally of this.met) {
      const seen = byTerm.get(tally.term);
      if (seen === undefined) byTerm.set(tally.term, { serial: tally.serial, count: tally.count });
      else seen.count += tally.count;
    }
    const entries = [...byTerm.values()];
    return { terms: [...byTerm.keys()], serials: Int32Array.from(entries, (e) => e.serial), counts: Int32Array.from(entries, (e) => e.count) };
  }
}
