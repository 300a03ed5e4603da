/** Tiny WARC archives for tests, written with warcio's serializer (gzip per record when asked). */
import { WARCRecord, WARCSerializer } from 'warcio';
import type { WARCType } from 'warcio';

export interface TestRecord {
  readonly type?: WARCType;
  readonly url?: string;
  readonly status?: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body: string | Uint8Array;
}

export async function warcBytes(records: readonly TestRecord[], gzip: boolean): Promise<Buffer> {
  const parts: Uint8Array[] = [];
  for (const record of records) parts.push(await WARCSerializer.serialize(warcRecord(record), { gzip }));
  return Buffer.concat(parts);
}

function warcRecord(record: TestRecord): WARCRecord {
  const body = typeof record.body === 'string' ? Buffer.from(record.body) : record.body;
  const type = record.type ?? 'response';
  const http = type === 'response' || type === 'request';
  async function* content(): AsyncGenerator<Uint8Array> {
    yield body;
  }
  return WARCRecord.create(
    {
      url: record.url ?? 'https://archive.example/',
      date: '2025-05-04T12:00:00Z',
      type,
      warcVersion: 'WARC/1.1',
      ...(http ? { statusline: type === 'request' ? 'GET / HTTP/1.1' : `HTTP/1.1 ${record.status ?? '200 OK'}`, httpHeaders: { ...record.headers } } : {}),
      ...(type === 'warcinfo' ? { warcHeaders: { 'Content-Type': 'application/warc-fields' } } : {}),
    },
    content(),
  );
}
