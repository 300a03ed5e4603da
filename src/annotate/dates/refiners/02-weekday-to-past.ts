import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { addDays, dayOf, weekdayOf, type Day } from '../reference.ts';
import { tenseBefore } from '../tense.ts';

/**
 * The day a weekday refers to. News reports what happened: "on Saturday" is the latest Saturday
 * up to the reference day (the reference's own weekday is that day), "last Friday" the one before
 * it; "next Friday", or a weekday after "will" / "scheduled", is the first one after it.
 */
export function weekdayDay(ref: Day, weekday: number, modifier: 'past' | 'last' | 'next'): Day {
  const back = (weekdayOf(ref) - weekday + 7) % 7;
  if (modifier === 'past') return addDays(ref, -back);
  if (modifier === 'last') return addDays(ref, back === 0 ? -7 : -back);
  const ahead = (weekday - weekdayOf(ref) + 7) % 7;
  return addDays(ref, ahead === 0 ? 7 : ahead);
}

function modifierOf(context: ParsingContext, result: ParsingResult): 'past' | 'last' | 'next' {
  const text = result.text.toLowerCase();
  if (/\bnext\b/.test(text)) return 'next';
  if (/\b(?:last|past)\b/.test(text)) return 'last';
  return tenseBefore(context.text, result.index) === 'future' ? 'next' : 'past';
}

export const weekdayToPast: Refiner = {
  refine(context: ParsingContext, results: ParsingResult[]) {
    for (const result of results) {
      const weekday = result.start.get('weekday');
      if (weekday === null || !result.start.isCertain('weekday') || result.start.isCertain('day')) continue;
      const day = weekdayDay(dayOf(context.refDate), weekday, modifierOf(context, result));
      result.start.imply('year', day.year).imply('month', day.month).imply('day', day.day);
    }
    return results;
  },
};
