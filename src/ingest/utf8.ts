/**
 * Byte-level checks on file contents before they become text: binary detection and UTF-8
 * validation with the offset of the first bad byte.
 */

/** How much of the start of a file the binary check looks at. */
export const HEAD_BYTES = 8 * 1024;

/** Share of control characters in the head above which a file counts as binary. */
const MAX_CONTROL_SHARE = 0.3;

/** Why the start of a file looks binary (a NUL byte, or mostly control characters), or null. */
export function binaryReason(bytes: Uint8Array): string | null {
  const head = bytes.subarray(0, HEAD_BYTES);
  const nul = head.indexOf(0);
  if (nul !== -1) return `looks binary: NUL byte at offset ${nul}`;
  let controls = 0;
  for (const byte of head) if (isControlByte(byte)) controls += 1;
  if (head.length > 0 && controls / head.length > MAX_CONTROL_SHARE) {
    return `looks binary: ${Math.round((100 * controls) / head.length)}% control characters in the first ${head.length} bytes`;
  }
  return null;
}

/** C0 controls other than tab, line feed, vertical tab, form feed, carriage return and escape; and DEL. */
function isControlByte(byte: number): boolean {
  if (byte === 0x7f) return true;
  if (byte >= 0x20) return false;
  return !(byte >= 0x09 && byte <= 0x0d) && byte !== 0x1b;
}

/** The offset of the first byte that does not start a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let offset = 0;
  while (offset < bytes.length) {
    const lead = bytes[offset] ?? 0;
    if (lead < 0x80) {
      offset += 1;
      continue;
    }
    const sequence = utf8Sequence(lead);
    if (sequence === null) return offset;
    for (let k = 1; k <= sequence.continuations; k += 1) {
      const byte = bytes[offset + k];
      const low = k === 1 ? sequence.secondLow : 0x80;
      const high = k === 1 ? sequence.secondHigh : 0xbf;
      if (byte === undefined || byte < low || byte > high) return offset;
    }
    offset += sequence.continuations + 1;
  }
  return -1;
}

interface Utf8Sequence {
  readonly continuations: number;
  /** Allowed range of the second byte (narrower after E0, ED, F0, F4: no overlongs or surrogates). */
  readonly secondLow: number;
  readonly secondHigh: number;
}

/** The shape of a multi-byte sequence by its lead byte (Unicode Table 3-7), or null for a bad lead. */
function utf8Sequence(lead: number): Utf8Sequence | null {
  if (lead >= 0xc2 && lead <= 0xdf) return { continuations: 1, secondLow: 0x80, secondHigh: 0xbf };
  if (lead === 0xe0) return { continuations: 2, secondLow: 0xa0, secondHigh: 0xbf };
  if (lead === 0xed) return { continuations: 2, secondLow: 0x80, secondHigh: 0x9f };
  if (lead >= 0xe1 && lead <= 0xef) return { continuations: 2, secondLow: 0x80, secondHigh: 0xbf };
  if (lead === 0xf0) return { continuations: 3, secondLow: 0x90, secondHigh: 0xbf };
  if (lead >= 0xf1 && lead <= 0xf3) return { continuations: 3, secondLow: 0x80, secondHigh: 0xbf };
  if (lead === 0xf4) return { continuations: 3, secondLow: 0x80, secondHigh: 0x8f };
  return null;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The decoded text (a leading BOM dropped), or null when the bytes are not valid UTF-8. */
export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return utf8.decode(bytes);
  } catch {
    return null;
  }
}

/** "not valid UTF-8 (bad byte 0xE9 at offset 1234)". */
export function invalidUtf8Reason(bytes: Uint8Array): string {
  const offset = firstInvalidUtf8Offset(bytes);
  if (offset === -1) return 'not valid UTF-8';
  const hex = (bytes[offset] ?? 0).toString(16).toUpperCase().padStart(2, '0');
  return `not valid UTF-8 (bad byte 0x${hex} at offset ${offset})`;
}
