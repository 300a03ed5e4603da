import type { Parser, ParsingContext } from 'chrono-node';
import { DATE_LEAD_WORDS } from '../words.ts';

/** Words right before a four-digit number that make it a count or an id, not a year. */
const NOT_BEFORE_YEAR = /[\p{L}\p{N}$€£¥#.,:/+-]$/u;

const LAST_WORD = /([\p{L}]+)[’']?s?\W*$/u;

/** The word before `index` in `text`, lower-cased ("" at the start of the text). */
export function previousWord(text: string, index: number): string {
  const before = text.slice(Math.max(0, index - 40), index);
  const match = LAST_WORD.exec(before);
  return match?.[1]?.toLowerCase() ?? '';
}

/** Built once: chrono asks for the pattern on every parse. */
const BARE_YEAR = /(?<![\p{L}\p{N}])(1[89]\d\d|20\d\d)(?![\p{N}%]|[.,:/]\d|\p{L}|-(?:year|month|day|week)|\s?(?:[ap]\.?m\b|percent\b))/iu;

/**
 * A year on its own ("a 2020 trade agreement", "from 2015 to 2021"): a four-digit number is a
 * year only after a word that introduces a time ("in", "since", "a", "the"...) or at the start.
 */
export const bareYearParser: Parser = {
  pattern: () => BARE_YEAR,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const index = match.index ?? 0;
    const year = Number(match[1]);
    if (year > context.refDate.getFullYear() + 30) return null;
    const before = context.text.slice(Math.max(0, index - 1), index);
    if (NOT_BEFORE_YEAR.test(before)) return null;
    const lead = previousWord(context.text, index);
    const atStart = context.text.slice(0, index).trim() === '';
    if (!atStart && !DATE_LEAD_WORDS.has(lead)) return null;
    return context.createParsingComponents({ year }).imply('month', 1).imply('day', 1).addTag('newsprism/year');
  },
};
