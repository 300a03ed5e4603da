/**
 * The terms the story index has met: a stable id per term and its document frequency, growing as
 * articles arrive. Ids follow first appearance, which the index makes canonical (see index.ts).
 */
export class TermTable {
  private readonly ids = new Map<string, number>();
  private readonly names: string[] = [];
  private frequencies = new Int32Array(1024);
  /** How many articles have been counted. */
  documents = 0;

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
    }
    return id;
  }

  name(id: number): string {
    return this.names[id] ?? '';
  }

  /** Counts one article's distinct terms. */
  count(terms: Iterable<string>): void {
    this.documents += 1;
    for (const term of terms) this.frequencies[this.id(term)]! += 1;
  }

  frequency(id: number): number {
    return this.frequencies[id] ?? 0;
  }

  /** Smoothed inverse document frequency, as scikit-learn computes it. */
  idf(id: number): number {
    return Math.log((1 + this.documents) / (1 + this.frequency(id))) + 1;
  }

  private grow(): void {
    const larger = new Int32Array(this.frequencies.length * 2);
    larger.set(this.frequencies);
    this.frequencies = larger;
  }
}
