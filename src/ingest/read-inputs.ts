/** `readInputs`: every user input (file, directory, glob, `-`) to articles, rejections and skipped files. */
import type { Stats } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { isDynamicPattern } from 'tinyglobby';
import { fail } from '../errors.ts';
import { readInputFile } from './files.ts';
import { fileFormat, READ_EXTENSIONS, unreadReason } from './formats.ts';
import type { ReadableFormat } from './formats.ts';
import { fsErrorRejection } from './fs-errors.ts';
import { DEFAULT_MAX_BYTES, rejectedItem, skippedItem } from './item.ts';
import type { IngestItem, IngestOptions } from './item.ts';
import { readJsonlStream } from './jsonl.ts';
import { isUrlInput } from './urls.ts';
import { globFiles, walkDirectory } from './sources.ts';
import type { FoundEntry } from './sources.ts';

/** The state of one `readInputs` call: its options, and the real path of every file already read. */
interface Reading {
  readonly maxBytes: number;
  readonly readLink: IngestOptions['readLink'];
  readonly firstPathByRealPath: Map<string, string>;
}

/**
 * Reads the inputs in order and yields one item per article, rejected input or skipped file. Never
 * throws for a bad input (only for a bad option): every problem is a `rejected` item, and the run
 * goes on. The same file reached twice (given twice, or through a directory and a glob) is read once.
 */
export async function* readInputs(inputs: readonly string[], options: IngestOptions = {}): AsyncGenerator<IngestItem> {
  const reading: Reading = { maxBytes: checkedMaxBytes(options.maxBytes), readLink: options.readLink, firstPathByRealPath: new Map() };
  for (const input of inputs) {
    if (input === '-') yield* readJsonlStream(options.stdin ?? process.stdin, '-', reading.maxBytes);
    else if (isUrlInput(input)) yield* readUrlInput(input, options);
    else yield* readPathInput(input, reading);
  }
}

async function* readUrlInput(url: string, options: IngestOptions): AsyncGenerator<IngestItem> {
  if (options.readUrl === undefined) yield rejectedItem(url, 'unreadable', 'URLs are read only when web reading is enabled (see webReading)');
  else yield* options.readUrl(url);
}

function checkedMaxBytes(maxBytes: number | undefined): number {
  if (maxBytes === undefined) return DEFAULT_MAX_BYTES;
  if (!Number.isFinite(maxBytes) || maxBytes <= 0) {
    fail('E_OPTION', `maxBytes must be a positive number of bytes, instead found ${maxBytes}`);
  }
  return maxBytes;
}

async function* readPathInput(input: string, reading: Reading): AsyncGenerator<IngestItem> {
  let stats: Stats;
  try {
    stats = await stat(input);
  } catch (error) {
    if (isDynamicPattern(input)) yield* readFound(input, 'glob', globFiles(input), reading);
    else yield { kind: 'rejected', rejected: fsErrorRejection(input, error) };
    return;
  }
  if (stats.isDirectory()) yield* readFound(input, 'directory', walkDirectory(input), reading);
  else if (stats.isFile()) yield* readExplicitFile(input, stats.size, reading);
  else yield rejectedItem(input, 'unreadable', 'not a regular file or directory');
}

/** A file named on the command line: a format we do not read (or a `.xml`/`.json` that is not a feed) is rejected, not skipped. */
async function* readExplicitFile(path: string, size: number, reading: Reading): AsyncGenerator<IngestItem> {
  const format = fileFormat(path);
  if (format.kind === 'unknown') yield rejectedItem(path, 'unknown-extension', unreadReason(format));
  else yield* readOnce(path, format.kind, size, reading, true);
}

/**
 * The files of a directory or glob: formats we do not read (and `.xml`/`.json` files that are not
 * feeds) are skipped; the input itself is rejected when it holds no file of a format we read.
 */
async function* readFound(
  input: string,
  container: 'directory' | 'glob',
  entries: AsyncIterable<FoundEntry>,
  reading: Reading,
): AsyncGenerator<IngestItem> {
  let found = 0;
  let readable = 0;
  for await (const entry of entries) {
    if (entry.kind !== 'file') {
      yield entry;
      continue;
    }
    found += 1;
    const format = fileFormat(entry.path);
    if (format.kind === 'unknown') {
      yield skippedItem(entry.path, unreadReason(format));
      continue;
    }
    readable += 1;
    yield* readOnce(entry.path, format.kind, entry.size, reading, false);
  }
  if (readable === 0) yield nothingReadable(input, container, found);
}

function nothingReadable(input: string, container: 'directory' | 'glob', found: number): IngestItem {
  const reads = `newsprism reads ${READ_EXTENSIONS}`;
  if (container === 'directory') return rejectedItem(input, 'empty', `no readable files in directory (${reads})`);
  if (found === 0) return rejectedItem(input, 'missing', 'matched no files');
  return rejectedItem(input, 'empty', `matched no readable files (${reads})`);
}

/** Reads a file unless the same file (by real path) was already read in this call. */
async function* readOnce(path: string, kind: ReadableFormat['kind'], size: number, reading: Reading, named: boolean): AsyncGenerator<IngestItem> {
  const real = await realpath(path).catch(() => path);
  const first = reading.firstPathByRealPath.get(real);
  if (first !== undefined) {
    yield skippedItem(path, first === path ? 'already read' : `same file as ${first}, already read`);
    return;
  }
  reading.firstPathByRealPath.set(real, path);
  yield* readInputFile(path, kind, size, { maxBytes: reading.maxBytes, readLink: reading.readLink, named });
}
