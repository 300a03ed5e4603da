/**
 * Notes a site adds to its articles: affiliate disclosures ("This post contains affiliate links",
 * "Für Links auf dieser Seite erhält ... eine Provision"), appeals for support ("Would you
 * consider supporting our work?", "Unterstützen Sie ...", "Submit a letter to the editor") and
 * disclaimers ("does not offer medical advice", "Alle Angaben ohne Gewähr").
 */
import { wordCount } from '../lines.ts';
import { lineDetector } from './mark.ts';
import type { Detector } from './mark.ts';

/** Every note is shorter than this: an article's paragraph about commissions or support is longer. */
const MAX_WORDS = 60;

const AFFILIATE: readonly RegExp[] = [
  /\b(?:affiliate|partner|provisions|werbe)[- ]?links?\b/iu,
  /\blinks?\b[^\n]{0,120}\b(?:provision|commission|vergütung)\b|\b(?:provision|commission|vergütung)\b[^\n]{0,120}\blinks?\b/iu,
  /\bamazon (?:services llc )?associates?\b/iu,
];
const SUPPORT_APPEAL: readonly RegExp[] = [
  /\b(?:consider|please) support(?:ing)? (?:our|us)\b/iu,
  /\bunterstützen sie (?:diese form|unsere arbeit|uns)\b|\bunterstütze (?:uns|unsere arbeit)\b/iu,
  /\bwesprzyj nas\b/iu,
  /\b(?:submit|write|send)\b[^\n.]{0,30}\bletters? to the editor\b|\bwe want to hear what you think\b/iu,
];
const DISCLAIMER: readonly RegExp[] = [
  /\b(?:does|do) not (?:offer|provide|give|constitute) (?:medical|legal|financial|tax|investment) advice\b/iu,
  /^\(?(?:alle )?angaben ohne gewähr\)?\.?$/iu,
];

/**
 * A kind of note: its patterns, and words one of them always holds (matched with the same flags),
 * which dismiss most lines before the patterns (slow with `\b` under `iu`) run.
 */
interface NoteKind {
  readonly cue: RegExp;
  readonly patterns: readonly RegExp[];
}

const AFFILIATE_NOTE: NoteKind = { cue: /link|amazon/iu, patterns: AFFILIATE };
const SUPPORT_NOTE: NoteKind = {
  cue: /(?:consider|please) support|unterstütz|wesprzyj|to the editor|hear what you think/iu,
  patterns: SUPPORT_APPEAL,
};
const DISCLAIMER_NOTE: NoteKind = { cue: /advice|angaben ohne gewähr/iu, patterns: DISCLAIMER };

function isShortNote(text: string, words: number, kind: NoteKind): boolean {
  return words <= MAX_WORDS && kind.cue.test(text) && kind.patterns.some((re) => re.test(text));
}

/** A note that links on the page earn the site a commission. */
export function isAffiliateNote(text: string, words = wordCount(text)): boolean {
  return isShortNote(text, words, AFFILIATE_NOTE);
}

/** An appeal to readers to support the site or write to it. */
export function isSupportAppeal(text: string, words = wordCount(text)): boolean {
  return isShortNote(text, words, SUPPORT_NOTE);
}

/** A disclaimer of advice or liability. */
export function isDisclaimer(text: string, words = wordCount(text)): boolean {
  return isShortNote(text, words, DISCLAIMER_NOTE);
}

/**
 * Any kind's cue: one scan dismisses a line for the three kinds at once, not one scan per kind.
 * Without the `u` flag (the cues are plain words; case folding of their letters, ü included, is the
 * same) the scan takes about a quarter less time; each kind's own cue and patterns still run with it.
 */
const ANY_NOTE_CUE = new RegExp([AFFILIATE_NOTE, SUPPORT_NOTE, DISCLAIMER_NOTE].map((kind) => kind.cue.source).join('|'), 'i');

export const detectDisclosures: Detector = (lines) => {
  const cued = lines.filter((line) => line.words <= MAX_WORDS && ANY_NOTE_CUE.test(line.text));
  return [
    ...lineDetector('affiliate-note', isAffiliateNote)(cued),
    ...lineDetector('support-appeal', isSupportAppeal)(cued),
    ...lineDetector('disclaimer', isDisclaimer)(cued),
  ];
};
