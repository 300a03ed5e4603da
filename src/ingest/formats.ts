/** Which reader an input file needs, decided by its extension (case-insensitive). */
export type FileFormat = ReadableFormat | UnreadFormat;

export interface ReadableFormat {
  readonly kind: 'text' | 'html' | 'jsonl';
}

export type UnreadFormat =
  /** A format newsprism knows but does not read yet. */
  | { readonly kind: 'unsupported'; readonly reason: string }
  | { readonly kind: 'unknown'; readonly extension: string };

const readers: ReadonlyMap<string, ReadableFormat> = new Map<string, ReadableFormat>([
  ['.txt', { kind: 'text' }],
  ['.html', { kind: 'html' }],
  ['.htm', { kind: 'html' }],
  ['.jsonl', { kind: 'jsonl' }],
  ['.ndjson', { kind: 'jsonl' }],
]);

const FEEDS = 'RSS/Atom feeds are not supported yet';
const ARCHIVES = 'WARC archives are not supported yet';

const unsupported: ReadonlyMap<string, string> = new Map([
  ['.xml', FEEDS],
  ['.rss', FEEDS],
  ['.atom', FEEDS],
  ['.warc', ARCHIVES],
  ['.warc.gz', ARCHIVES],
]);

/** The extensions newsprism reads, for messages: ".txt, .html, .htm, .jsonl, .ndjson". */
export const READ_EXTENSIONS: string = [...readers.keys()].join(', ');

/** The file's extension, lower-cased, counting the known double extension ".warc.gz"; "" when none. */
export function fileExtension(path: string): string {
  const name = (path.split(/[\\/]/).pop() ?? '').toLowerCase();
  if (name.endsWith('.warc.gz') && name.length > '.warc.gz'.length) return '.warc.gz';
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot) : '';
}

export function fileFormat(path: string): FileFormat {
  const extension = fileExtension(path);
  const reader = readers.get(extension);
  if (reader !== undefined) return reader;
  const reason = unsupported.get(extension);
  if (reason !== undefined) return { kind: 'unsupported', reason };
  return { kind: 'unknown', extension };
}

/** Why a file of a format we do not read is not read. */
export function unreadReason(format: UnreadFormat): string {
  if (format.kind === 'unsupported') return format.reason;
  const which = format.extension === '' ? 'no extension' : `unknown extension "${format.extension}"`;
  return `${which}: newsprism reads ${READ_EXTENSIONS}`;
}
