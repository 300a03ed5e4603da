/** Article records in a page's JSON-LD (`<script type="application/ld+json">`), `@graph` flattened. */
import type { DomDocument } from './dom.ts';

export type JsonRecord = Readonly<Record<string, unknown>>;

const ARTICLE_TYPES = /(?:Article|BlogPosting|Report|WebPage)$/;

function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function flatten(value: unknown): JsonRecord[] {
  if (Array.isArray(value)) return value.flatMap(flatten);
  if (!isRecord(value)) return [];
  return [value, ...flatten(value['@graph'])];
}

function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return null;
  }
}

function typesOf(record: JsonRecord): string[] {
  const type = record['@type'];
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string');
}

/** The JSON-LD records typed as an article (or a web page), articles first. */
export function jsonLdArticles(doc: DomDocument): JsonRecord[] {
  const records = Array.from(doc.querySelectorAll('script[type="application/ld+json"]')).flatMap((script) =>
    flatten(parseJson(script.textContent ?? '')),
  );
  const typed = records.filter((r) => typesOf(r).some((t) => ARTICLE_TYPES.test(t)));
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
