import type { CountedTerms } from '../word-terms.ts';
import { countedTerm } from '../word-terms.ts';
import { grown } from '../grown.ts';
import { Heap } from '../heap.ts';
import { StringIds } from '../string-ids.ts';

/** An article's terms as ids, with how often each occurs. */
export interface TermCounts {
  readonly ids: Int32Array;
  readonly counts: Float64Array;
}

/** The counts of a window's articles, one after another: the `i`th article's are at positions [`starts[i]`, `starts[i + 1]`). */
export interface WindowCounts extends TermCounts {
  readonly starts: Int32Array;
}

/** The last day of an undated article's terms: they never age out. */
const NEVER = 2 ** 31 - 1;
/** The last day of a term no kept vector holds (yet): it goes at the next sweep. */
const UNHELD = -(2 ** 31);

/**
 * The terms the story index has met: an id per term and its document frequency, growing as
 * articles arrive. A term is forgotten once every article whose vector holds it has aged out; met
 * again later, it is a new term. Its id is then free, and the next new term takes the smallest
 * free id: ids stay as few as the terms held (not as many as were ever made), so the arrays read
 * per term stay small and close in memory however long the stream runs. Which ids are free
 * depends only on which terms are held, so an index restored from saved rows hands out the same
 * ids as the index that saved them would have.
 */
export class TermTable {
  private readonly ids = new StringIds(16);
  private readonly names: (string | undefined)[] = [];
  private frequencies = new Int32Array(1024);
  private weights = new Float32Array(1024);
  /** Newest publication day among the held vectors that hold each term. */
  private lastDays = new Int32Array(1024);
  /** The tally serial each term id was last reached by (see `idOfSerial`). */
  private serials = new Int32Array(1024);
  /** Term id + 1 of each tally serial met so far (0: not met yet, or its term was forgotten). */
  private idBySerial = new Int32Array(1024);
  /** Ids below `size` that no term holds, smallest first. */
  private readonly free = new Heap<number>((a, b) => a < b);
  /** Ids made since the last `forgetUnheld`. */
  private made: number[] = [];
  /** How many terms were ever made. */
  private madeCount = 0;
  /** How many articles have been counted. */
  documents = 0;
  /** Scratch memory of `countWindow`. */
  private windowIds = new Int32Array(1 << 16);
  private windowCounts = new Float64Array(1 << 16);

  /** `weightOf` gives a term's fixed weight (its namespace's), once per term. */
  constructor(private readonly weightOf: (term: string) => number = () => 1) {}

  /** The id space: every id below it is held or free. */
  get size(): number {
    return this.names.length;
  }

  /** How many terms were ever made (a term forgotten and met again counts twice). */
  get everMade(): number {
    return this.madeCount;
  }

  /** Terms held now. */
  get heldCount(): number {
    return this.ids.size;
  }

  /** The term's id, made on first sight. */
  id(term: string): number {
    let id = this.ids.get(term);
    if (id < 0) {
      id = this.free.pop() ?? this.names.length;
      this.make(id, term);
    }
    return id;
  }

  name(id: number): string {
    return this.names[id] ?? '';
  }

  /** Counts one article's distinct terms; returns their ids with the article's counts. */
  count(terms: CountedTerms): TermCounts {
    const counted = { ids: new Int32Array(terms.serials.length), counts: new Float64Array(terms.serials.length) };
    this.countInto(terms, counted, 0);
    return counted;
  }

  /**
   * `count` for each article of a window, in order, one after another in scratch memory reused by
   * the next call (a window's counts live until it is clustered: an array or an object per article
   * would outlive the young generation of the collector).
   */
  countWindow(window: readonly CountedTerms[]): WindowCounts {
    const total = window.reduce((sum, terms) => sum + terms.serials.length, 0);
    if (total > this.windowIds.length) {
      let size = this.windowIds.length;
      while (size < total) size *= 2;
      this.windowIds = new Int32Array(size);
      this.windowCounts = new Float64Array(size);
    }
    const counted = { ids: this.windowIds, counts: this.windowCounts, starts: new Int32Array(window.length + 1) };
    window.forEach((terms, i) => {
      this.countInto(terms, counted, counted.starts[i]!);
      counted.starts[i + 1] = counted.starts[i]! + terms.serials.length;
    });
    return counted;
  }

  /** Counts the article's terms into `into` from position `at`. */
  private countInto(terms: CountedTerms, into: TermCounts, at: number): void {
    this.documents += 1;
    for (let k = 0; k < terms.serials.length; k++) {
      const id = this.idOfSerial(terms, k);
      this.frequencies[id]! += 1;
      into.ids[at + k] = id;
      into.counts[at + k] = terms.counts[k]!;
    }
  }

