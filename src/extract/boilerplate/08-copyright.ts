/** Copyright lines: "© 2025 Some Media", "Copyright 2025 ...", "All rights reserved." */
import { wordCount } from '../lines.ts';
import { lineDetector } from './mark.ts';

const MAX_WORDS = 30;
const COPYRIGHT_START = /^(?:©|\(c\)\s*\d{4}|copyright\b(?:\s*©)?\s*(?:\d{4}|\(c\)|by\b))/i;
/** "(c) Jane Doe", "(c) Jane Doe • further rights ...": a name, then the line's end or a separator. */
const COPYRIGHT_NAME = /^\(c\)\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4}\s*(?:$|[•·|,])/u;
const RIGHTS_RESERVED = /\ball rights reserved\b/i;

export function isCopyrightLine(text: string, words = wordCount(text)): boolean {
  if (words > MAX_WORDS) return false;
  return COPYRIGHT_START.test(text) || COPYRIGHT_NAME.test(text) || RIGHTS_RESERVED.test(text);
}

export const detectCopyright = lineDetector('copyright', isCopyrightLine);
