/**
 * Ingest: the only I/O of newsprism. Turns user inputs (files, directories, globs, `-` for JSONL on
 * standard input; pages, feeds and WARC archives among the files) into validated `RawArticle`s, or
 * `Rejected` records that name the problem.
 */
export { readInputs } from './read-inputs.ts';
export { articleId } from './article-id.ts';
export { articleInputSchema } from './schema.ts';
export { DEFAULT_MAX_BYTES } from './item.ts';
export type { ArticleNotes, FeedLink, IngestItem, IngestOptions } from './item.ts';
export { pageItem } from './page.ts';
export type { PageOrigin } from './page.ts';
export { feedFileItems } from './feeds/items.ts';
export type { FeedReading } from './feeds/items.ts';
export { READ_EXTENSIONS } from './formats.ts';
export { isUrlInput, webReading } from './urls.ts';
export type { WebOptions, WebReading } from './urls.ts';
