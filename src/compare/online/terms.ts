import type { CountedTerms } from '../word-terms.ts';

/** An article's terms as ids, with how often each occurs. */
export interface TermCounts {
  readonly ids: Int32Array;
  readonly counts: Float64Array;
}

/**
 * The terms the story index has met: a stable id per term and its document frequency, growing as
 * articles arrive. Ids follow first appearance, which the index makes canonical (see index.ts).
 */
export class TermTable {
  private readonly ids = new Map<string, number>();
  private readonly names: string[] = [];
  private frequencies = new Int32Array(1024);
  private weights = new Float32Array(1024);
  /** Term id + 1 of each tally serial met so far (0: not met yet). */
  private idBySerial = new Int32Array(1024);
  /** How many articles have been counted. */
  documents = 0;

  /** `weightOf` gives a term's fixed weight (its namespace's), once per term. */
  constructor(private readonly weightOf: (term: string) => number = () => 1) {}

  get size(): number {
    return this.names.length;
  }

  /** The term's id, made on first sight. */
  id(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.names.length;
      this.ids.set(term, id);
      this.names.push(term);
      if (id >= this.frequencies.length) this.grow();
      this.weights[id] = this.weightOf(term);
    }
    return id;
  }

  name(id: number): string {
    return this.names[id] ?? '';
  }

  /** Counts one article's distinct terms; returns their ids with the article's counts. */
  count(terms: CountedTerms): TermCounts {
    this.documents += 1;
    const size = terms.serials.length;
    const ids = new Int32Array(size);
    const counts = new Float64Array(size);
    for (let k = 0; k < size; k++) {
      const id = this.idOfSerial(terms.serials[k]!, terms.terms[k]!);
      this.frequencies[id]! += 1;
      ids[k] = id;
      counts[k] = terms.counts[k]!;
    }
    return { ids, counts };
  }

  /** The id of the term a tally serial stands for, by array once the serial was met. */
  private idOfSerial(serial: number, term: string): number {
    if (serial >= this.idBySerial.length) {
      let size = this.idBySerial.length;
      while (size <= serial) size *= 2;
      const grown = new Int32Array(size);
      grown.set(this.idBySerial);
      this.idBySerial = grown;
    }
    const known = this.idBySerial[serial]!;
    if (known > 0) return known - 1;
    const id = this.id(term);
    this.idBySerial[serial] = id + 1;
    return id;
  }

  /** Puts back a term read from a store (in id order) with its frequency. */
  restore(term: string, frequency: number): void {
    this.frequencies[this.id(term)] = frequency;
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

  private grow(): void {
    const frequencies = new Int32Array(this.frequencies.length * 2);
    frequencies.set(this.frequencies);
    this.frequencies = frequencies;
    const weights = new Float32Array(this.weights.length * 2);
    weights.set(this.weights);
    this.weights = weights;
  }
}
