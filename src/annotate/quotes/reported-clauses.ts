import type { Quote } from '../../model.ts';

/**
 * Maps quotes sorted by start (then end) with the reported clause each sits in: the widest
 * indirect quote with a speaker that began before it and has not ended yet ("X said that ...
 * “...”"), or null. Indirect quotes pass through unchanged.
 */
export function mapWithClauses(sorted: readonly Quote[], map: (quote: Quote, clause: Quote | null) => Quote): Quote[] {
  let clause: Quote | null = null;
  return sorted.map((quote) => {
    if (clause && quote.start >= clause.end) clause = null;
    if (quote.kind === 'indirect') {
      if (quote.speaker && (!clause || quote.end > clause.end)) clause = quote;
      return quote;
    }
    return map(quote, clause);
  });
}
