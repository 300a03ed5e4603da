/**
 * Ingest: the only I/O of newsprism. Turns user inputs (files, directories, globs, `-` for JSONL on
 * standard input) into validated `RawArticle`s, or `Rejected` records that name the problem.
 */
export { readInputs } from './read-inputs.ts';
export { articleId } from './article-id.ts';
export { articleInputSchema } from './schema.ts';
export { DEFAULT_MAX_BYTES } from './item.ts';
export type { IngestItem, IngestOptions } from './item.ts';
