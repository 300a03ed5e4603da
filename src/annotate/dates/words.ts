/** Small word lists the date parsers and refiners share (general English, no story data). */

export const MONTHS: readonly string[] = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
];

/** Month names and their common abbreviations, longest first, as a regex alternation. */
export const MONTH_PATTERN =
  '(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)';

/** 1-12 for a month name or abbreviation, else undefined. */
export function monthNumber(word: string): number | undefined {
  const lower = word.toLowerCase().replace(/\.$/, '');
  const index = MONTHS.findIndex((m) => m === lower || (lower.length >= 3 && m.startsWith(lower)));
  return index < 0 ? undefined : index + 1;
}

export const ORDINALS: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4,
};

/** Words after which a bare month name or year is used as a date ("in May", "since 2018"). */
export const DATE_LEAD_WORDS: ReadonlySet<string> = new Set([
  'in', 'since', 'until', 'till', 'by', 'of', 'from', 'to', 'through', 'thru', 'during', 'before',
  'after', 'between', 'and', 'or', 'early', 'mid', 'late', 'last', 'next', 'this', 'that', 'a', 'an',
  'the', 'around', 'circa', 'throughout', 'fiscal', 'on', 'for', 'as', 'at', 'year', 'past', 'each',
  'every', 'per', 'within', 'into', 'than', 'about', 'following', 'previous', 'summer', 'winter',
  'spring', 'autumn', 'fall', 'end', 'start', 'beginning', 'middle',
]);


/** The year offset a relative modifier of a period gives: "year-ago" -1, "next year's" +1. */
export function quarterYearShift(modifier: string): number {
  const lower = modifier.toLowerCase();
  if (lower.startsWith('next')) return 1;
  if (lower.startsWith('this')) return 0;
  return -1;
}

/** "a year ago", "a year earlier", "one year before", "last year": the same period a year back. */
export const YEAR_BACK = /^(?:a|one)\s{1,2}year\s{1,2}(?:ago|earlier|before)$|^last\s{1,2}year$/i;
