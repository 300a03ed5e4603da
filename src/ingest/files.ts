/** One input file of a format we read: its size checked before reading, then decoded or streamed. */
import { createReadStream } from 'node:fs';
import { open, readFile } from 'node:fs/promises';
import { articleId } from './article-id.ts';
import { decodeHtmlFile, decodeTextFile } from './decode.ts';
import type { Decoded } from './decode.ts';
import { fsErrorRejection } from './fs-errors.ts';
import { articleItem, rejectedItem } from './item.ts';
import type { IngestItem } from './item.ts';
import { readJsonlStream } from './jsonl.ts';
import { tooLargeReason } from './size.ts';
import { binaryReason, HEAD_BYTES } from './utf8.ts';
import type { ReadableFormat } from './formats.ts';

/** The items of one regular file of `size` bytes (from its stat). */
export async function* readInputFile(
  path: string,
  kind: ReadableFormat['kind'],
  size: number,
  maxBytes: number,
): AsyncGenerator<IngestItem> {
  if (kind === 'jsonl') {
    yield* readJsonlFile(path, size, maxBytes);
    return;
  }
  if (size > maxBytes) {
    yield rejectedItem(path, 'too-large', tooLargeReason('file', size, maxBytes));
    return;
  }
  yield await readWholeFile(path, kind);
}

async function readWholeFile(path: string, kind: 'text' | 'html'): Promise<IngestItem> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return { kind: 'rejected', rejected: fsErrorRejection(path, error) };
  }
  const decoded: Decoded = kind === 'text' ? decodeTextFile(bytes) : decodeHtmlFile(bytes);
  if (!decoded.ok) return rejectedItem(path, decoded.code, decoded.reason);
  const id = articleId(decoded.text);
  return articleItem(kind === 'text' ? { id, path, text: decoded.text } : { id, path, html: decoded.text });
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
