/**
 * Canonical JSON of a story report: two-space indentation, keys in the contract's order
 * (docs/contracts.md), so that the same report always gives the same bytes.
 */
import type { StoryReport } from '../model.ts';

const keyOrder = [
  'schemaVersion',
  'id',
  'kind',
  'about',
  'date',
  'precision',
  'article',
  'name',
  'type',
  'aliases',
  'path',
  'source',
  'title',
  'url',
  'publishedAt',
  'publishedAtSource',
  'duplicateOf',
  'speaker',
  'text',
  'value',
  'start',
  'end',
  'match',
  'summary',
  'citations',
  'articles',
  'entities',
  'quotes',
  'variants',
  'facts',
  'evidence',
  'timeline',
  'discrepancies',
  'values',
  'coverage',
  'unique',
  'omitted',
];
const rank = new Map(keyOrder.map((key, i) => [key, i]));

function byContractOrder(a: string, b: string): number {
  const ra = rank.get(a) ?? keyOrder.length;
  const rb = rank.get(b) ?? keyOrder.length;
  return ra - rb || (a < b ? -1 : a > b ? 1 : 0);
}

/** A copy of the value with every object's keys in contract order (unknown keys last, sorted). */
export function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  return Object.fromEntries(
    Object.keys(record)
      .filter((key) => record[key] !== undefined)
      .sort(byContractOrder)
      .map((key) => [key, canonical(record[key])]),
  );
}

export function renderJson(report: StoryReport): string {
  return `${JSON.stringify(canonical(report), null, 2)}\n`;
}
