/**
 * Calls to action: "Click here to ...", "Follow us on ...", "Download our app", "Listen to this
 * article", "Was this article helpful?", "Leave a comment", and the same in German.
 */
import { wordCount } from '../lines.ts';
import { lineDetector } from './mark.ts';

const MAX_WORDS = 30;
const PROMPTS: readonly RegExp[] = [
  /^(?:click|tap|press) here\b/i,
  /\b(?:click|tap) here (?:to|for)\b/i,
  /^follow (?:us|[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}) on (?:twitter|x|facebook|instagram|tiktok|threads|bluesky|whatsapp|telegram|linkedin|youtube|google news)\b/i,
  /^(?:download|get|install) (?:our|the [\w ]{1,30}) app\b/i,
  /^listen to (?:this|the) (?:article|story)\b/i,
  /^(?:skip to (?:main )?content|back to top|loading\.*|please enable javascript\b.*)$/i,
  /^(?:watch|listen):?\s*(?:the )?(?:full )?(?:video|interview|podcast)\s*$/i,
  /^(?:was this (?:article|page|post|story) (?:helpful|useful)|(?:war|ist) (?:der|dieser|dieses|die|diese) (?:artikel|beitrag|text|seite) (?:nützlich|hilfreich))\s*\??$/iu,
  /^(?:möchten sie|willst du) (?:den|diesen) (?:artikel|beitrag) teilen\s*\??$|^(?:diesen |den )?(?:artikel|beitrag) (?:mit anderen )?teilen\b/iu,
  /^(?:(?:über|about) (?:den|die|the) (?:autor|autorin|author)|kommentar (?:schreiben|verfassen)|keine kommentare(?: vorhanden)?(?: \([^)]{0,80}\))?|(?:\d+|bisherige) kommentare(?: zu[mr]? \p{L}{1,20})?(?: \(\d+\))?|leave a (?:comment|reply)|no comments(?: yet)?)\s*[:.]?$/iu,
];

export function isCallToAction(text: string, words = wordCount(text)): boolean {
  return words <= MAX_WORDS && PROMPTS.some((re) => re.test(text));
}

export const detectPrompts = lineDetector('prompt', isCallToAction);
