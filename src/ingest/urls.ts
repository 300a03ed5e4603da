/** Web inputs: a URL given as an input (a page or a feed), and the linked pages of feed items (`--fetch`). */
import type { Fetcher, FetchSuccess } from '../fetch/index.ts';
import { createFetcher } from '../fetch/index.ts';
import { feedFileItems } from './feeds/items.ts';
import type { FeedLink, IngestItem } from './item.ts';
import { rejectedItem } from './item.ts';
import { pageItem } from './page.ts';

const PAGE_TYPES = ['text/html', 'application/xhtml+xml'];
const XML_FEED_TYPES = ['application/rss+xml', 'application/atom+xml', 'application/rdf+xml', 'application/xml', 'text/xml'];
const JSON_FEED_TYPES = ['application/feed+json', 'application/json'];

/** An input naming a web address rather than a file. */
export function isUrlInput(input: string): boolean {
  return /^https?:\/\//iu.test(input);
}

export interface WebReading {
  /** Reads a URL input: its page, or its feed's items. */
  readonly readUrl: (url: string) => AsyncGenerator<IngestItem>;
  /** Reads the page a content-less feed item links to (only with `fetchLinks`). */
  readonly readLink?: (link: FeedLink) => Promise<IngestItem>;
}

export interface WebOptions {
  /** Allow requests to private, loopback and link-local addresses (`--allow-private`). */
  readonly allowPrivate?: boolean;
  /** Read the linked page of feed items that carry no content (`--fetch`). */
  readonly fetchLinks?: boolean;
  /** A fetcher to use instead of a new one (tests inject one). */
  readonly fetcher?: Fetcher;
}

/** Readers for URL inputs and feed links sharing one fetcher (robots cache, per-host pacing) for the run. */
export function webReading(options: WebOptions = {}): WebReading {
  const fetcher =
    options.fetcher ??
    createFetcher({ allowPrivate: options.allowPrivate ?? false, accept: [...PAGE_TYPES, ...XML_FEED_TYPES, ...JSON_FEED_TYPES] });
  const readLink = async (link: FeedLink): Promise<IngestItem> => {
    const result = await fetcher.fetchPage(link.url);
    if (!result.ok) return rejectedItem(link.path, result.code, result.reason);
    const { title, publishedAt, author, source } = link;
    const stated = {
      ...(title === undefined ? {} : { title }),
      ...(publishedAt === undefined ? {} : { publishedAt }),
      ...(author === undefined ? {} : { author }),
      ...(source === undefined ? {} : { source }),
    };
    return pageItem(result.bytes, { ...stated, ...origin(result), path: link.path });
  };
  async function* readUrl(url: string): AsyncGenerator<IngestItem> {
    const result = await fetcher.fetchPage(url);
    if (!result.ok) {
      yield rejectedItem(url, result.code, withoutUrl(result.reason, url));
      return;
    }
    const feed = feedFormat(result.contentType);
    if (feed === null) yield pageItem(result.bytes, { ...origin(result), path: url });
    else yield* feedFileItems(result.bytes, url, feed, { named: true, readLink: options.fetchLinks ? readLink : undefined });
  }
  return { readUrl, ...(options.fetchLinks ? { readLink } : {}) };
}

/** A fetch failure's reason without the URL it opens with, when the message names that URL already. */
function withoutUrl(reason: string, url: string): string {
  return reason.startsWith(`${url}: `) ? reason.slice(url.length + 2) : reason;
}

function origin(result: FetchSuccess): { url: string; fetchedAt: string; charset?: string } {
  return { url: result.url, fetchedAt: result.fetchedAt, ...(result.charset === undefined ? {} : { charset: result.charset }) };
}

function feedFormat(contentType: string): 'xml' | 'json' | null {
  if (XML_FEED_TYPES.includes(contentType)) return 'xml';
  if (JSON_FEED_TYPES.includes(contentType)) return 'json';
  return null;
}
