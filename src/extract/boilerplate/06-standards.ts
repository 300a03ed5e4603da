/** Trust and standards statements: "Our Standards: ...", "The Trust Project", "Editorial standards". */
import { wordCount } from '../lines.ts';
import { lineDetector } from './mark.ts';

const MAX_WORDS = 40;
/** A standards label, then a colon or nothing: "Our Standards: ...", "Editorial standards". */
const STANDARDS =
  /^(?:our (?:editorial )?standards|editorial standards|the trust project|corrections? policy|ethics policy|read (?:about )?our (?:editorial )?(?:standards|policies|policy))\s*(?::|$)/i;

export function isStandardsStatement(text: string): boolean {
  return STANDARDS.test(text) && wordCount(text) <= MAX_WORDS;
}

export const detectStandards = lineDetector('standards', isStandardsStatement);
