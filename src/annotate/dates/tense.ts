/** Which way a date without a year or week points, judged from the words just before it. */
export type Tense = 'future' | 'past' | null;

/** Words before a date that place it ahead ("will meet on Friday", "as soon as Tuesday", "until May"). */
export const FUTURE_CUES =
  /\b(?:will|shall|would|'ll|scheduled|set (?:to|for)|due|plans? to|planned|planning to|expected|going to|hopes? to|(?:is|are) to|upcoming|coming|as (?:soon|early) as|until|postponed)\b/i;

/** A past verb right before a date, or a past auxiliary shortly before ("was signed in June", "the year ended March 31"). */
export const PAST_CUES = /\b(?:was|were|had|did)\b|\b[a-z]{3,}ed\s{1,2}(?:(?:in|on|of|at)\s{1,2})?$/i;

/** How many characters before a date are read for a cue. */
export const CUE_WINDOW = 40;

/** The tense the words before `index` give a date: future cues win over past ones. */
export function tenseBefore(text: string, index: number): Tense {
  const before = text.slice(Math.max(0, index - CUE_WINDOW), index);
  if (FUTURE_CUES.test(before)) return 'future';
  return PAST_CUES.test(before) ? 'past' : null;
}
