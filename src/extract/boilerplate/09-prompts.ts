/** Calls to action: "Click here to ...", "Follow us on ...", "Download our app", "Listen to this article". */
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
];

export function isCallToAction(text: string): boolean {
  return wordCount(text) <= MAX_WORDS && PROMPTS.some((re) => re.test(text));
}

export const detectPrompts = lineDetector('prompt', isCallToAction);
