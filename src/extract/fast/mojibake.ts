/**
 * UTF-8 read as windows-1252 inside a block of otherwise sound text ("siÄ™" for "się"): pages
 * that mix text encoded twice with text encoded once (a template in one, the article in the
 * other) cannot be repaired whole, so each run of characters that spells a UTF-8 sequence is
 * decoded on its own.
 */

/** Windows-1252's characters for the bytes 0x80-0x9f, in byte order (undefined bytes as U+FFFD). */
const CP1252_HIGH = '€\ufffd‚ƒ„…†‡ˆ‰Š‹Œ\ufffdŽ\ufffd\ufffd‘’“”•–—˜™š›œ\ufffdžŸ';
/** The byte each windows-1252 character of 0x80-0xbf stands for: a UTF-8 continuation byte. */
const CONTINUATION_BYTE = new Map<string, number>([
  ...[...CP1252_HIGH].map((char, i): [string, number] => [char, 0x80 + i]).filter(([char]) => char !== '\ufffd'),
  ...Array.from({ length: 32 }, (_, i): [string, number] => [String.fromCharCode(0xa0 + i), 0xa0 + i]),
]);
const CONTINUATION = `[\\u00a0-\\u00bf${CP1252_HIGH.replace(/\ufffd/g, '')}]`;
/** A lead byte's character and as many continuation bytes' as it announces (2, 3 or 4 bytes in all). */
const SEQUENCE = new RegExp(`[\\u00c2-\\u00df]${CONTINUATION}|[\\u00e0-\\u00ef]${CONTINUATION}{2}|[\\u00f0-\\u00f4]${CONTINUATION}{3}`, 'gu');
/**
 * A letter of the alphabets whose text is most often encoded twice (Latin, Cyrillic): a block is
 * repaired only when some sequence in it spells one ("schÃ¶n", "siÄ™"). Sequences of other
 * characters may be what the page meant: "Fuß“" spells the bytes of an N'Ko letter.
 */
const REPAIRED_LETTER = /^[\u00c0-\u017f\u0400-\u04ff]$/u;
/** Characters a sequence never stands for on a page encoded twice (Thaana, N'Ko: "ß" followed by punctuation). */
const UNLIKELY = /^[\u0780-\u07ff]$/u;
const decoder = new TextDecoder('utf-8', { fatal: true });

/** The character a sequence spells, or the sequence itself when its bytes are not UTF-8. */
export function decodeSequence(sequence: string): string {
  const bytes = Uint8Array.from([...sequence], (char, i) => (i === 0 ? char.charCodeAt(0) : (CONTINUATION_BYTE.get(char) ?? 0)));
  try {
    return decoder.decode(bytes);
  } catch {
    return sequence;
  }
}

/** The text with each UTF-8 sequence read as windows-1252 decoded, when one spells a letter; else the text. */
export function repairMojibake(text: string): string {
  const found = text.match(SEQUENCE);
  if (found === null || !found.some((sequence) => REPAIRED_LETTER.test(decodeSequence(sequence)))) return text;
  return text.replace(SEQUENCE, (sequence) => {
    const decoded = decodeSequence(sequence);
    return UNLIKELY.test(decoded) ? sequence : decoded;
  });
}
