/**
 * A byline near the top: "By Jane Doe", "By Jane Doe and John Roe | June 5, 2024", "BY JANE DOE,
 * Staff Writer". "By Monday, officials had left." is prose, not a byline.
 */
import { endsLikeSentence, wordCount } from '../lines.ts';
import type { Detector, Mark } from './mark.ts';
import { MONTH_SOURCE } from '../dates/parse-date.ts';

/** Bylines sit among the first lines of an article. */
export const BYLINE_WINDOW = 6;
const MAX_WORDS = 24;
const MAX_LOWERCASE_WORDS = 3;

const BYLINE_START = /^(?:by|written by|posted by|words by|story by)\s+(?=[A-Z])/i;
const NOT_A_NAME = new RegExp(
  `^(?:${MONTH_SOURCE}|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|The|This|That|Then|Now|Next|Last|Early|Late|Mid|End|Noon|Midnight)\\b`,
);
const NAME = "[A-Z][\\w.'’-]*(?:\\s+[A-Z][\\w.'’-]*){0,3}";
const NAME_LIST = new RegExp(`^${NAME}(?:(?:\\s*,\\s*|\\s+and\\s+|\\s*&\\s*)${NAME}){0,5}`);

/** The names part of a byline line ("Jane Doe and John Roe"), or null when the line is not a byline. */
export function bylineNames(text: string): string | null {
  const start = BYLINE_START.exec(text);
  if (!start || wordCount(text) > MAX_WORDS || endsLikeSentence(text)) return null;
  const rest = text.slice(start[0].length);
  if (NOT_A_NAME.test(rest)) return null;
  const names = NAME_LIST.exec(rest);
  if (!names) return null;
  const tail = rest.slice(names[0].length);
  const lowercaseWords = tail.split(/\s+/).filter((w) => /^\p{Ll}{2,}/u.test(w)).length;
  return lowercaseWords > MAX_LOWERCASE_WORDS ? null : names[0].trim();
}

export const detectByline: Detector = (lines) =>
  lines
    .slice(0, BYLINE_WINDOW)
    .filter((line) => bylineNames(line.text) !== null)
    .map((line): Mark => ({ start: line.start, end: line.end, reason: 'byline' }));
