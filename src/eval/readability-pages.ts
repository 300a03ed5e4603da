/**
 * Mozilla Readability's regression pages: one folder per case holding `source.html` and
 * `expected-metadata.json` ({title, byline, siteName, publishedTime, ...}). The expectations are
 * what Readability itself outputs, not independent gold: a site suffix it keeps or a byline that
 * is a date stays in them. Scored per field: title exact after whitespace normalisation, byline
 * contained either way (case-insensitive), publication day, site name (case-insensitive).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fail } from '../errors.ts';
import { decodeHtmlFile } from '../ingest/decode.ts';

export interface PageMetadata {
  readonly title: string | null;
  readonly byline: string | null;
  readonly siteName: string | null;
  readonly publishedTime: string | null;
}

export interface ReadabilityCase {
  /** The case's folder name, e.g. "bbc-1". */
  readonly name: string;
  readonly html: string;
  readonly expected: PageMetadata;
}

export const METADATA_FIELDS = ['title', 'byline', 'siteName', 'publishedTime'] as const;
export type MetadataField = (typeof METADATA_FIELDS)[number];

/** right: both set and matching; empty: both unset; wrong: both set, different; missed: only theirs set; extra: only ours. */
export type FieldOutcome = 'right' | 'empty' | 'wrong' | 'missed' | 'extra';

/** Runs of whitespace as one space, trimmed; null for a missing or blank value. */
export function normaliseSpace(value: string | null | undefined): string | null {
  const clean = (value ?? '').replace(/\s+/gu, ' ').trim();
  return clean === '' ? null : clean;
}

function optionalString(record: Record<string, unknown>, key: string, file: string): string | null {
  const value = record[key];
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') fail('E_DATASET', `${file}: expected "${key}" to be a string or null, instead found ${JSON.stringify(value).slice(0, 60)}`);
  return value;
}

/** The four scored fields of an `expected-metadata.json` document. */
export function parseExpectedMetadata(json: string, file: string): PageMetadata {
  const record = JSON.parse(json) as unknown;
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    fail('E_DATASET', `${file}: expected a JSON object, instead found ${json.slice(0, 60)}`);
  }
  const fields = record as Record<string, unknown>;
  return {
    title: optionalString(fields, 'title', file),
    byline: optionalString(fields, 'byline', file),
    siteName: optionalString(fields, 'siteName', file),
    publishedTime: optionalString(fields, 'publishedTime', file),
  };
}

/** Every case folder of `dir` holding both files, in name order; a folder with neither is skipped. */
export function loadReadabilityCases(dir: string): ReadabilityCase[] {
  if (!existsSync(dir)) fail('E_DATASET', `${dir} is missing: the metadata task needs Readability's test pages`);
  const names = readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
  return names.flatMap((name) => {
    const source = join(dir, name, 'source.html');
    const expected = join(dir, name, 'expected-metadata.json');
    if (!existsSync(source) || !existsSync(expected)) return [];
    const decoded = decodeHtmlFile(readFileSync(source));
    if (!decoded.ok) fail('E_DATASET', `${source}: cannot be decoded (${decoded.reason})`);
    return [{ name, html: decoded.text, expected: parseExpectedMetadata(readFileSync(expected, 'utf8'), expected) }];
  });
}

/** Lower case, whitespace normalised. */
function folded(value: string): string {
  return (normaliseSpace(value) ?? '').toLowerCase();
}

export function titleMatches(ours: string, theirs: string): boolean {
  return normaliseSpace(ours) === normaliseSpace(theirs);
}

/** Lower case, list separators (",", "&", "and") as spaces: "Jane Doe and Ann Lee" reads like "Jane Doe, Ann Lee". */
function foldedNames(value: string): string {
  return folded(value.replace(/\s*(?:,|&|\band\b)\s*/giu, ' '));
}

/** Case-insensitive, list separators aside, one contained in the other ("Jane Doe" matches "By Jane Doe, Staff"). */
export function bylineMatches(ours: string, theirs: string): boolean {
  const a = foldedNames(ours);
  const b = foldedNames(theirs);
  return a !== '' && b !== '' && (a.includes(b) || b.includes(a));
}

export function siteNameMatches(ours: string, theirs: string): boolean {
  return folded(ours) === folded(theirs);
}

const ISO_DAY = /^(\d{4}-\d{2}-\d{2})/;

/** The UTC day of a time with a zone, else null. */
function utcDay(value: string): string | null {
  if (!/(?:Z|[+-]\d{2}:?\d{2})$/.test(value.trim())) return null;
  const time = Date.parse(value.trim().replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
  return Number.isNaN(time) ? null : new Date(time).toISOString().slice(0, 10);
}

/** The same calendar day as written, or the same UTC day when both carry a zone. */
export function dayMatches(ours: string, theirs: string): boolean {
  const a = ISO_DAY.exec(ours.trim())?.[1];
  const b = ISO_DAY.exec(theirs.trim())?.[1];
  if (a === undefined || b === undefined) return false;
  if (a === b) return true;
  const utcA = utcDay(ours);
  return utcA !== null && utcA === utcDay(theirs);
}

const MATCHERS: Readonly<Record<MetadataField, (ours: string, theirs: string) => boolean>> = {
  title: titleMatches,
  byline: bylineMatches,
  siteName: siteNameMatches,
  publishedTime: dayMatches,
};

/** One field of one page, ours against theirs. */
export function fieldOutcome(field: MetadataField, ours: string | null, theirs: string | null): FieldOutcome {
  const a = normaliseSpace(ours);
  const b = normaliseSpace(theirs);
  if (a === null) return b === null ? 'empty' : 'missed';
  if (b === null) return 'extra';
  return MATCHERS[field](a, b) ? 'right' : 'wrong';
}

const ratio = (part: number, whole: number): number => (whole === 0 ? 0 : part / whole);

/**
 * One field's figures: `accuracy` (right or both empty, over all pages), `precision` (right over
 * the pages where we give a value), `recall` (right over the pages where they give one).
 */
export function fieldMetrics(field: MetadataField, outcomes: readonly FieldOutcome[]): Record<string, number> {
  const count = (...kinds: FieldOutcome[]): number => outcomes.filter((o) => kinds.includes(o)).length;
  return {
    [`${field}.accuracy`]: ratio(count('right', 'empty'), outcomes.length),
    [`${field}.precision`]: ratio(count('right'), count('right', 'wrong', 'extra')),
    [`${field}.recall`]: ratio(count('right'), count('right', 'wrong', 'missed')),
  };
}