  /** Records that a vector of an article of `day` (undefined: undated) holds these terms. */
  hold(terms: Int32Array, day: number | undefined): void {
    const last = day ?? NEVER;
    for (const id of terms) if (this.lastDays[id]! < last) this.lastDays[id] = last;
  }

  /**
   * Forgets the terms no held vector published on or after `cutoff` holds (and those no vector
   * holds at all); returns their ids.
   */
  forgetBefore(cutoff: number): number[] {
    const forgotten: number[] = [];
    for (let id = 0; id < this.names.length; id++) {
      if (this.names[id] !== undefined && this.lastDays[id]! < cutoff) {
        this.forget(id);
        forgotten.push(id);
      }
    }
    return forgotten;
  }

  /** Ids of the terms held, ascending. */
  heldIds(): number[] {
    const ids: number[] = [];
    for (let id = 0; id < this.names.length; id++) if (this.names[id] !== undefined) ids.push(id);
    return ids;
  }

  /** Ids of the terms made since the last `forgetUnheld`, in order of making. */
  get madeIds(): readonly number[] {
    return this.made;
  }

  /** Forgets the terms made since the last call that no vector holds (counted, but not among any article's kept terms). */
  forgetUnheld(): number[] {
    const forgotten: number[] = [];
    for (const id of this.made) {
      if (this.names[id] !== undefined && this.lastDays[id] === UNHELD) {
        this.forget(id);
        forgotten.push(id);
      }
    }
    this.made = [];
    return forgotten;
  }

  /** Forgets those of `terms` that no vector published on or after `cutoff` holds (the terms of a late arrival that aged out at once). */
  forgetIn(terms: Int32Array, cutoff: number): number[] {
    const forgotten: number[] = [];
    for (const id of terms) {
      if (this.names[id] !== undefined && this.lastDays[id]! < cutoff) {
        this.forget(id);
        forgotten.push(id);
      }
    }
    return forgotten;
  }

  /** Puts back a term read from a store with its frequency (ids ascending; the gaps, where terms were forgotten, are free). */
  restore(id: number, term: string, frequency: number): void {
    while (this.names.length < id) {
      this.free.push(this.names.length);
      this.names.push(undefined);
    }
    this.make(id, term);
    this.frequencies[id] = frequency;
  }

  /** Adds one article's worth of frequency to each id held (ids of forgotten terms are skipped). */
  recount(ids: Int32Array): void {
    for (const id of ids) if (this.names[id] !== undefined) this.frequencies[id]! += 1;
  }

  /** The term's fixed weight. */
  weight(id: number): number {
    return this.weights[id] ?? 0;
  }

  frequency(id: number): number {
    return this.frequencies[id] ?? 0;
  }

  /** Smoothed inverse document frequency, as scikit-learn computes it. */
  idf(id: number): number {
    return Math.log((1 + this.documents) / (1 + this.frequency(id))) + 1;
  }

  private make(id: number, term: string): void {
    this.ids.set(term, id);
    this.names[id] = term;
    if (id >= this.frequencies.length) this.grow(id);
    this.weights[id] = this.weightOf(term);
    this.lastDays[id] = UNHELD;
    this.made.push(id);
    this.madeCount++;
  }

  private forget(id: number): void {
    const name = this.names[id];
    if (name !== undefined) this.ids.delete(name);
    this.names[id] = undefined;
    this.frequencies[id] = 0;
    this.weights[id] = 0;
    const serial = this.serials[id]!;
    if (this.idBySerial[serial] === id + 1) this.idBySerial[serial] = 0;
    this.free.push(id);
  }

  /** The id of the `k`th counted term, by array once its tally serial was met (by its string before). */
  private idOfSerial(terms: CountedTerms, k: number): number {
    const serial = terms.serials[k]!;
    if (serial >= this.idBySerial.length) this.idBySerial = grown(this.idBySerial, serial);
    const known = this.idBySerial[serial]!;
    if (known > 0) return known - 1;
    const id = this.id(countedTerm(terms, k));
    this.idBySerial[serial] = id + 1;
    this.serials[id] = serial;
    return id;
  }

  private grow(id: number): void {
    this.frequencies = grown(this.frequencies, id);
    this.weights = grown(this.weights, id);
    this.lastDays = grown(this.lastDays, id);
    this.serials = grown(this.serials, id);
  }
}
