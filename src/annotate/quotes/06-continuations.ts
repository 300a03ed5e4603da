/** What the continuation refiner needs to know of a quote. */
export interface Attributed {
  readonly depth: number;
  readonly paragraph: number;
  /** Index of the sentence the quote opens in. */
  readonly sentence: number;
  readonly kind: 'direct' | 'partial' | 'indirect';
  readonly hasCue: boolean;
  readonly opensParagraph: boolean;
}

/**
 * Index of the quote a cue-less quote continues: for a direct one ("...," she said. "...") the
 * previous top-level quote of the same paragraph, or of the paragraph before when this one opens
 * its own; for a fragment, the previous top-level quote of its sentence ("said the plan is “dead”
 * and “buried”").
 */
export function continuedFrom<T extends Attributed>(quotes: readonly T[], index: number): number | null {
  const quote = quotes[index];
  if (!quote || quote.hasCue || quote.depth !== 0 || quote.kind === 'indirect') return null;
  for (let k = index - 1; k >= 0; k--) {
    const previous = quotes[k] as T;
    if (previous.depth !== 0 || previous.kind === 'indirect') continue;
    if (quote.kind === 'partial') return previous.sentence === quote.sentence ? k : null;
    const sameParagraph = previous.paragraph === quote.paragraph;
    const paragraphBefore = quote.opensParagraph && previous.paragraph === quote.paragraph - 1;
    return sameParagraph || paragraphBefore ? k : null;
  }
  return null;
}
