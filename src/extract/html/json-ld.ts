/** JSON-LD (`<script type="application/ld+json">`) read without a DOM: records, their types, their fields. */

export type JsonRecord = Readonly<Record<string, unknown>>;

const ARTICLE_TYPES = /(?:Article|BlogPosting|Report|WebPage)$/;
/** JSON-LD nesting looked into, at most. */
const MAX_JSON_DEPTH = 4;

export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A script's JSON, or null when it does not parse. */
export function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw.trim()) as unknown;
  } catch {
    return null;
  }
}

/** Every record of a JSON-LD value: arrays and the records under `nested` keys flattened. */
export function jsonLdRecords(value: unknown, nested: readonly string[] = ['@graph'], depth = 0): JsonRecord[] {
  if (depth > MAX_JSON_DEPTH) return [];
  if (Array.isArray(value)) return value.flatMap((v) => jsonLdRecords(v, nested, depth + 1));
  if (!isRecord(value)) return [];
  return [value, ...nested.flatMap((key) => jsonLdRecords(value[key], nested, depth + 1))];
}

export function typesOf(record: JsonRecord): string[] {
  const type = record['@type'];
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string');
}

/** The JSON-LD records of the scripts typed as an article (or a web page), articles first. */
export function articleRecords(scripts: readonly string[]): JsonRecord[] {
  const typed = scripts.flatMap((s) => jsonLdRecords(parseJson(s))).filter((r) => typesOf(r).some((t) => ARTICLE_TYPES.test(t)));
  return typed.sort((a, b) => Number(typesOf(a).includes('WebPage')) - Number(typesOf(b).includes('WebPage')));
}

/** A string field, or the `name` of an object field, or the names of a list of them joined by " and ". */
export function textField(record: JsonRecord, key: string): string | null {
  const names = (Array.isArray(record[key]) ? (record[key] as unknown[]) : [record[key]])
    .map((v) => (typeof v === 'string' ? v : isRecord(v) && typeof v['name'] === 'string' ? v['name'] : null))
    .filter((v): v is string => v !== null && v.trim().length > 0)
    .map((v) => v.trim());
  return names.length === 0 ? null : names.join(' and ');
}

export function firstField(records: readonly JsonRecord[], key: string): string | null {
  for (const record of records) {
    const value = textField(record, key);
    if (value) return value;
  }
  return null;
}
