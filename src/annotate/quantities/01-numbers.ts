/**
 * Step 1: numbers where they start: digits ("10,000", "5.2"), a currency sign before them,
 * a scale after them ("billion"), number words ("six", "a dozen") and vague counts ("several",
 * "dozens", "tens of thousands").
 */
import type { Token } from '../nlp.ts';
import { touching } from '../../span.ts';
import numbers from './data/numbers.json' with { type: 'json' };

export interface NumberRead {
  /** Token indexes of the first and last token of the number (scale words included). */
  readonly first: number;
  readonly last: number;
  readonly value: number;
  readonly vague: boolean;
  /** Written in words ("six"): counts only with a counted noun after it. */
  readonly inWords: boolean;
  readonly currency?: string;
}

const CARDINALS = new Map(Object.entries(numbers.cardinals));
const SCALES = new Map(Object.entries(numbers.scales));
const VAGUE = new Map(Object.entries(numbers.vague));
const CURRENCY_SYMBOLS = new Map(Object.entries(numbers.currencySymbols));
/** Scale abbreviations that count only when written against the number ("1.5m", "40k"). */
const TIGHT_SCALES = new Set(['k', 'm', 'bn', 'mn', 'mln']);

const DIGITS = /^(?:\d{1,3}(?:,\d{3})+|\d{1,15})(?:\.\d{1,10})?$/;

/** "0".."9" first: the one cheap test most tokens fail before the pattern runs. */
const startsWithDigit = (value: string): boolean => {
  const code = value.charCodeAt(0);
  return code >= 48 && code <= 57;
};

export const isDigits = (value: string): boolean => startsWithDigit(value) && DIGITS.test(value);
export const digitValue = (value: string): number => Number(value.replace(/,/g, ''));

const COMPOUND_CARDINAL = /^([a-z]{3,7})-([a-z]{3,5})$/;

/** "six", "Six" at a sentence start, "twenty-five". */
export function cardinalValue(value: string): number | undefined {
  const word = value.toLowerCase();
  const direct = CARDINALS.get(word);
  if (direct !== undefined) return direct;
  const compound = word.includes('-') ? COMPOUND_CARDINAL.exec(word) : null;
  if (!compound) return undefined;
  const tens = CARDINALS.get(compound[1] ?? '');
  const units = CARDINALS.get(compound[2] ?? '');
  return tens !== undefined && units !== undefined && tens >= 20 && tens % 10 === 0 && units < 10 ? tens + units : undefined;
}


/** Currency words that make a tight "m" a million ("2m euros"), as "£" before the number does. */
const CURRENCY_WORDS = new Set(['euro', 'euros', 'dollar', 'dollars', 'pound', 'pounds', 'yen', 'yuan', 'rupees', 'francs', 'pesos', 'rubles', 'roubles']);

/** "m" right after a number is a million only for money: "£1.7m", "2m euros" (not "a 2m wall"). */
function millionScale(tokens: readonly Token[], read: NumberRead): number | undefined {
  const next = tokens[read.last + 1];
  if (next?.value.toLowerCase() !== 'm' || !touching(tokens[read.last], next)) return undefined;
  const money = read.currency !== undefined || CURRENCY_WORDS.has(tokens[read.last + 2]?.value.toLowerCase() ?? '');
  return money ? 1_000_000 : undefined;
}

/** A scale word after the number: "5.2 billion", "two hundred", "1.5bn", "£1.5m". */
function withScale(tokens: readonly Token[], read: NumberRead): NumberRead {
  const next = tokens[read.last + 1];
  const scale = next === undefined ? undefined : (SCALES.get(next.value.toLowerCase()) ?? millionScale(tokens, read));
  if (next === undefined || scale === undefined) return read;
  if (TIGHT_SCALES.has(next.value.toLowerCase()) && !touching(tokens[read.last], next)) return read;
  return { ...read, last: read.last + 1, value: Math.round(read.value * scale * 1e6) / 1e6 };
}

/** "dozens", "a few", "tens of thousands", "hundreds of thousands" (`word`: token `i` lowercased). */
function vagueCount(tokens: readonly Token[], i: number, word: string): NumberRead | undefined {
  if (word !== 'a' && word !== 'tens' && !VAGUE.has(word)) return undefined; // most tokens: no more lower-casing
  const next = tokens[i + 1]?.value.toLowerCase();
  if ((word === 'tens' || word === 'hundreds') && next === 'of' && tokens[i + 2]?.value.toLowerCase() === 'thousands') {
    return { first: i, last: i + 2, value: word === 'tens' ? 20000 : 200000, vague: true, inWords: true };
  }
  if (word === 'a' && (next === 'few' || next === 'couple' || next === 'handful')) {
    return { first: i, last: i + 1, value: VAGUE.get(next) ?? 3, vague: true, inWords: true };
  }
  const value = VAGUE.get(word);
  if (value === undefined || word === 'few' || word === 'couple' || word === 'handful') return undefined;
  if (word === 'scores' && next !== 'of') return undefined;
  return { first: i, last: i, value, vague: true, inWords: true };
}

/** "a dozen", "half a dozen" (`a`: token `i` lowercased). */
function dozen(tokens: readonly Token[], i: number, a: string): NumberRead | undefined {
  if (a !== 'a' && a !== 'half') return undefined; // most tokens: no more lower-casing
  const [b, c] = [tokens[i + 1], tokens[i + 2]].map((t) => t?.value.toLowerCase());
  if (a === 'a' && b === 'dozen') return { first: i, last: i + 1, value: 12, vague: false, inWords: true };
  if (a === 'half' && b === 'a' && c === 'dozen') return { first: i, last: i + 2, value: 6, vague: false, inWords: true };
  return undefined;
}

/** The number starting at token `i`, if one does. */
export function readNumber(tokens: readonly Token[], i: number): NumberRead | undefined {
  const token = tokens[i];
  if (token === undefined) return undefined;
  const currency = CURRENCY_SYMBOLS.get(token.value);
  const amount = tokens[i + 1];
  if (currency !== undefined && amount !== undefined && touching(token, amount) && isDigits(amount.value)) {
    return withScale(tokens, { first: i, last: i + 1, value: digitValue(amount.value), vague: false, inWords: false, currency });
  }
  if (isDigits(token.value)) {
    return withScale(tokens, { first: i, last: i, value: digitValue(token.value), vague: false, inWords: false });
  }
  const lower = token.value.toLowerCase();
  const special = dozen(tokens, i, lower) ?? vagueCount(tokens, i, lower);
  if (special) return special;
  const cardinal = cardinalValue(lower);
  if (cardinal === undefined || lower === 'dozen') return undefined;
  return withScale(tokens, { first: i, last: i, value: cardinal, vague: false, inWords: true });
}
