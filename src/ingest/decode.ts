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
    return text === null ? failure('invalid-utf8', invalidUtf8Reason(bytes)) : utf8Success(text);
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
    return utf8Success(utf8, `declared "${chosen.label}" in ${chosen.where}, but the bytes are valid UTF-8: read as UTF-8`);
  }
  if (utf8 !== null) return utf8Success(utf8);
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

/** Windows-1252's characters for the bytes 0x80-0x9f (U+FFFD for the five it leaves undefined). */
const CP1252_HIGH = decodeAs(Uint8Array.from({ length: 32 }, (_, i) => 0x80 + i), 'windows-1252');
/** The windows-1252 byte of each character of {@link CP1252_HIGH}; a C1 control stands for its own byte (see cp1252Bytes). */
const CP1252_BYTE = new Map<number, number>(
  [...CP1252_HIGH].map((char, i): [number, number] => [char.codePointAt(0) ?? 0, 0x80 + i]).filter(([code]) => code !== 0xfffd),
);
/** A UTF-8 lead byte's character (Â-ô) followed by a continuation byte's, as windows-1252 shows them: "Ã©", "â€™". */
const MOJIBAKE_PAIR = /[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]/;

const NON_ASCII_LETTER = /(?!\p{ASCII})\p{L}/u;

/** The windows-1252 bytes of `text`, or null when a character has none. */
function cp1252Bytes(text: string): Uint8Array | null {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const byte = code < 0x100 ? code : CP1252_BYTE.get(code);
    if (byte === undefined) return null;
    bytes[i] = byte;
  }
  return bytes;
}

/**
 * UTF-8 text that was encoded twice (its bytes read as windows-1252 and encoded again: "cafÃ©"),
 * decoded once more; null when it is not: some character has no windows-1252 byte, or the bytes
 * are not UTF-8 (real Latin-1 text such as "café" or "Ã la"), or they hold no non-ASCII letter.
 */
export function undoubledUtf8(text: string): string | null {
  if (!MOJIBAKE_PAIR.test(text)) return null;
  const bytes = cp1252Bytes(text);
  const decoded = bytes === null ? null : decodeUtf8(bytes);
  return decoded !== null && NON_ASCII_LETTER.test(decoded) ? decoded : null;
}

/** Text read as UTF-8, decoded once more when it was encoded twice. */
function utf8Success(text: string, note?: string): Decoded {
  const undoubled = undoubledUtf8(text);
  if (undoubled === null) return success(text, 'utf-8', note);
  const repaired = 'the text was UTF-8 encoded twice: decoded once more';
  return success(undoubled, 'utf-8', note === undefined ? repaired : `${note}; ${repaired}`);
}

function success(text: string, encoding: string, note?: string): Decoded {
  return note === undefined ? { ok: true, text, encoding } : { ok: true, text, encoding, note };
}

function failure(code: DecodeFailure, reason: string): Decoded {
  return { ok: false, code, reason };
}
