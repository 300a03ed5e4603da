/**
 * Guards that keep discrepancies to real contradictions: which counts can be compared at all,
 * and whether two articles truly disagree (an article that itself states the other value
 * somewhere does not contradict it: the two values are two details of the story).
 */
import type { Discrepancy, Quantity } from '../model.ts';
import { GENERIC_COUNTED, MEASURE_UNITS, SUBSET_WORDS } from './data/counts.ts';
import type { SentenceUnit } from './units.ts';
import { stem } from './words.ts';

const measureStems: ReadonlySet<string> = new Set(MEASURE_UNITS.map(stem));
const genericStems: ReadonlySet<string> = new Set(GENERIC_COUNTED.map(stem));

/** "a 12-yard run", "a 30-year veteran", "a 400-member assembly": a number that describes, not counts. */
export function attributeQuantity(quantity: Quantity): boolean {
  return /^[^\s-]{1,20}\s?-\s?\p{L}/u.test(quantity.text);
}

/** "1990 stories": a year read as a count (four digits, no separator, a plausible year). */
export function yearLike(quantity: Quantity): boolean {
  return /^(?:1[89]|20)\d\d(?![\d,.])/.test(quantity.text) && Number.isInteger(quantity.value) && quantity.value >= 1800 && quantity.value < 2100;
}

/** The last word of a quantity's unit, stemmed ("police officers" -> "officer"). */
function unitStem(quantity: Quantity): string | undefined {
  const last = quantity.unit?.trim().split(/\s+/).pop();
  return last === undefined || last === '' ? undefined : stem(last);
}

/** A unit that measures (yards, percent, minutes) rather than counts things. */
export function measureUnit(quantity: Quantity): boolean {
  const key = unitStem(quantity);
  return key !== undefined && (measureStems.has(key) || MEASURE_UNITS.includes(quantity.unit?.trim().toLowerCase() ?? ''));
}

/** "8 of 10 shots", "his first 5 shots": a count of a part or of a total, not of the whole event. */
export function partialCount(unit: SentenceUnit, quantity: Quantity): boolean {
  const before = unit.text.slice(Math.max(0, quantity.start - unit.start - 24), Math.max(0, quantity.start - unit.start)).toLowerCase();
  const last = /([\p{L}\d]+)\s*-?\s*$/u.exec(before)?.[1] ?? '';
  return /\d\s*-?\s*(?:of|for|on)\s*-?\s*$/.test(before) || SUBSET_WORDS.includes(last);
}

/** A count two outlets can be compared on: things counted, not a measure, an attribute, a year or a part. */
export function comparableCount(unit: SentenceUnit, quantity: Quantity): boolean {
  return !attributeQuantity(quantity) && !yearLike(quantity) && !measureUnit(quantity) && !partialCount(unit, quantity);
}

/** One figure however it is scaled: "3m" read as 3 and "3 million" are one claim. */
export function figureOf(value: number): string {
  let figure = Math.abs(value);
  while (figure >= 1000 && Number.isInteger(figure / 1000)) figure /= 1000;
  return String(figure);
}

/** A counted noun too general to differ from a specific one ("people" against "residents"). */
export function genericCounted(quantity: Quantity): boolean {
  const key = unitStem(quantity);
  return key !== undefined && genericStems.has(key);
}

/** Two spellings of one word ("kilometres", "kilometers"): a few letters apart, same start. */
export function spellingVariants(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x === y) return true;
  if (x.slice(0, 4) !== y.slice(0, 4) || Math.abs(x.length - y.length) > 1) return false;
  const differing = [...x].filter((c, i) => y[i] !== c).length;
  return differing <= 2 || [...x].sort().join('') === [...y].sort().join('');
}

export interface Claim {
  readonly article: string;
  readonly value: string;
}

/**
 * Whether claims hold a real conflict: two articles stating different values, neither of which
 * states the other's value anywhere (`states(article, value)` looks over the whole article).
 */
export function realConflict(claims: readonly Claim[], states: (article: string, value: string) => boolean): boolean {
  return claims.some((a) =>
    claims.some((b) => a.article !== b.article && a.value !== b.value && !states(a.article, b.value) && !states(b.article, a.value)),
  );
}

/** Discrepancies minus those that repeat an earlier one: same kind and question, no value of an article of their own. */
export function withoutRepeats(discrepancies: readonly Discrepancy[]): Discrepancy[] {
  const kept: Discrepancy[] = [];
  const question = (d: Discrepancy): string => d.about.split(':')[0] ?? d.about;
  const readingKeys = (d: Discrepancy): Set<string> => new Set(d.values.flatMap((v) => v.articles.map((a) => `${v.value}@${a}`)));
  for (const d of discrepancies) {
    const own = readingKeys(d);
    const repeats = kept.some((k) => k.kind === d.kind && question(k) === question(d) && [...own].every((key) => readingKeys(k).has(key)));
    if (!repeats) kept.push(d);
  }
  return kept;
}
