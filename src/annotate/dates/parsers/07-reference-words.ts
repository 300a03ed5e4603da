/**
 * Words that place something in the past, present or future without a calendar position ("now",
 * "recently", "in the coming months"): TimeML's PAST_REF, PRESENT_REF and FUTURE_REF. They are
 * found with a plain pattern (chrono has no result without a calendar date).
 */
import type { DateMention, Span } from '../../../model.ts';

type Reference = 'PAST_REF' | 'PRESENT_REF' | 'FUTURE_REF';

const PHRASES: readonly (readonly [Reference, string])[] = [
  ['PRESENT_REF', String.raw`(?:right )?now(?![-'’])`],
  ['PRESENT_REF', 'currently|at present|nowadays|these days'],
  ['PAST_REF', String.raw`(?:more )?recently|recent (?:years|months|weeks|days)|(?<=\bin )the past(?! \w+ (?:years|months|weeks|days|quarters))`],
  ['FUTURE_REF', String.raw`(?<=\b(?:in|for|into|about|of) )the (?:near |distant |foreseeable )?future|(?:the )?(?:near |distant )?future(?= *[.,;:!?)]| (?:and|or|but)\b)|(?:the )?coming (?:years|months|weeks|days|quarters)`],
];

/** One pattern for all phrases, one group per reference: the text is scanned once. */
const PATTERN = new RegExp(
  String.raw`\b(?:${PHRASES.map(([, phrase]) => `(${phrase})`).join('|')})\b`,
  'giu',
);

/** Reference words inside `span` of `text`. */
export function referenceWords(text: string, span: Span): DateMention[] {
  const part = text.slice(span.start, span.end);
  const found: DateMention[] = [];
  for (const m of part.matchAll(PATTERN)) {
    const group = m.findIndex((g, i) => i > 0 && g !== undefined);
    const value = PHRASES[group - 1]?.[0];
    if (value === undefined) continue;
    const start = span.start + (m.index ?? 0);
    found.push({ start, end: start + m[0].length, text: m[0], value, precision: 'ref', by: 'dates', inferred: false });
  }
  return found;
}
