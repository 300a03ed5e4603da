/**
 * Photo captions and credits. A caption line either starts with a credit label ("Image credit:
 * Agency | Photo by ...", "Photo: ...", "Foto: ...", "Abbildung: ..."), or ends with a credit: "Photo: Name", "Photo by Name",
 * "via AGENCY", "AGENCY/Photographer", "Getty Images", "(name / iStock.com)", ", photo: Archive",
 * "© Agency | Photographer", a licensing link; or it is
 * the present-tense "X speaks during ..." shape of wire captions with a dated slash credit.
 */
import { wordCount } from '../lines.ts';
import { lineDetector } from './mark.ts';
import { MONTH_SOURCE } from '../dates/parse-date.ts';

const MAX_WORDS = 70;

const CREDIT_LABEL =
  /^(?:image|photo|photograph|picture|pictured|video|graphic|illustration|file photo|(?:image|photo|picture|media|video) (?:source|credit|caption)|credits?|caption|foto|fotos|bild|bilder|abbildung|beitragsbild|titelbild|bildquelle|bildnachweis|fotonachweis|crédits? photos?|fotografía|zdjęcie)s?\s*[:|]/i;

/**
 * A credit ending: its pattern, and what every match needs (checked before the regex runs, which
 * would otherwise scan the whole line): text the line holds, or names one of which ends it.
 */
interface CreditEnding {
  readonly pattern: RegExp;
  readonly holds?: string;
  /** Names one of which ends every match, by their last character. */
  readonly endsWithOneOf?: ReadonlyMap<string, readonly string[]>;
}

/** Agencies and picture libraries named at the end of a caption. */
const AGENCIES: readonly string[] = [
  'Getty Images', 'Shutterstock', 'Alamy', 'AP Photo', 'AP Images', 'File Photo', 'Pool Photo', 'Handout', 'iStock',
  'iStockphoto', 'iStock.com', 'iStockphoto.com', 'Adobe Stock', 'Pixabay', 'Unsplash', 'picture alliance', 'imago images',
];

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function byLastCharacter(names: readonly string[]): ReadonlyMap<string, readonly string[]> {
  const byLast = new Map<string, string[]>();
  for (const name of names) byLast.set(name.slice(-1), [...(byLast.get(name.slice(-1)) ?? []), name]);
  return byLast;
}

/** Credits that end a caption, each allowed a closing bracket or period after it. */
const CREDIT_ENDINGS: readonly CreditEnding[] = [
  { pattern: /\b(?:Photo|Image|Picture|Photograph|Credit|Foto)s?\s*(?::|by\b)\s*[^.!?:]{1,80}[).]?$/ },
  { pattern: /\bvia\s+[A-Z][A-Z&.-]{1,15}\b[^.!?]{0,60}$/, holds: 'via' },
  {
    pattern: /\b(?:[A-Z]{2,}|[A-Z][a-z]+)\/(?:Getty Images|Pool|Handout|File|[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3})\s*[).]?$/,
    holds: '/',
  },
  { pattern: new RegExp(`\\b(?:${AGENCIES.map(escapeRegExp).join('|')})\\s*[).]?$`), endsWithOneOf: byLastCharacter(AGENCIES) },
  { pattern: /\bCourtesy of [A-Z][\w .'’-]{1,40}\s*[).]?$/, holds: 'Courtesy of ' },
  { pattern: /,\s*(?:photo|foto|bild|zdjęcie)\s*:\s*[^.!?:]{1,80}$/i, holds: ':' },
  { pattern: /\s©\s*[^.!?©]{1,80}$/, holds: '©' },
  { pattern: /\bPurchase Licensing Rights\b/i },
  { pattern: /\((?:[A-Z]{2,5} )?(?:Photo|Image|Picture|Credit|File)\b[^()]{0,80}\)$/, holds: ')' },
];

/** "X speaks during an event ..." and similar present-tense descriptions of a picture. */
const CAPTION_VERB =
  /\b(?:speaks|gestures|looks on|attends|arrives|waves|listens|reacts|poses|walks|delivers|holds|stands|sits|is seen|are seen|greets|shakes hands|takes part)\b/;
const DATED = new RegExp(`\\b${MONTH_SOURCE}\\s+\\d{1,2},\\s+\\d{4}\\.`);
const SLASH_CREDIT = /\b[A-Z][\w.'’-]+\/[A-Z][\w.'’-]+/;

export function hasCreditLabel(text: string): boolean {
  return CREDIT_LABEL.test(text);
}

/** The text without a closing bracket or period and the spaces before it: where a credit's name ends. */
function withoutClosing(text: string): string {
  const last = text[text.length - 1];
  return (last === ')' || last === '.' ? text.slice(0, -1) : text).trimEnd();
}

function mayEndWith(ending: CreditEnding, text: string): boolean {
  if (ending.holds !== undefined && !text.includes(ending.holds)) return false;
  if (ending.endsWithOneOf === undefined) return true;
  const end = withoutClosing(text);
  for (const name of ending.endsWithOneOf.get(end.slice(-1)) ?? []) if (end.endsWith(name)) return true;
  return false;
}

/** Loops, not `some` with a closure: every line of every article asks, and a closure per call is garbage. */
export function endsWithCredit(text: string): boolean {
  for (const ending of CREDIT_ENDINGS) if (mayEndWith(ending, text) && ending.pattern.test(text)) return true;
  return false;
}

/** A wire caption's credit holds a slash: lines without one are dismissed before the regexes. */
export function isWireCaption(text: string): boolean {
  return text.includes('/') && SLASH_CREDIT.test(text) && DATED.test(text) && CAPTION_VERB.test(text);
}

export function isCaption(text: string, words = wordCount(text)): boolean {
  if (words > MAX_WORDS) return false;
  return hasCreditLabel(text) || endsWithCredit(text) || isWireCaption(text);
}

export const detectCaptions = lineDetector('caption', isCaption);
