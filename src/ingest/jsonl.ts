/** JSONL input (files and standard input): one validated article, or one rejection, per line. */
import { fsErrorRejection, oneLine } from './fs-errors.ts';
import { articleItem, rejectedItem } from './item.ts';
import type { IngestItem } from './item.ts';
import { splitLines } from './lines.ts';
import { articleInputSchema, describeIssues, toRawArticle } from './schema.ts';
import { tooLargeReason } from './size.ts';
import { decodeUtf8, invalidUtf8Reason } from './utf8.ts';

/**
 * The records of a JSONL stream, labelled `LABEL:LINE`. Blank lines are ignored; a stream without
 * any record, or one that fails while being read, is rejected as `label`.
 */
export async function* readJsonlStream(
  stream: AsyncIterable<Buffer | string>,
  label: string,
  maxBytes: number,
): AsyncGenerator<IngestItem> {
  let records = 0;
  try {
    for await (const line of splitLines(stream, maxBytes)) {
      const path = `${label}:${line.number}`;
      if ('tooLarge' in line) {
        records += 1;
        yield rejectedItem(path, 'too-large', tooLargeReason('record line', line.tooLarge, maxBytes));
        continue;
      }
      const text = decodeUtf8(line.bytes);
      if (text === null) {
        records += 1;
        yield rejectedItem(path, 'invalid-utf8', invalidUtf8Reason(line.bytes));
        continue;
      }
      if (text.trim() === '') continue;
      records += 1;
      yield recordItem(text, path);
    }
  } catch (error) {
    yield { kind: 'rejected', rejected: fsErrorRejection(label, error) };
    return;
  }
  if (records === 0) yield rejectedItem(label, 'empty', 'no records: only blank lines');
}

/** One JSONL line as an article, or why it is not one. */
export function recordItem(line: string, path: string): IngestItem {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return rejectedItem(path, 'malformed-jsonl', `invalid JSON: ${oneLine(error instanceof Error ? error.message : String(error))}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return rejectedItem(path, 'malformed-jsonl', `expected a JSON object, instead found ${jsonKind(value)}`);
  }
  const parsed = articleInputSchema.safeParse(value);
  if (!parsed.success) return rejectedItem(path, 'malformed-jsonl', oneLine(describeIssues(parsed.error)));
  const article = toRawArticle(parsed.data, path);
  if (article === null) return rejectedItem(path, 'no-text', 'record has no non-empty "text" or "html"');
  return articleItem(article);
}

function jsonKind(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}
