/**
 * Term tallies and the counter that adds them up per article. A tally stands for one term string
 * and is named by its serial; its running count lives in typed arrays, so counting a word costs
 * two array writes and no map lookup.
 */
import { grown } from './grown.ts';
import { StringIds } from './string-ids.ts';

/** Serial of each term string met since the tallies last started over. */
const serialOfTerm = new StringIds(16);
/** The serial the next new tally gets: serials are never reused. */
let nextSerial = 0;
/** Serial of the first tally the arrays below hold (older ones were dropped). */
let firstHeld = 0;
/** Serial from which tallies belong to the current generation (older ones only live on in counters). */
let generationStart = 0;
/** How many times the tallies started over: a term met before and after has two serials. */
let generation = 0;

/** Per tally (index = serial - firstHeld): its term. */
let tallyTerms: string[] = [];
/** The held tallies' terms as counted terms name them (a new object when past tallies are dropped). */
let tallyNames: TallyNames = { terms: tallyTerms, first: firstHeld };
/** Per tally, side by side: the counter that met it last (at 2 * index) and its count there (at 2 * index + 1). */
let tallyCounts = new Int32Array(1 << 17);

/** The serial of the term's tally, made on first sight. */
export function tallySerialOf(term: string): number {
  let serial = serialOfTerm.get(term);
  if (serial < 0) {
    serial = nextSerial++;
    serialOfTerm.set(term, serial);
    const index = serial - firstHeld;
    if (2 * index === tallyCounts.length) growTallies();
    tallyTerms[index] = term;
    tallyCounts[2 * index] = 0;
    tallyCounts[2 * index + 1] = 0;
  }
  return serial;
}

function growTallies(): void {
  tallyCounts = grown(tallyCounts, tallyCounts.length);
}

/** Forgets every term (bounded memory): terms met from now on get new serials. */
export function startTalliesOver(): void {
  serialOfTerm.clear();
  generationStart = nextSerial;
  generation++;
}

/** Drops the tallies of past generations (no counter reads them once a new counter starts). */
function dropPastTallies(): void {
  const dropped = generationStart - firstHeld;
  if (dropped === 0) return;
  const kept = nextSerial - generationStart;
  tallyTerms = tallyTerms.slice(dropped, dropped + kept);
  tallyCounts.copyWithin(0, 2 * dropped, 2 * (dropped + kept));
  firstHeld = generationStart;
  tallyNames = { terms: tallyTerms, first: firstHeld };
}

/**
 * The terms of a run of tally serials: serial `s` names `terms[s - first]`. Every article counted
 * while these tallies were held shares this one object, so that an article waiting for its window
 * carries no list of strings of its own (a few kilobytes each, that would outlive the young
 * generation); the list lives as long as some counted terms still name it.
 */
export interface TallyNames {
  readonly terms: readonly string[];
  readonly first: number;
}

/**
 * An article's distinct terms in the order they were first met, with their counts and serials. A
 * serial names one term string for good, so an index can map serials to its own term ids through
 * an array instead of looking each string up; one string may have several serials (one per start
 * of the tallies). `countedTerm` gives the string of each. Plain arrays of small integers, not typed
 * arrays: an article's counts wait for its window, and a typed array's memory outside the heap
 * makes the collector run full collections every 64 MB of it, however little the heap grew.
 */
export interface CountedTerms {
  readonly serials: readonly number[];
  readonly counts: readonly number[];
  readonly names: TallyNames;
}

/** The term string of the `k`th counted term. */
export function countedTerm(counted: CountedTerms, k: number): string {
  return counted.names.terms[counted.serials[k]! - counted.names.first]!;
}

/** Counted terms of a term -> count map (in the map's order). */
export function countedTermsOf(counts: ReadonlyMap<string, number>): CountedTerms {
  const counter = new TermCounter();
  for (const [term, count] of counts) for (let i = 0; i < count; i++) counter.add(tallySerialOf(term));
  return counter.counted();
}

/** The tally's count in the counter that met it last. */
const countOf = (serial: number): number => tallyCounts[2 * (serial - firstHeld) + 1]!;

let counters = 0;

/** Serials of the terms the counter counting now has met, in order (one counter counts at a time). */
let metSerials = new Int32Array(1024);

/**
 * Counts terms without a map lookup per word: each tally holds its count for the counter that met
 * it last. One counter counts at a time (made, fed, read, then dropped): the terms it met go to
 * scratch memory shared by all counters.
 */
export class TermCounter {
  private readonly id = ++counters;
  /** How many terms it met. */
  private size = 0;
  private readonly generation = generation;

  constructor() {
    dropPastTallies();
  }

  /** Counts one more of the term with this serial. */
  add(serial: number): void {
    const at = 2 * (serial - firstHeld);
    if (tallyCounts[at] !== this.id) {
      tallyCounts[at] = this.id;
      tallyCounts[at + 1] = 0;
      if (this.size === metSerials.length) metSerials = grown(metSerials, this.size);
      metSerials[this.size++] = serial;
    }
    tallyCounts[at + 1]!++;
  }

  /** Adds the counts to `terms`, in the order the terms were first met. */
  addTo(terms: Map<string, number>): void {
    for (let k = 0; k < this.size; k++) {
      const serial = metSerials[k]!;
      const term = tallyTerms[serial - firstHeld]!;
      terms.set(term, (terms.get(term) ?? 0) + countOf(serial));
    }
  }

  /** The counts, in the order the terms were first met. */
  counted(): CountedTerms {
    if (this.generation !== generation) return this.mergedAcrossStarts();
    const serials = new Array<number>(this.size);
    const counts = new Array<number>(this.size);
    for (let k = 0; k < this.size; k++) {
      serials[k] = metSerials[k]!;
      counts[k] = countOf(metSerials[k]!);
    }
    return { serials, counts, names: tallyNames };
  }

  /** The counts when the tallies started over while counting: a term may have two serials, added up here. */
  private mergedAcrossStarts(): CountedTerms {
    const byTerm = new Map<string, { serial: number; count: number }>();
    for (const serial of metSerials.subarray(0, this.size)) {
      const term = tallyTerms[serial - firstHeld]!;
      const count = countOf(serial);
      const seen = byTerm.get(term);
      if (seen === undefined) byTerm.set(term, { serial, count });
      else seen.count += count;
    }
    const entries = [...byTerm.values()];
    return { serials: entries.map((e) => e.serial), counts: entries.map((e) => e.count), names: tallyNames };
  }
}
