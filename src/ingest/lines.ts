/**
 * Lines of a byte stream, one at a time, without holding more than one line (and never more than
 * `maxBytes` of it) in memory: a line over the limit is reported by its size, not kept.
 */

export type Line =
  | { readonly number: number; readonly bytes: Buffer }
  | { readonly number: number; readonly tooLarge: number };

/**
 * Splits on "\n" (a trailing "\r" is dropped); `number` is 1-based. A final line without "\n"
 * counts. One byte over the limit is kept until the line ends, for the "\r" of "\r\n".
 */
export async function* splitLines(stream: AsyncIterable<Buffer | string>, maxBytes: number): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let size = 0;
  let number = 1;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    let start = 0;
    for (;;) {
      const newline = buffer.indexOf(0x0a, start);
      const piece = buffer.subarray(start, newline === -1 ? buffer.length : newline);
      size += piece.length;
      if (size > maxBytes + 1) parts = [];
      else parts.push(piece);
      if (newline === -1) break;
      yield finishLine(number, parts, size, maxBytes);
      number += 1;
      parts = [];
      size = 0;
      start = newline + 1;
    }
  }
  if (size > 0) yield finishLine(number, parts, size, maxBytes);
}

function finishLine(number: number, parts: readonly Buffer[], size: number, maxBytes: number): Line {
  const joined = parts.length === 1 ? parts[0]! : Buffer.concat(parts);
  const bytes = joined.at(-1) === 0x0d ? joined.subarray(0, -1) : joined;
  const length = size - (joined.length - bytes.length);
  return length > maxBytes ? { number, tooLarge: length } : { number, bytes };
}
