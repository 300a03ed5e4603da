/** The HTTP response inside a WARC `response` record: is it an HTML page, and its body as sent. */
import { brotliDecompressSync, gunzipSync, inflateRawSync, inflateSync } from 'node:zlib';
import { AsyncIterReader } from 'warcio';
import type { WARCRecord } from 'warcio';
import { contentTypeCharset } from '../charset.ts';

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

/** What an HTML response record says about its page. */
export interface HtmlResponse {
  readonly url: string;
  /** The `charset` of the HTTP Content-Type, when it has one. */
  readonly charset?: string;
  readonly contentEncoding?: string;
  readonly chunked: boolean;
}

/** The page a record holds when it is a `response` of status 200 with an HTML media type, else null. */
export function htmlResponse(record: WARCRecord): HtmlResponse | null {
  const http = record.httpHeaders;
  const url = record.warcTargetURI;
  if (record.warcType !== 'response' || http === null || url === null || url === undefined) return null;
  if (!/^HTTP\/[\d.]{1,3}$/i.test(http.protocol ?? '') || Number(http.statusCode) !== 200) return null;
  const contentType = http.headers.get('content-type') ?? '';
  if (!HTML_TYPES.has(mediaType(contentType))) return null;
  const charset = contentTypeCharset(contentType);
  const contentEncoding = http.headers.get('content-encoding')?.trim().toLowerCase();
  return {
    url,
    ...(charset === null ? {} : { charset }),
    ...(contentEncoding === undefined || contentEncoding === '' ? {} : { contentEncoding }),
    chunked: /\bchunked\b/i.test(http.headers.get('transfer-encoding') ?? ''),
  };
}

/** "text/html" from "Text/HTML; charset=UTF-8". */
export function mediaType(contentType: string): string {
  return (contentType.split(';')[0] ?? '').trim().toLowerCase();
}

/** The decoded body, or `ok: false` when it is over the limit once decoded. */
export type Body = { readonly ok: true; readonly bytes: Uint8Array; readonly note?: string } | { readonly ok: false };

/**
 * The body the server meant: chunked transfer undone, then gzip, deflate or br content encoding;
 * at most `maxBytes` once decoded. Archives that stored the body already decoded (some crawlers
 * do, keeping the header) are read as they are, with a note.
 */
export async function responseBody(raw: Uint8Array, response: HtmlResponse, maxBytes: number): Promise<Body> {
  const dechunked = response.chunked ? await new AsyncIterReader([raw], null, true).readFully() : raw;
  const encoding = response.contentEncoding;
  if (encoding === undefined || encoding === 'identity') return { ok: true, bytes: dechunked };
  const decode = decoders.get(encoding);
  if (decode === undefined) return { ok: true, bytes: dechunked, note: `unknown Content-Encoding "${encoding}": body read as stored` };
  try {
    return { ok: true, bytes: decode(dechunked, maxBytes) };
  } catch (error) {
    if (error instanceof RangeError) return { ok: false };
    return { ok: true, bytes: dechunked, note: `Content-Encoding "${encoding}" but the stored body is not encoded so: read as stored` };
  }
}

type Decoder = (bytes: Uint8Array, maxOutputLength: number) => Uint8Array;

const decoders: ReadonlyMap<string, Decoder> = new Map<string, Decoder>([
  ['gzip', (bytes, maxOutputLength) => gunzipSync(bytes, { maxOutputLength })],
  ['x-gzip', (bytes, maxOutputLength) => gunzipSync(bytes, { maxOutputLength })],
  ['deflate', inflateEitherSync],
  ['br', (bytes, maxOutputLength) => brotliDecompressSync(bytes, { maxOutputLength })],
]);

/** "deflate" is meant to be zlib-wrapped, but servers often send raw deflate. */
function inflateEitherSync(bytes: Uint8Array, maxOutputLength: number): Uint8Array {
  try {
    return inflateSync(bytes, { maxOutputLength });
  } catch (error) {
    if (error instanceof RangeError) throw error;
    return inflateRawSync(bytes, { maxOutputLength });
  }
}
