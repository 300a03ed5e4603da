/** A feed file's bytes to one item per feed item: `FILE#n` articles, rejections and fetched links. */
import { articleId } from '../article-id.ts';
import { decodeTextFile, decodeXmlFile } from '../decode.ts';
import { articleItem, rejectedItem, skippedItem } from '../item.ts';
import type { FeedLink, IngestItem } from '../item.ts';
import type { EntryResult, FeedEntry, FeedRead } from './entry.ts';
import { readJsonFeed } from './json.ts';
import { readXmlFeed } from './xml.ts';

export interface FeedReading {
  /** Named on the command line (a file that is not a feed is rejected) or found in a directory or glob (skipped). */
  readonly named: boolean;
  readonly readLink?: ((link: FeedLink) => Promise<IngestItem>) | undefined;
}

/** The items of an RSS/Atom (`xml`) or JSON Feed (`json`) file. */
export async function* feedFileItems(bytes: Uint8Array, path: string, format: 'xml' | 'json', reading: FeedReading): AsyncGenerator<IngestItem> {
  const decoded = format === 'xml' ? decodeXmlFile(bytes) : decodeTextFile(bytes);
  if (!decoded.ok) {
    yield rejectedItem(path, decoded.code, decoded.reason);
    return;
  }
  const read: FeedRead = format === 'xml' ? readXmlFeed(decoded.text) : readJsonFeed(decoded.text);
  if (!read.ok) {
    yield read.code === 'not-a-feed' && !reading.named ? skippedItem(path, read.reason) : rejectedItem(path, read.code, read.reason);
    return;
  }
  const fileNotes = decoded.note === undefined ? [] : [decoded.note];
  for (const [index, result] of read.entries.entries()) {
    yield await entryItem(result, `${path}#${index + 1}`, fileNotes, reading);
  }
}

async function entryItem(result: EntryResult, path: string, fileNotes: readonly string[], reading: FeedReading): Promise<IngestItem> {
  if (!result.ok) return rejectedItem(path, 'malformed-feed', result.reason);
  const { entry } = result;
  const notes = [...fileNotes, ...result.notes];
  const content = entry.html ?? entry.text;
  if (content !== undefined) return articleItem({ id: articleId(content), path, ...entry }, notes.length === 0 ? {} : { notes });
  if (entry.url === undefined) return rejectedItem(path, 'no-text', 'item has no content and no link');
  if (reading.readLink !== undefined) return reading.readLink(feedLink(entry, entry.url, path));
  return rejectedItem(path, 'no-text', `item has no content, only a link (${entry.url}): use --fetch to read the linked page`);
}

function feedLink(entry: FeedEntry, url: string, path: string): FeedLink {
  return {
    url,
    path,
    ...(entry.title === undefined ? {} : { title: entry.title }),
    ...(entry.publishedAt === undefined ? {} : { publishedAt: entry.publishedAt }),
    ...(entry.author === undefined ? {} : { author: entry.author }),
    ...(entry.source === undefined ? {} : { source: entry.source }),
  };
}
