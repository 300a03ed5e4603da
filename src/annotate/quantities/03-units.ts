/**
 * Step 3: what a number counts or measures: "%", a currency, or the head noun after it,
 * skipping adjectives and compound nouns ("10,000 Mexican soldiers" -> "soldiers",
 * "29 cartel members" -> "members").
 */
import type { Token } from '../nlp.ts';
import numbers from './data/numbers.json' with { type: 'json' };
import type { NumberRead } from './01-numbers.ts';

export interface UnitRead {
  readonly unit?: string;
  /** Index of the last token of the quantity (the unit's, or the number's without one). */
  readonly last: number;
}

const CURRENCY_WORDS = new Map(Object.entries(numbers.currencyWords));
const NOUN_PHRASE_TAGS = new Set(['ADJ', 'PROPN', 'NOUN']);
const MAX_NOUN_PHRASE = 4;
const TIME_UNITS = /^(?:second|minute|hour|day|week|month|year|decade|century)s?$/;
const RELATIVE_TIME = new Set(['ago', 'earlier', 'later', 'before', 'after', 'since']);

/** "25%", "25 percent", "25 per cent". */
function percent(tokens: readonly Token[], j: number): UnitRead | undefined {
  const word = tokens[j]?.value.toLowerCase();
  if (word === '%' || word === 'percent' || word === 'pct') return { unit: '%', last: j };
  if (word === 'per' && tokens[j + 1]?.value.toLowerCase() === 'cent') return { unit: '%', last: j + 1 };
  return undefined;
}

/** The head noun of the noun phrase starting at `j`: the last noun before anything else. */
export function headNoun(tokens: readonly Token[], j: number): UnitRead | undefined {
  let head: number | undefined;
  for (let k = j; k < j + MAX_NOUN_PHRASE; k++) {
    const token = tokens[k];
    if (token === undefined || !NOUN_PHRASE_TAGS.has(token.pos)) break;
    if (token.pos === 'NOUN') head = k;
    else if (head !== undefined) break;
  }
  if (head === undefined) return undefined;
  const word = (tokens[head] as Token).value.toLowerCase();
  const currency = CURRENCY_WORDS.get(word);
  return { unit: currency ?? word, last: head };
}

/** "three months ago": a point in time, for the dates stage, not a count. */
export function isRelativeTime(tokens: readonly Token[], unit: UnitRead): boolean {
  return TIME_UNITS.test(unit.unit ?? '') && RELATIVE_TIME.has(tokens[unit.last + 1]?.value.toLowerCase() ?? '');
}

/** The unit after a number; "of" is skipped after vague counts and scales ("dozens of people"). */
export function readUnit(tokens: readonly Token[], read: NumberRead): UnitRead {
  let j = read.last + 1;
  const found = percent(tokens, j);
  if (found) return found;
  if (read.currency !== undefined) return { unit: read.currency, last: read.last };
  const spelledScale = read.vague || read.first !== read.last;
  if (spelledScale && tokens[j]?.value.toLowerCase() === 'of') j++;
  if (/^[-–]$/.test(tokens[j]?.value ?? '') && tokens[j]?.start === tokens[j - 1]?.end) j++;
  return headNoun(tokens, j) ?? { last: read.last };
}
