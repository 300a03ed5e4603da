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

export function isJunkLine(text: string, words = wordCount(text)): boolean {
  if (BARE_VALUE.test(text)) return true;
  if (TAG_LIST.test(text)) return words <= MAX_TAG_WORDS;
  return words <= MAX_TAG_WORDS && LINK_LABEL.test(text);
}

/**
 * How writers sign off a post or a letter ("Euer Max", "x Anna", "Cheers, Tom", "Liebe Grüße",
 * "Un abrazo"): kisses, possessives of "your", greetings and thanks, in the languages of the web.
 */
const SIGN_OFF =
  /^(?:x{1,3}o{0,3}|xoxo|euer|eure|dein|deine|eurer|yours|cheers|best wishes|best regards|kind regards|warm regards|thanks|thank you|lg|vg|mfg|liebe grüße|viele grüße|herzliche grüße|beste grüße|bis bald|ciao|bises|bisous|gros bisous|cordialement|amitiés|besos|saludos|un abrazo|abrazos|un saluto|baci|pozdrawiam|groetjes|hugs|until next time|bis zum nächsten mal)(?=[\s,!.]|$)/i;

/** A line that signs off the post, which is the writer's, not the page's. */
export function isSignOff(text: string): boolean {
  return SIGN_OFF.test(text);
}

/** Short non-sentence lines after the last paragraph of running text ("Comments", "Back to top"), but not a sign-off. */
export function trailingResidue(lines: readonly Line[]): Line[] {
  if (!lines.some((line) => isProse(line.text, line.words))) return [];
  const residue: Line[] = [];
  for (let i = lines.length - 1; i >= 0 && residue.length < MAX_TRAILING_LINES; i--) {
    const line = lines[i];
    if (!line || endsLikeSentence(line.text) || line.words > MAX_TRAILING_WORDS) break;
    residue.push(line);
  }
  return residue.length === MAX_TRAILING_LINES ? [] : residue.filter((line) => !isSignOff(line.text));
}

export const detectJunk: Detector = (lines) => [
  ...lines.filter((line) => isJunkLine(line.text, line.words)).map((line): Mark => ({ start: line.start, end: line.end, reason: 'junk' })),
  ...trailingResidue(lines).map((line): Mark => ({ start: line.start, end: line.end, reason: 'junk' })),
];
