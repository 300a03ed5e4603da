/**
 * Reporting credits: "Reporting by A; Editing by B", "(Additional reporting by C in Paris)",
 * "Writing by D", "With files from E". Every part names people only: a part that goes on into a
 * sentence ("Reporting by Jane Doe suggested ...") is prose, not a credit.
 */
import { wordCount } from '../lines.ts';
import { lineDetector } from './mark.ts';

const MAX_WORDS = 50;
const NAME = "[A-Z][\\w.'’-]*";
const CONNECTOR = '(?:,|\\s+and|\\s+&|\\s+in|\\s+from|\\s+at|\\s+for|\\s+of|\\s+with)';
const ROLE_BY = new RegExp(
  '^(?:(?:additional|further|contributing|staff)\\s+)?(?:reporting|writing|editing|written|reported|compiled|research|researched|graphics|production|fact-checking|photography|video)(?:\\s+(?:and|&)\\s+(?:reporting|writing|editing|research))?\\s+by\\s+',
  'i',
);
const FILES_FROM = /^with\s+(?:additional\s+)?(?:files|reporting)\s+(?:from|by)\s+/i;
/** Names and places only, case-sensitive: each word capitalised, joined by commas and small connectors. */
const NAMES = new RegExp(`^(?:the\\s+)?${NAME}(?:${CONNECTOR}?\\s+${NAME}){0,12}$`);

/** One ";"-separated part of a credit line: a role, "by", then names and places only. */
export function isCreditPart(part: string): boolean {
  const trimmed = part.trim().replace(/[\s.)]+$/, '');
  const role = ROLE_BY.exec(trimmed) ?? FILES_FROM.exec(trimmed);
  return role !== null && NAMES.test(trimmed.slice(role[0].length));
}

/**
 * A credit line opens with the first word of a role (after a bracket, or separators the parts
 * are split on): lines that do not are dismissed before any parsing.
 */
const CREDIT_START =
  /^[([]?[\s;|]*(?:additional|further|contributing|staff|reporting|writing|editing|written|reported|compiled|research|graphics|production|fact-checking|photography|video|with)/i;

export function isReportingCredit(text: string, words = wordCount(text)): boolean {
  if (words > MAX_WORDS || !CREDIT_START.test(text)) return false;
  const inner = text.replace(/^[([]\s*/, '').replace(/\s*[)\]]\.?$/, '');
  const parts = inner.split(/\s*[;|]\s*/).filter((p) => p.length > 0);
  return parts.length > 0 && parts.every(isCreditPart);
}

export const detectCredits = lineDetector('credit', isReportingCredit);
