/** The character encoding an HTML page declares in a `<meta>` tag, for pages that are not UTF-8. */
import { TextDecoder } from 'node:util';

/** How far into the page to look for the declaration (browsers look at 1 KB; crawled pages vary). */
const SNIFF_BYTES = 64 * 1024;

const META_CHARSET = /<meta\b[^>]{0,512}?charset\s{0,8}=\s{0,8}["']?\s{0,8}([\w.:-]{1,40})/i;

/** The charset label a `<meta charset>` or `<meta http-equiv content="...; charset=">` declares, or null. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, SNIFF_BYTES)).toString('latin1');
  return META_CHARSET.exec(head)?.[1] ?? null;
}

/**
 * A decoder for a declared label other than UTF-8, or null when the label is UTF-8, a UTF-16
 * variant (which a `<meta>` cannot truthfully declare, per the HTML standard) or unknown.
 */
export function legacyDecoder(label: string): TextDecoder | null {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label);
  } catch {
    return null;
  }
  return decoder.encoding === 'utf-8' || decoder.encoding.startsWith('utf-16') ? null : decoder;
}

/**
 * Windows-1252 characters for bytes 0x80-0x9F (the five unassigned ones keep their C1 code).
 * Node 20's decoder maps that encoding like ISO-8859-1, leaving C1 controls where quotes belong.
 */
const WINDOWS_1252_C1 = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f'
  + '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** The page decoded with its declared legacy encoding. */
export function decodeLegacy(bytes: Uint8Array, decoder: TextDecoder): string {
  const text = decoder.decode(bytes);
  if (decoder.encoding !== 'windows-1252') return text;
  return text.replace(/[\u0080-\u009f]/g, (c1) => WINDOWS_1252_C1.charAt(c1.charCodeAt(0) - 0x80));
}
