import type { CalendarPrecision, DateMention, Span } from '../../../model.ts';

/** "that month", "later that day", "the same year": a date named by the date before it. */
const ANAPHOR = /\b(?:(?:later|earlier) )?(?:that|the same) (day|week|month|year)\b/gi;

const FINER_OR_EQUAL: Readonly<Record<string, readonly CalendarPrecision[]>> = {
  day: ['day'],
  week: ['week'],
  month: ['day', 'month'],
  year: ['day', 'week', 'month', 'quarter', 'year'],
};

/** A date value cut down to a coarser precision ("2025-02-10" to month: "2025-02"). */
function reduced(date: DateMention, to: string): string {
  if (to === 'year') return date.value.slice(0, 4);
  if (to === 'month') return date.value.slice(0, 7);
  return date.value;
}

/**
 * Anaphoric dates inside the sentences: each takes the latest calendar date written before it
 * that is at least as precise, cut to its own precision, marked inferred ("in February ... that
 * month" is February). None when no earlier date fits.
 */
export function anaphoricDates(text: string, sentences: readonly Span[], dates: readonly DateMention[]): DateMention[] {
  const found: DateMention[] = [];
  for (const sentence of sentences) {
    for (const m of text.slice(sentence.start, sentence.end).matchAll(ANAPHOR)) {
      const start = sentence.start + (m.index ?? 0);
      const unit = (m[1] ?? '').toLowerCase();
      const accepted = FINER_OR_EQUAL[unit] ?? [];
      const antecedent = dates
        .filter((d) => d.end <= start && (accepted as readonly string[]).includes(d.precision))
        .reduce<DateMention | undefined>((latest, d) => (latest === undefined || d.start > latest.start ? d : latest), undefined);
      if (antecedent === undefined) continue;
      const precision = unit as CalendarPrecision;
      found.push({ start, end: start + m[0].length, text: m[0], value: reduced(antecedent, unit), precision, by: 'dates', inferred: true });
    }
  }
  return found;
}
