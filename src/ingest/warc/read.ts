/**
 * A WARC or WARC.gz file, streamed record by record in constant memory: each HTML page (a
 * `response` of status 200) becomes an article `FILE#n` (n: the record's 1-based index), other
 * records are passed over and counted in one summary, a truncated or corrupt archive ends with
 * one rejection after the records read before the problem.
 */
import { AsyncIterReader, LimitReader, WARCParser } from 'warcio';
import type { WARCRecord } from 'warcio';
import { fsErrorRejection, oneLine } from '../fs-errors.ts';
import { rejectedItem, skippedItem } from '../item.ts';
import type { IngestItem } from '../item.ts';
import { pageItem } from '../page.ts';
import { formatSize, tooLargeReason } from '../size.ts';
import { htmlResponse, responseBody } from './http.ts';
import type { HtmlResponse } from './http.ts';
import { ArchiveProblem, openWarc } from './source.ts';
import type { WarcSource } from './source.ts';

interface Tally {
  records: number;
  pages: number;
}

export async function* readWarcFile(path: string, maxBytes: number): AsyncGenerator<IngestItem> {
  let source: WarcSource;
  try {
    source = await openWarc(path);
  } catch (error) {
    yield { kind: 'rejected', rejected: fsErrorRejection(path, error) };
    return;
  }
  const tally: Tally = { records: 0, pages: 0 };
  let problem: string | null = null;
  try {
    const parser = new WARCParser(new AsyncIterReader(source.bytes, null));
    for await (const record of parser) {
      const index = tally.records + 1;
      checkRecordHeaders(record, index, parser.offset, source);
      const content = contentReader(record, index);
      const isPage = yield* recordItems(record, content, `${path}#${index}`, maxBytes);
      checkComplete(record, content, index, parser.offset, source);
      tally.records = index;
      if (isPage) tally.pages += 1;
    }
  } catch (error) {
    problem = error instanceof ArchiveProblem ? error.message : `cannot read record ${tally.records + 1}: ${oneLine(error instanceof Error ? error.message : String(error))}`;
  } finally {
    source.close();
  }
  yield* closingItems(path, tally, problem);
}

/**
 * The page a record holds, or nothing for a record passed over (nothing either for a page cut
 * short: the caller reports that); returns whether it is an HTML page. Its content is always consumed.
 */
async function* recordItems(record: WARCRecord, content: LimitReader, path: string, maxBytes: number): AsyncGenerator<IngestItem, boolean> {
  const response = htmlResponse(record);
  const keep = response !== null && record.warcContentLength <= maxBytes;
  const raw = keep ? await content.readFully() : await drain(content);
  record.consumed = keep ? 'raw' : 'skipped';
  if (response === null || content.limit > 0) return response !== null;
  if (keep) yield await pageFromResponse(raw, response, path, record.warcDate ?? undefined, maxBytes);
  else yield rejectedItem(path, 'too-large', tooLargeReason('record', record.warcContentLength, maxBytes));
  return true;
}

async function pageFromResponse(raw: Uint8Array, response: HtmlResponse, path: string, fetchedAt: string | undefined, maxBytes: number): Promise<IngestItem> {
  const body = await responseBody(raw, response, maxBytes);
  if (!body.ok) return rejectedItem(path, 'too-large', `record body is over the ${formatSize(maxBytes)} limit once decoded`);
  const item = pageItem(body.bytes, {
    path,
    url: response.url,
    ...(response.charset === undefined ? {} : { charset: response.charset }),
    ...(fetchedAt === undefined ? {} : { fetchedAt }),
  });
  if (body.note === undefined || item.kind !== 'article') return item;
  return { ...item, notes: [body.note, ...(item.notes ?? [])] };
}

/** The reader of a record's content (after its HTTP headers), which counts what is left of its length. */
function contentReader(record: WARCRecord, index: number): LimitReader {
  const reader = record.reader;
  if (!(reader instanceof LimitReader)) throw new ArchiveProblem(`record ${index}: its content cannot be read`);
  return reader;
}

/** Reads content to its end (or the end of the file) without keeping it. */
async function drain(content: LimitReader): Promise<Uint8Array> {
  for await (const chunk of content) void chunk;
  return new Uint8Array(0);
}

function checkRecordHeaders(record: WARCRecord, index: number, offset: number, source: WarcSource): void {
  if (!record.warcHeaders.statusline.startsWith('WARC/')) {
    throw new ArchiveProblem(`record ${index} ${at(offset, source)} does not start with a "WARC/" version line`);
  }
  if (record.warcHeaders.headers.get('content-length') === null) {
    throw new ArchiveProblem(`record ${index} ${at(offset, source)} has no Content-Length (truncated?)`);
  }
}

function checkComplete(record: WARCRecord, content: LimitReader, index: number, offset: number, source: WarcSource): void {
  const missing = content.limit;
  if (missing > 0) throw new ArchiveProblem(`truncated: record ${index} ${at(offset, source)} lacks ${missing} of its ${record.warcContentLength} content bytes`);
}

function at(offset: number, source: WarcSource): string {
  return source.gzipped ? `(at byte ${offset} once gunzipped)` : `(at byte ${offset})`;
}

/** The summary of records passed over, and the archive's problem or emptiness. */
function* closingItems(path: string, tally: Tally, problem: string | null): Generator<IngestItem> {
  const others = tally.records - tally.pages;
  const counts = `${tally.records} ${plural(tally.records, 'record')}: ${tally.pages} HTML ${plural(tally.pages, 'page')} read, ${others} other ${plural(others, 'record')} skipped`;
  if (problem !== null) {
    yield rejectedItem(path, 'malformed-warc', `${problem}; ${tally.records === 0 ? 'no records read' : `read before it: ${counts}`}`);
    return;
  }
  if (tally.pages === 0) {
    yield rejectedItem(path, 'empty', tally.records === 0 ? 'no WARC records' : `no HTML pages: ${counts}`);
    return;
  }
  if (others > 0) yield skippedItem(path, counts);
}

function plural(count: number, word: string): string {
  return count === 1 ? word : `${word}s`;
}
