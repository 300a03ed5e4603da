/** File bytes to text, or the reason they cannot be: the checks every text, HTML or feed file goes through. */
import { declaredCharset, decodeAs, encodingForLabel, isSevenBitEncoding, xmlDeclaredEncoding } from './charset.ts';
import { binaryReason, decodeUtf8, invalidUtf8Reason } from './utf8.ts';

export type DecodeFailure = 'empty' | 'binary' | 'invalid-utf8';

export type Decoded =
  | {
    readonly ok: true;
    readonly text: string;
    /** The WHATWG name of the encoding the text was read with. */
    readonly encoding: string;
    /** Set when the encoding was a guess or overrode a declaration: content to mention, not an error. */
    readonly note?: string;
  }
  | { readonly ok: false; readonly code: DecodeFailure; readonly reason: string };

/** A charset label a document carries, and where it was found ("the HTTP header", "<meta charset>"). */
export interface Declaration {
  readonly label: string;
  readonly where: string;
}

/** A plain-text file: UTF-8 (or UTF-16 with a byte-order mark); a leading BOM is dropped. */
export function decodeTextFile(bytes: Uint8Array): Decoded {
  return decodeWith(bytes, () => {
    const text = decodeUtf8(bytes);
    return text === null ? failure('invalid-utf8', invalidUtf8Reason(bytes)) : success(text, 'utf-8');
  });
}

/**
 * An HTML page, by the first known charset among the transport's (the `charset` of an HTTP
 * Content-Type header, fetched or archived) and the page's own `<meta>`; then a sniff. See
 * {@link decodeDeclared}.
 */
export function decodeHtmlFile(bytes: Uint8Array, transportCharset?: string): Decoded {
  const declarations: Declaration[] = [];
  if (transportCharset !== undefined) declarations.push({ label: transportCharset, where: 'the HTTP header' });
  const meta = declaredCharset(bytes);
  if (meta !== null) declarations.push({ label: metaLabel(meta), where: '<meta charset>' });
  return decodeWith(bytes, () => decodeDeclared(bytes, declarations));
}

/** An XML feed, by the encoding its XML declaration names; then a sniff. See {@link decodeDeclared}. */
export function decodeXmlFile(bytes: Uint8Array): Decoded {
  const label = xmlDeclaredEncoding(bytes);
  return decodeWith(bytes, () => decodeDeclared(bytes, label === null ? [] : [{ label, where: 'the XML declaration' }]));
}

/** A `<meta>` cannot truthfully declare UTF-16 (the HTML standard reads it as UTF-8). */
function metaLabel(label: string): string {
  return encodingForLabel(label)?.startsWith('utf-16') === true ? 'utf-8' : label;
}

/**
 * Bytes without a byte-order mark, by the first declaration whose label is known:
 * - valid UTF-8 holding non-ASCII text is read as UTF-8 whatever the label says (crawlers and
 *   servers re-encode pages and keep the old label; legacy text is almost never valid UTF-8),
 *   except under a 7-bit encoding such as ISO-2022-JP, whose bytes are ASCII;
 * - a legacy label is obeyed;
 * - UTF-8 declared (or nothing known) but not valid: read as windows-1252, with a note.
 */
export function decodeDeclared(bytes: Uint8Array, declarations: readonly Declaration[]): Decoded {
  const known = declarations.map((declaration) => ({ ...declaration, encoding: encodingForLabel(declaration.label) }));
  const chosen = known.find((declaration) => declaration.encoding !== null);
  const unknown = known.filter((declaration) => declaration.encoding === null).map((declaration) => `"${declaration.label}" (${declaration.where})`);
  if (hasUtf8Bom(bytes)) return utf8WithBom(bytes);
  const encoding = chosen?.encoding ?? 'utf-8';
  if (chosen !== undefined && isSevenBitEncoding(encoding)) return success(decodeAs(bytes, encoding), encoding);
  const utf8 = decodeUtf8(bytes);
  if (chosen !== undefined && encoding !== 'utf-8') {
    if (utf8 === null || !hasNonAscii(bytes)) return success(decodeAs(bytes, encoding), encoding);
    return success(utf8, 'utf-8', `declared "${chosen.label}" in ${chosen.where}, but the bytes are valid UTF-8: read as UTF-8`);
  }
  if (utf8 !== null) return success(utf8, 'utf-8');
  const declared = chosen === undefined ? unknownOrNothing(unknown) : `declared UTF-8 in ${chosen.where}`;
  return success(decodeAs(bytes, 'windows-1252'), 'windows-1252', `${invalidUtf8Reason(bytes)}; ${declared}: read as windows-1252`);
}

function unknownOrNothing(unknown: readonly string[]): string {
  return unknown.length === 0 ? 'no charset declared' : `unknown charset ${unknown.join(', ')}`;
}

function hasNonAscii(bytes: Uint8Array): boolean {
  for (const byte of bytes) if (byte >= 0x80) return true;
  return false;
}

/** Empty and binary checks, a UTF-16 byte-order mark, then `decode`; whitespace-only counts as empty. */
function decodeWith(bytes: Uint8Array, decode: () => Decoded): Decoded {
  if (bytes.length === 0) return failure('empty', 'file is empty');
  const bom = utf16Bom(bytes);
  if (bom === null) {
    const binary = binaryReason(bytes);
    if (binary !== null) return failure('binary', binary);
  }
  const decoded = bom === null ? decode() : success(new TextDecoder(bom).decode(bytes), bom);
  if (decoded.ok && decoded.text.trim() === '') return failure('empty', 'file contains only whitespace');
  return decoded;
}

/** "utf-16le" or "utf-16be" when the bytes start with that byte-order mark. */
function utf16Bom(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

function hasUtf8Bom(bytes: Uint8Array): boolean {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

/** A UTF-8 byte-order mark outranks every declaration; bad bytes then become U+FFFD, with a note. */
function utf8WithBom(bytes: Uint8Array): Decoded {
  const text = decodeUtf8(bytes);
  if (text !== null) return success(text, 'utf-8');
  return success(new TextDecoder('utf-8').decode(bytes), 'utf-8', `${invalidUtf8Reason(bytes)} despite its UTF-8 byte-order mark: bad bytes read as U+FFFD`);
}

function success(text: string, encoding: string, note?: string): Decoded {
  return note === undefined ? { ok: true, text, encoding } : { ok: true, text, encoding, note };
}

function failure(code: DecodeFailure, reason: string): Decoded {
  return { ok: false, code, reason };
}
