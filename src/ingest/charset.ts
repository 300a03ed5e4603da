/**
 * Character encodings: where a document declares one (HTTP header, `<meta>`, XML declaration),
 * what a label means (WHATWG Encoding Standard names), and decoding with it.
 */
import { TextDecoder } from 'node:util';
import iconv from 'iconv-lite';

/** How far into a document to look for a declaration (browsers look at 1 KB; crawled pages vary). */
const SNIFF_BYTES = 64 * 1024;

const META_CHARSET = /<meta\b[^>]{0,512}?charset\s{0,8}=\s{0,8}["']?\s{0,8}([\w.:-]{1,40})/i;
const XML_ENCODING = /^\s{0,64}<\?xml\b[^>]{0,256}?\bencoding\s{0,8}=\s{0,8}["']([\w.:-]{1,40})["']/;
const CONTENT_TYPE_CHARSET = /;\s{0,8}charset\s{0,8}=\s{0,8}["']?([\w.:-]{1,40})/i;

/** The charset label a `<meta charset>` or `<meta http-equiv content="...; charset=">` declares, or null. */
export function declaredCharset(bytes: Uint8Array): string | null {
  return META_CHARSET.exec(latin1Head(bytes))?.[1] ?? null;
}

/** The label of `<?xml version="1.0" encoding="..."?>` at the start of a document, or null. */
export function xmlDeclaredEncoding(bytes: Uint8Array): string | null {
  return XML_ENCODING.exec(latin1Head(bytes).slice(0, 1024))?.[1] ?? null;
}

/** The `charset` parameter of a Content-Type header value ("text/html; charset=EUC-JP"), or null. */
export function contentTypeCharset(contentType: string): string | null {
  return CONTENT_TYPE_CHARSET.exec(contentType)?.[1] ?? null;
}

/** The encoding's WHATWG name for a label ("latin1" -> "windows-1252", "x-sjis" -> "shift_jis"), or null when unknown. */
export function encodingForLabel(label: string): string | null {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return null;
  }
}

/** Encodings that write non-ASCII text with ASCII bytes: valid UTF-8 says nothing against them. */
export function isSevenBitEncoding(encoding: string): boolean {
  return encoding.startsWith('iso-2022-') || encoding === 'utf-7' || encoding === 'hz-gb-2312';
}

/**
 * The bytes decoded with a WHATWG encoding name: iconv-lite when it knows the encoding (it maps
 * windows-1252's 0x80-0x9F to punctuation, where Node's decoder leaves C1 controls), else Node's
 * ICU decoder. Bytes the encoding cannot map become U+FFFD.
 */
export function decodeAs(bytes: Uint8Array, encoding: string): string {
  if (iconv.encodingExists(encoding)) return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), encoding);
  return new TextDecoder(encoding).decode(bytes);
}

function latin1Head(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, SNIFF_BYTES)).toString('latin1');
}
