/** One HTML page's bytes (a file, a WARC record, a fetched response) as an article. */
import { articleId } from './article-id.ts';
import { decodeHtmlFile } from './decode.ts';
import { articleItem, rejectedItem } from './item.ts';
import type { ArticleNotes, IngestItem } from './item.ts';

/** Where a page came from and what is known about it besides its bytes. */
export interface PageOrigin {
  /** What messages name: a file path, `FILE#n` for an archive record, or the URL. */
  readonly path: string;
  readonly url?: string;
  /** The `charset` label of the transport's Content-Type header, when it has one. */
  readonly charset?: string;
  readonly fetchedAt?: string;
  /** Metadata a feed states about the page. */
  readonly title?: string;
  readonly publishedAt?: string;
  readonly author?: string;
  readonly source?: string;
}

/** The page decoded (see `decodeHtmlFile`) as an article with `html`, or why it cannot be one. */
export function pageItem(bytes: Uint8Array, origin: PageOrigin): IngestItem {
  const { charset, fetchedAt, ...fields } = origin;
  const decoded = decodeHtmlFile(bytes, charset);
  if (!decoded.ok) return rejectedItem(origin.path, decoded.code, decoded.reason);
  const notes: ArticleNotes = {
    ...(decoded.note === undefined ? {} : { notes: [decoded.note] }),
    ...(fetchedAt === undefined ? {} : { fetchedAt }),
  };
  return articleItem({ id: articleId(decoded.text), ...fields, html: decoded.text }, notes);
}
