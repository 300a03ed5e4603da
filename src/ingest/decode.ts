/** File bytes to text, or the reason they cannot be: the checks every text or HTML file goes through. */
import { decodeLegacy, declaredCharset, legacyDecoder } from './charset.ts';
import { binaryReason, decodeUtf8, invalidUtf8Reason } from './utf8.ts';

export type Decoded =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly code: 'empty' | 'binary' | 'invalid-utf8'; readonly reason: string };

/** A plain-text file: UTF-8 (or UTF-16 with a byte-order mark); a leading BOM is dropped. */
export function decodeTextFile(bytes: Uint8Array): Decoded {
  return decodeWith(bytes, () => {
    const text = decodeUtf8(bytes);
    return text === null ? failure('invalid-utf8', invalidUtf8Reason(bytes)) : success(text);
  });
}

/**
 * An HTML page: UTF-8 whenever the bytes are valid UTF-8 (crawlers often re-encode pages and keep
 * the original `<meta charset>`), else the charset the page declares, else rejected.
 */
export function decodeHtmlFile(bytes: Uint8Array): Decoded {
  return decodeWith(bytes, () => {
    const text = decodeUtf8(bytes);
    if (text !== null) return success(text);
    const label = declaredCharset(bytes);
    const decoder = label === null ? null : legacyDecoder(label);
    if (decoder !== null) return success(decodeLegacy(bytes, decoder));
    const declared = label === null ? 'no <meta charset> declares another encoding' : `the declared charset "${label}" is not one we can decode`;
    return failure('invalid-utf8', `${invalidUtf8Reason(bytes)} and ${declared}`);
  });
}

/** Empty and binary checks, UTF-16 by its byte-order mark, then `decode`; whitespace-only counts as empty. */
function decodeWith(bytes: Uint8Array, decode: () => Decoded): Decoded {
  if (bytes.length === 0) return failure('empty', 'file is empty');
  const utf16 = utf16Encoding(bytes);
  if (utf16 === null) {
    const binary = binaryReason(bytes);
    if (binary !== null) return failure('binary', binary);
  }
  const decoded = utf16 === null ? decode() : success(new TextDecoder(utf16).decode(bytes));
  if (decoded.ok && decoded.text.trim() === '') return failure('empty', 'file contains only whitespace');
  return decoded;
}

/** "utf-16le" or "utf-16be" when the bytes start with that byte-order mark. */
function utf16Encoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

function success(text: string): Decoded {
  return { ok: true, text };
}

function failure(code: 'empty' | 'binary' | 'invalid-utf8', reason: string): Decoded {
  return { ok: false, code, reason };
}
