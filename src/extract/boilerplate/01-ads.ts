/** Ad slots the crawler kept as text: "ARTICLE AD BOX", "Advertisement", "Story continues below advertisement". */
import type { Detector, Mark } from './mark.ts';

const AD_LINE =
  /^(?:article ad box|ad box|advertisements?|advert|ads?|sponsored(?: content)?|paid (?:content|post)|promoted(?: content)?|story continues below(?: this)?(?: advertisement)?|continue reading (?:below|the main story)|scroll to continue(?: with content)?|skip advertisement|ad feedback|remove ads)[\s.:]*$/i;

/** An ad marker glued to the start of a content line by the crawler (upper case only). */
const AD_PREFIX = /^(?:ARTICLE AD BOX|ADVERTISEMENT)\s+(?=\S)/;

export function isAdLine(text: string): boolean {
  return AD_LINE.test(text);
}

export function adPrefixLength(text: string): number {
  return AD_PREFIX.exec(text)?.[0].length ?? 0;
}

export const detectAds: Detector = (lines) =>
  lines.flatMap((line): Mark[] => {
    if (isAdLine(line.text)) return [{ start: line.start, end: line.end, reason: 'ad' }];
    const prefix = adPrefixLength(line.text);
    return prefix > 0 ? [{ start: line.start, end: line.start + prefix, reason: 'ad' }] : [];
  });
