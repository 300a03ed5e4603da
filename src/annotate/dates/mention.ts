import type { ParsedResult } from 'chrono-node';
import type { CalendarPrecision, DateMention } from '../../model.ts';
import { isoWeek } from './reference.ts';

const TAG_PRECISION: Readonly<Record<string, CalendarPrecision>> = {
  'newsprism/week': 'week',
  'newsprism/relative-month': 'month',
  'newsprism/relative-year': 'year',
  'newsprism/part-of-month': 'month',
  'newsprism/part-of-year': 'year',
  'newsprism/quarter': 'quarter',
  'newsprism/decade': 'decade',
  'newsprism/year': 'year',
};

/** Coarsest first. */
const PRECISION_ORDER: readonly CalendarPrecision[] = ['decade', 'year', 'quarter', 'month', 'week', 'day'];

/**
 * What the expression pins down: our parsers and refiners tag it (a refiner that makes it finer
 * adds a finer tag), chrono's results tell by certain parts.
 */
export function precisionOf(result: ParsedResult): CalendarPrecision | null {
  const tagged = [...result.tags()].map((tag) => TAG_PRECISION[tag]).filter((p) => p !== undefined);
  if (tagged.length > 0) return tagged.reduce((a, b) => (PRECISION_ORDER.indexOf(b) > PRECISION_ORDER.indexOf(a) ? b : a));
  const start = result.start;
  if (start.isCertain('day') || start.isCertain('weekday')) return 'day';
  if (start.isCertain('month')) return 'month';
  if (start.isCertain('year')) return 'year';
  return null;
}

const pad = (n: number): string => String(n).padStart(2, '0');

export function formatValue(year: number, month: number, day: number, precision: CalendarPrecision): string {
  switch (precision) {
    case 'day':
      return `${year}-${pad(month)}-${pad(day)}`;
    case 'week':
      return isoWeek({ year, month, day });
    case 'month':
      return `${year}-${pad(month)}`;
    case 'quarter':
      return `${year}-Q${Math.ceil(month / 3)}`;
    case 'year':
      return String(year);
    case 'decade':
      return `${String(year).slice(0, 3)}X`;
  }
}

const STATED_YEAR = /(?<!\p{N})\d{4}(?!\p{N})|['’]\d\d(?!\p{N})/u;

/** The text states a year ("May 3, 2025", "the 2010s", "'19") or the year came from the reference. */
export function statesYear(text: string): boolean {
  return STATED_YEAR.test(text);
}

/** A chrono result found at `offset` in the article text, as a date mention. */
export function toDateMention(result: ParsedResult, offset: number): DateMention | null {
  const precision = precisionOf(result);
  const year = result.start.get('year');
  const month = result.start.get('month');
  const day = result.start.get('day');
  if (precision === null || year === null || month === null || day === null) return null;
  const trimmed = /^(.*?)[\s,;:.)]*$/su.exec(result.text)?.[1] ?? result.text;
  const lead = /^[\s,(]*/.exec(trimmed)?.[0].length ?? 0;
  const text = trimmed.slice(lead);
  if (text === '') return null;
  const start = offset + result.index + lead;
  return {
    start,
    end: start + text.length,
    text,
    value: formatValue(year, month, day, precision),
    precision,
    by: 'dates',
    inferred: !statesYear(text),
  };
}
