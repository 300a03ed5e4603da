import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitLines } from '../../src/ingest/lines.ts';
import type { Line } from '../../src/ingest/lines.ts';

async function lines(chunks: ReadonlyArray<string | Buffer>, maxBytes = 1000): Promise<string[]> {
  async function* stream(): AsyncGenerator<string | Buffer> {
    yield* chunks;
  }
  const found: string[] = [];
  for await (const line of splitLines(stream(), maxBytes)) found.push(show(line));
  return found;
}

function show(line: Line): string {
  return 'tooLarge' in line ? `${line.number}:tooLarge ${line.tooLarge}` : `${line.number}:${line.bytes.toString('utf8')}`;
}

test('splitLines: numbering, CRLF, chunks split anywhere, final line without newline', async () => {
  const cases: ReadonlyArray<readonly [string, ReadonlyArray<string | Buffer>, readonly string[]]> = [
    ['one chunk', ['a\nb\n'], ['1:a', '2:b']],
    ['no final newline', ['a\nb'], ['1:a', '2:b']],
    ['blank lines keep their numbers', ['a\n\n\nd\n'], ['1:a', '2:', '3:', '4:d']],
    ['CRLF', ['a\r\nb\r\n'], ['1:a', '2:b']],
    ['split inside a line and at the CR', ['ab', 'c\r', '\nd'], ['1:abc', '2:d']],
    ['split inside a multi-byte character', [Buffer.from([0x63, 0x61, 0x66, 0xc3]), Buffer.from([0xa9, 0x0a])], ['1:café']],
    ['empty stream', [], []],
  ];
  for (const [name, chunks, expected] of cases) assert.deepEqual(await lines(chunks), expected, name);
});

test('splitLines reports a line over the limit by its size, across chunks, and goes on', async () => {
  assert.deepEqual(await lines(['short\n', '0123', '456789', 'abc\nok\n'], 8), ['1:short', '2:tooLarge 13', '3:ok']);
  assert.deepEqual(await lines(['12345678\r\n'], 8), ['1:12345678'], 'the CR of CRLF does not count');
  assert.deepEqual(await lines(['123456789\n'], 8), ['1:tooLarge 9']);
});
