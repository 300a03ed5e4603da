import type { Span } from '../../model.ts';
import type { Attribution } from './02-attribution.ts';

/** What the shared-cue refiner needs to know of a quote. */
export interface CuedQuote {
  readonly quote: { readonly depth: number; readonly paragraph: number; readonly after: number } & Span;
  readonly attribution: Attribution | null;
}

/** Narration between a quote and a cue that shares its subject: no sentence ends there. */
const SAME_CLAUSE = /^[^.!?]{0,80}$/u;
/** The period of a short capitalised abbreviation ("Rep.", "(D-Va.)", "N.Y."), which ends no sentence. */
const ABBREVIATION_PERIOD = /(?<=\b\p{Lu}[\p{L}.-]{0,4})\.(?=\)|\s\p{L}|\p{L})/gu;

/**
 * The quote whose speaker a subject-less cue shares (`“...,” she said, adding, “...”`, `said
 * that “...,” adding that “...”`): the previous top-level quote of the paragraph, when no
 * sentence ends between its closing mark and the cue.
 */
export function cueSharedWith<T extends CuedQuote>(masked: string, candidates: readonly T[], index: number): T | null {
  const candidate = candidates[index];
  const cue = candidate?.attribution?.cue;
  if (!candidate || !cue || candidate.attribution?.phrase || candidate.quote.depth !== 0) return null;
  for (let k = index - 1; k >= 0; k--) {
    const previous = candidates[k] as T;
    if (previous.quote.depth !== 0) continue;
    const sameParagraph = previous.quote.paragraph === candidate.quote.paragraph;
    return sameParagraph && previous.quote.after <= cue.start && SAME_CLAUSE.test(masked.slice(previous.quote.after, cue.start).replace(ABBREVIATION_PERIOD, '')) ? previous : null;
  }
  return null;
}
