/**
 * What a page says about itself, as the html stage reads it: title, byline, publication time,
 * site name and language. src/extract/fast/meta.ts reads all but the publication time from the
 * parsed page; src/extract/pubdate/ reads that from the raw HTML.
 */
export interface PageMeta {
  readonly title: string | null;
  readonly byline: string | null;
  readonly publishedAt: string | null;
  readonly siteName: string | null;
  readonly language: string | null;
}
