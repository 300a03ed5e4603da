/**
 * Step 4: the first number of a range takes the unit of the second ("between 10 and 20
 * people", "from 8,000 to 23,500 deaths"); that unit is then inferred, not stated.
 */
import type { Quantity } from '../../model.ts';

const RANGE_JOINERS = /^\s*(?:to|and|-|–|—)\s*(?:about |around |nearly |some )?$/;

export function shareRangeUnits(text: string, quantities: readonly Quantity[]): Quantity[] {
  return quantities.map((q, i) => {
    const next = quantities[i + 1];
    if (q.unit !== undefined || q.vague || next?.unit === undefined || next.vague) return q;
    const between = text.slice(q.end, next.start);
    if (between.length > 20 || !RANGE_JOINERS.test(between)) return q;
    return { ...q, unit: next.unit, inferred: true };
  });
}
