/** One input file of a format we read: its size checked before reading, then decoded or streamed. */
import { createReadStream } from 'node:fs';
import { open, readFile } from 'node:fs/promises';
import { articleId } from './article-id.ts';
import { decodeTextFile } from './decode.ts';
import { feedFileItems } from './feeds/items.ts';
import type { FeedReading } from './feeds/items.ts';
import type { ReadableFormat } from './formats.ts';
import { fsErrorRejection } from './fs-errors.ts';
import { articleItem, rejectedItem } from './item.ts';
import type { IngestItem } from './item.ts';
import { readJsonlStream } from './jsonl.ts';
import { pageItem } from './page.ts';
import { tooLargeReason } from './size.ts';
import { binaryReason, HEAD_BYTES } from './utf8.ts';
import { readWarcFile } from './warc/read.ts';

/** How one file is read: the size limit, and what feeds need (see `FeedReading`). */
export interface FileReading extends FeedReading {
  readonly maxBytes: number;
}

/**
 * The items of one regular file of `size` bytes (from its stat). JSONL and WARC are streamed (the
 * limit applies per record); other files are read whole, so the limit applies to the file.
 */
export async function* readInputFile(path: string, kind: ReadableFormat['kind'], size: number, reading: FileReading): AsyncGenerator<IngestItem> {
  if (kind === 'jsonl') {
    yield* readJsonlFile(path, size, reading.maxBytes);
    return;
  }
  if (kind === 'warc') {
    yield* size === 0 ? [rejectedItem(path, 'empty', 'file is empty')] : readWarcFile(path, reading.maxBytes);
    return;
  }
  if (size > reading.maxBytes) {
    yield rejectedItem(path, 'too-large', tooLargeReason('file', size, reading.maxBytes));
    return;
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    yield { kind: 'rejected', rejected: fsErrorRejection(path, error) };
    return;
  }
  if (kind === 'xml-feed' || kind === 'json-feed') yield* feedFileItems(bytes, path, kind === 'xml-feed' ? 'xml' : 'json', reading);
  else yield kind === 'html' ? pageItem(bytes, { path }) : textItem(bytes, path);
}

function textItem(bytes: Uint8Array, path: string): IngestItem {
  const decoded = decodeTextFile(bytes);
  if (!decoded.ok) return rejectedItem(path, decoded.code, decoded.reason);
  return articleItem({ id: articleId(decoded.text), path, text: decoded.text });
}

/** JSONL is streamed line by line (the size limit applies per record); the head is checked first. */
async function* readJsonlFile(path: string, size: number, maxBytes: number): AsyncGenerator<IngestItem> {
  if (size === 0) {
    yield rejectedItem(path, 'empty', 'file is empty');
    return;
  }
  let head: Uint8Array;
  try {
    head = await readHead(path);
  } catch (error) {
    yield { kind: 'rejected', rejected: fsErrorRejection(path, error) };
    return;
  }
  const binary = binaryReason(head);
  if (binary !== null) {
    yield rejectedItem(path, 'binary', binary);
    return;
  }
  yield* readJsonlStream(createReadStream(path), path, maxBytes);
}

async function readHead(path: string): Promise<Uint8Array> {
  const file = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await file.read(buffer, 0, HEAD_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await file.close();
  }
}
