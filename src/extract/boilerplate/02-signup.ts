/** Sign-up and newsletter prompts: "Sign up here.", "Subscribe to our newsletter", "Get the latest ... in your inbox". */
import { wordCount } from '../lines.ts';
import { lineDetector } from './mark.ts';

const MAX_WORDS = 25;
const PROMPT_START = /^(?:sign[ -]?up|subscribe|register|join)\s+(?:here|now|today|for|to|free|our|with)\b/i;
const PROMPT_TARGET = /\b(?:here|now|today|free|newsletters?|inbox|updates|briefings?|alerts|our|email|daily|weekly)\b/i;
const SIGN_UP_CALL = /\b(?:sign[ -]?up|subscribe)\s+(?:here|now|today|for free)\b/i;
const INBOX_OFFER = /\b(?:delivered|straight|direct)\s+to\s+your\s+inbox\b|\bnewsletter\b.{0,80}\b(?:sign[ -]?up|subscribe)\b/i;

/** Every prompt above holds one of these: lines without any are dismissed before the rest. */
const PROMPT_WORD = /sign|subscri|regist|join|inbox|newsletter/i;

export function isSignupPrompt(text: string, words = wordCount(text)): boolean {
  if (words > MAX_WORDS || !PROMPT_WORD.test(text)) return false;
  if (PROMPT_START.test(text) && PROMPT_TARGET.test(text)) return true;
  return SIGN_UP_CALL.test(text) || INBOX_OFFER.test(text);
}

export const detectSignup = lineDetector('signup', isSignupPrompt);
