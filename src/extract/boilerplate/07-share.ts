/** Share bars: lines made only of sharing words ("Share", "Facebook Twitter Email", "Copy link"). */
import { wordCount } from '../lines.ts';
import { lineDetector } from './mark.ts';

const MAX_TOKENS = 14;
const SHARE_WORDS = new Set([
  'share', 'shares', 'this', 'article', 'story', 'page', 'on', 'via', 'facebook', 'twitter', 'x', 'email',
  'e-mail', 'whatsapp', 'linkedin', 'reddit', 'print', 'copy', 'link', 'copied', 'tweet', 'pinterest',
  'telegram', 'save', 'saved', 'comments', 'comment', 'flipboard', 'messenger', 'sms', 'bluesky',
  'threads', 'gift', 'mail', 'url', 'more', 'options', 'social', 'media',
]);
const SHARE_ACTIONS = new Set([
  'share', 'tweet', 'facebook', 'twitter', 'whatsapp', 'linkedin', 'email', 'print', 'pinterest', 'telegram',
  'reddit', 'flipboard',
]);

/**
 * A share bar holds a sharing action: lines without one (matched as `toLowerCase` would map them)
 * are dismissed before they are split, and so are lines of more words than a bar has tokens
 * (every word holds a token).
 */
const ACTION_TEXT = /share|tweet|facebook|twitter|whatsapp|linkedin|email|print|pinterest|telegram|reddit|flipboard/iu;

export function isShareBar(text: string, words = wordCount(text)): boolean {
  if (words > MAX_TOKENS || !ACTION_TEXT.test(text)) return false;
  const tokens = text.toLowerCase().split(/[\s|·•/,:]+/).filter((t) => t.length > 0);
  if (tokens.length === 0 || tokens.length > MAX_TOKENS) return false;
  return tokens.every((t) => SHARE_WORDS.has(t)) && tokens.some((t) => SHARE_ACTIONS.has(t));
}

export const detectShareBars = lineDetector('share', isShareBar);
