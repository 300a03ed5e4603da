import type { CompactVector } from './weigh.ts';
import { heaviestTerms } from './weigh.ts';

/** How far retrieval looks: the article's heaviest terms, and the newest entries of each posting list. */
export interface RetrievalLimits {
  /** The heaviest terms of an article it is indexed and searched by. */
  readonly indexTerms: number;
  /** The newest entries read from each posting list. */
  readonly postingsRead: number;
  /** Candidates kept (by shared heavy-term weight) for an exact comparison. */
  readonly candidates: number;
  /** Articles published further apart than this are not candidates (when both dates are known). */
  readonly maxGapDays: number;
}

/** Term id -> the slots of the articles indexed under it, oldest first. */
export class Postings {
  private readonly lists = new Map<number, number[]>();

  add(term: number, slot: number): void {
    const list = this.lists.get(term);
    if (list === undefined) this.lists.set(term, [slot]);
    else list.push(slot);
  }

  list(term: number): readonly number[] {
    return this.lists.get(term) ?? [];
  }

  get terms(): number {
    return this.lists.size;
  }
}

/** Indexes an article under its heaviest terms, and its heaviest terms that other articles hold too. */
export function indexArticle(postings: Postings, slot: number, vector: CompactVector, limits: RetrievalLimits, shared: (term: number) => boolean): void {
  const terms = new Set([...heaviestTerms(vector, limits.indexTerms), ...heaviestTerms(vector, limits.indexTerms, shared)]);
  for (const k of [...terms].sort((a, b) => a - b)) postings.add(vector.terms[k]!, slot);
}

/** What retrieval needs to know of the indexed articles. */
export interface Indexed {
  day(slot: number): number | undefined;
  key(slot: number): string;
  /** Whether more than one article holds the term. */
  shared(term: number): boolean;
}

/**
 * The articles most worth comparing with `vector` (slot `self`): those sharing its heaviest terms,
 * ranked by the summed weight of the shared terms (ties by content key), at most
 * `limits.candidates`. Only the newest `postingsRead` entries of each list are read, so the cost
 * stays flat however large the index grows.
 */
export function retrieveCandidates(
  postings: Postings,
  indexed: Indexed,
  self: number,
  vector: CompactVector,
  limits: RetrievalLimits,
): number[] {
  const day = indexed.day(self);
  const found = new Map<number, number>();
  for (const k of heaviestTerms(vector, limits.indexTerms, (term) => indexed.shared(term))) {
    const list = postings.list(vector.terms[k]!);
    const weight = vector.weights[k]!;
    const oldest = Math.max(0, list.length - limits.postingsRead);
    for (let i = list.length - 1; i >= oldest; i--) {
      const slot = list[i]!;
      if (slot === self || tooFarApart(day, indexed.day(slot), limits.maxGapDays)) continue;
      found.set(slot, (found.get(slot) ?? 0) + weight);
    }
  }
  return [...found]
    .sort((x, y) => y[1] - x[1] || (indexed.key(x[0]) < indexed.key(y[0]) ? -1 : 1))
    .slice(0, limits.candidates)
    .map(([slot]) => slot);
}

function tooFarApart(a: number | undefined, b: number | undefined, maxGapDays: number): boolean {
  return a !== undefined && b !== undefined && Math.abs(a - b) > maxGapDays;
}
