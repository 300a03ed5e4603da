import type { RawArticle, Rejected } from '../model.ts';

export interface IngestOptions {
  /** Largest file (or JSONL record line) read, in bytes; default {@link DEFAULT_MAX_BYTES}. */
  readonly maxBytes?: number;
  /** Where `-` reads JSONL from; default `process.stdin`. */
  readonly stdin?: NodeJS.ReadableStream;
}

/** One result of reading the inputs, in input order. */
export type IngestItem =
  | { readonly kind: 'article'; readonly article: RawArticle }
  | { readonly kind: 'rejected'; readonly rejected: Rejected }
  /** A file met while walking a directory or glob whose kind we do not read: reported, not an error. */
  | { readonly kind: 'skipped'; readonly path: string; readonly reason: string };

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export function articleItem(article: RawArticle): IngestItem {
  return { kind: 'article', article };
}

export function rejectedItem(path: string, code: string, reason: string): IngestItem {
  return { kind: 'rejected', rejected: { path, code, reason } };
}

export function skippedItem(path: string, reason: string): IngestItem {
  return { kind: 'skipped', path, reason };
}
