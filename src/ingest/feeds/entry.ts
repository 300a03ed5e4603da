/** What newsprism keeps of a feed item, whatever the feed format, and how an item's content is chosen. */
import { oneLine } from '../fs-errors.ts';
import { feedDate } from './date.ts';
import { httpUrl, looksLikeHtml, plainTitle } from './values.ts';

/** One feed item: its content (`html` or `text`, at most one) and what the feed states about it. */
export interface FeedEntry {
  readonly url?: string;
  readonly title?: string;
  /** ISO 8601, only when the feed states a publication date. */
  readonly publishedAt?: string;
  readonly author?: string;
  /** The outlet: the item's own `<source>` (aggregators), else the feed's title. */
  readonly source?: string;
  readonly html?: string;
  readonly text?: string;
}

/** An item read, with remarks on it, or why it cannot be read. */
export type EntryResult =
  | { readonly ok: true; readonly entry: FeedEntry; readonly notes: readonly string[] }
  | { readonly ok: false; readonly reason: string };

/** A whole feed: its items in order, or why the file is not a feed we can read. */
export type FeedRead =
  | { readonly ok: true; readonly entries: readonly EntryResult[] }
  | { readonly ok: false; readonly code: 'malformed-feed' | 'not-a-feed' | 'empty'; readonly reason: string };

/** A content candidate: `html` always markup, `text` always plain, `either` decided by a look at it. */
export interface ContentCandidate {
  readonly kind: 'html' | 'text' | 'either';
  readonly value: string | undefined;
}

/** The first non-blank candidate, as `{ html }` or `{ text }`; `{}` when every candidate is blank. */
export function chooseContent(candidates: readonly ContentCandidate[]): { readonly html?: string; readonly text?: string } {
  for (const { kind, value } of candidates) {
    if (value === undefined || value.trim() === '') continue;
    const html = kind === 'html' || (kind === 'either' && looksLikeHtml(value));
    return html ? { html: value } : { text: value };
  }
  return {};
}

/** The metadata fields of an entry, left out when absent. */
export function definedFields(fields: Readonly<Record<string, string | undefined>>): Record<string, string> {
  const defined: Record<string, string> = {};
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) defined[key] = value;
  return defined;
}

/** What a format reader found in one item, before checks. */
export interface EntryParts {
  /** Candidate links, best first. */
  readonly links: readonly (string | undefined)[];
  /** Candidate publication dates as written, best first. */
  readonly dates: readonly (string | undefined)[];
  readonly title: string | undefined;
  readonly author: string | undefined;
  readonly source: string | undefined;
  readonly content: { readonly html?: string; readonly text?: string };
}

/**
 * The entry, with a note for a link or date it had to leave out; rejected when it has neither
 * content nor a usable link.
 */
export function finishEntry(parts: EntryParts): EntryResult {
  const notes: string[] = [];
  const link = parts.links.find((candidate) => candidate !== undefined);
  const url = httpUrl(link);
  if (link !== undefined && url === undefined) notes.push(`link "${oneLine(link)}" is not an http(s) URL: left out`);
  const writtenDate = parts.dates.find((candidate) => candidate !== undefined);
  const publishedAt = writtenDate === undefined ? undefined : (feedDate(writtenDate) ?? undefined);
  if (writtenDate !== undefined && publishedAt === undefined) notes.push(`date "${oneLine(writtenDate)}" is not a date newsprism reads: left out`);
  if (parts.content.html === undefined && parts.content.text === undefined && url === undefined) {
    return { ok: false, reason: link === undefined ? 'item has no content and no link' : `item has no content, and its link "${oneLine(link)}" is not an http(s) URL` };
  }
  const fields = definedFields({ url, title: plainTitle(parts.title), publishedAt, author: parts.author, source: parts.source });
  return { ok: true, entry: { ...fields, ...parts.content }, notes };
}
