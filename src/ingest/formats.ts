/** Which reader an input file needs, decided by its extension (case-insensitive). */
export type FileFormat = ReadableFormat | UnknownFormat;

export interface ReadableFormat {
  /**
   * `xml-feed` is RSS, Atom or RDF; `json-feed` is a `.json` file that may be a JSON Feed (its
   * content decides); `warc` covers `.warc` and `.warc.gz`.
   */
  readonly kind: 'text' | 'html' | 'jsonl' | 'xml-feed' | 'json-feed' | 'warc';
}

export interface UnknownFormat {
  readonly kind: 'unknown';
  readonly extension: string;
}

const readers: ReadonlyMap<string, ReadableFormat> = new Map<string, ReadableFormat>([
  ['.txt', { kind: 'text' }],
  ['.html', { kind: 'html' }],
  ['.htm', { kind: 'html' }],
  ['.jsonl', { kind: 'jsonl' }],
  ['.ndjson', { kind: 'jsonl' }],
  ['.xml', { kind: 'xml-feed' }],
  ['.rss', { kind: 'xml-feed' }],
  ['.atom', { kind: 'xml-feed' }],
  ['.json', { kind: 'json-feed' }],
  ['.warc', { kind: 'warc' }],
  ['.warc.gz', { kind: 'warc' }],
]);

/** The extensions newsprism reads, for messages: ".txt, .html, .htm, .jsonl, ...". */
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
  return readers.get(extension) ?? { kind: 'unknown', extension };
}

/** Why a file of a format we do not read is not read. */
export function unreadReason(format: UnknownFormat): string {
  const which = format.extension === '' ? 'no extension' : `unknown extension "${format.extension}"`;
  return `${which}: newsprism reads ${READ_EXTENSIONS}`;
}
