/**
 * Crawler residue: tag lists ("Tags: ..."), bare URLs and numbers, link labels ending in
 * ", opens new tab", and the short non-sentence lines left after the article's last paragraph.
 */
import type { Line } from '../lines.ts';
import { endsLikeSentence, isProse, wordCount } from '../lines.ts';
import type { Detector, Mark } from './mark.ts';

const MAX_TAG_WORDS = 40;
const MAX_TRAILING_LINES = 5;
const MAX_TRAILING_WORDS = 4;

const TAG_LIST = /^(?:tags|topics|filed under|categories|keywords|more on)\s*:/i;
const BARE_VALUE = /^(?:https?:\/\/\S{1,2000}|www\.\S{1,2000}|\d{1,4}|[^\p{L}\p{N}]{1,40})$/u;
const LINK_LABEL = /,\s*opens new (?:tab|window)$/i;

export function isJunkLine(text: string): boolean {
  if (BARE_VALUE.test(text)) return true;
  if (TAG_LIST.test(text)) return wordCount(text) <= MAX_TAG_WORDS;
  return LINK_LABEL.test(text) && wordCount(text) <= MAX_TAG_WORDS;
}

/** Short non-sentence lines after the last paragraph of running text ("Comments", "Back to top"). */
export function trailingResidue(lines: readonly Line[]): Line[] {
  if (!lines.some((line) => isProse(line.text))) return [];
  const residue: Line[] = [];
  for (let i = lines.length - 1; i >= 0 && residue.length < MAX_TRAILING_LINES; i--) {
    const line = lines[i];
    if (!line || endsLikeSentence(line.text) || wordCount(line.text) > MAX_TRAILING_WORDS) break;
    residue.push(line);
  }
  return residue.length === MAX_TRAILING_LINES ? [] : residue;
}

export const detectJunk: Detector = (lines) => [
  ...lines.filter((line) => isJunkLine(line.text)).map((line): Mark => ({ start: line.start, end: line.end, reason: 'junk' })),
  ...trailingResidue(lines).map((line): Mark => ({ start: line.start, end: line.end, reason: 'junk' })),
];
