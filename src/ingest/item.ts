import type { RawArticle, Rejected } from '../model.ts';

export interface IngestOptions {
  /** Largest file (JSONL record line, WARC record) read, in bytes; default {@link DEFAULT_MAX_BYTES}. */
  readonly maxBytes?: number;
  /** Where `-` reads JSONL from; default `process.stdin`. */
  readonly stdin?: NodeJS.ReadableStream;
  /**
   * Reads the page of a feed item that has a link but no content (`--fetch`). Without it, such an
   * item is rejected with a reason that names the link.
   */
  readonly readLink?: (link: FeedLink) => Promise<IngestItem>;
  /** Reads a URL input (see `webReading`). Without it, URL inputs are rejected with a reason. */
  readonly readUrl?: (url: string) => AsyncGenerator<IngestItem>;
}

/** What a feed states about an item that has a link but no content. */
export interface FeedLink {
  readonly url: string;
  /** `FILE#n`, the item's 1-based index in the feed. */
  readonly path: string;
  readonly title?: string;
  readonly publishedAt?: string;
  readonly author?: string;
  readonly source?: string;
}

/** What ingest learned about an article besides the article itself. */
export interface ArticleNotes {
  /** Remarks on the content for the user (an encoding guessed or overruled): not errors. */
  readonly notes?: readonly string[];
  /** When the page was fetched (a WARC record's WARC-Date): never its publication date. */
  readonly fetchedAt?: string;
}

/** One result of reading the inputs, in input order. */
export type IngestItem =
  | ({ readonly kind: 'article'; readonly article: RawArticle } & ArticleNotes)
  | { readonly kind: 'rejected'; readonly rejected: Rejected }
  /** A file met while walking a directory or glob whose kind we do not read, or records of an archive passed over: reported, not an error. */
  | { readonly kind: 'skipped'; readonly path: string; readonly reason: string };

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export function articleItem(article: RawArticle, notes: ArticleNotes = {}): IngestItem {
  return { kind: 'article', article, ...notes };
}

export function rejectedItem(path: string, code: string, reason: string): IngestItem {
  return { kind: 'rejected', rejected: { path, code, reason } };
}

export function skippedItem(path: string, reason: string): IngestItem {
  return { kind: 'skipped', path, reason };
}
