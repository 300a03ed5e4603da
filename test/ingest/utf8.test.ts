import { test } from 'node:test';
import assert from 'node:assert/strict';
import { binaryReason, decodeUtf8, firstInvalidUtf8Offset, invalidUtf8Reason } from '../../src/ingest/utf8.ts';

const bytes = (...values: number[]): Uint8Array => Uint8Array.from(values);

test('firstInvalidUtf8Offset: -1 for well-formed text, the offset of the first bad sequence otherwise', () => {
  const cases: ReadonlyArray<readonly [string, Uint8Array, number]> = [
    ['ascii', Buffer.from('plain text'), -1],
    ['2, 3 and 4 byte sequences', Buffer.from('café – 😀'), -1],
    ['empty', bytes(), -1],
    ['latin-1 é', Buffer.concat([Buffer.from('caf'), bytes(0xe9), Buffer.from(' au lait')]), 3],
    ['lone continuation byte', bytes(0x41, 0x80), 1],
    ['overlong 2-byte (C0)', bytes(0xc0, 0xaf), 0],
    ['overlong 3-byte (E0 80)', bytes(0xe0, 0x80, 0xaf), 0],
    ['UTF-16 surrogate (ED A0)', bytes(0x61, 0xed, 0xa0, 0x80), 1],
    ['above U+10FFFF (F4 90)', bytes(0xf4, 0x90, 0x80, 0x80), 0],
    ['truncated at the end', bytes(0x61, 0x62, 0xe2, 0x82), 2],
    ['bad second continuation', bytes(0xe2, 0x82, 0x41), 0],
    ['F5 lead', bytes(0xf5, 0x80, 0x80, 0x80), 0],
  ];
  for (const [name, input, expected] of cases) assert.equal(firstInvalidUtf8Offset(input), expected, name);
});

test('firstInvalidUtf8Offset agrees with the fatal TextDecoder on random byte strings', () => {
  let seed = 12345;
  const next = (): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed;
  };
  const pool = [0x41, 0x80, 0x9f, 0xa0, 0xbf, 0xc2, 0xdf, 0xe0, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xc0];
  for (let round = 0; round < 3000; round += 1) {
    const input = Uint8Array.from({ length: 1 + (next() % 6) }, () => pool[next() % pool.length] ?? 0);
    assert.equal(firstInvalidUtf8Offset(input) === -1, decodeUtf8(input) !== null, Buffer.from(input).toString('hex'));
  }
});

test('invalidUtf8Reason names the byte and its offset', () => {
  assert.equal(invalidUtf8Reason(bytes(0x61, 0x62, 0xe9)), 'not valid UTF-8 (bad byte 0xE9 at offset 2)');
});

test('decodeUtf8 drops a leading byte-order mark and refuses bad bytes', () => {
  assert.equal(decodeUtf8(bytes(0xef, 0xbb, 0xbf, 0x68, 0x69)), 'hi');
  assert.equal(decodeUtf8(bytes(0x68, 0xff)), null);
});

test('binaryReason: NUL bytes or mostly control characters in the head; text is not binary', () => {
  assert.equal(binaryReason(Buffer.from('ordinary text\r\n\twith tabs\f')), null);
  assert.equal(binaryReason(Buffer.from('colour \x1b[31mred\x1b[0m')), null);
  assert.equal(binaryReason(bytes(0x50, 0x4b, 0x03, 0x04, 0x00)), 'looks binary: NUL byte at offset 4');
  assert.match(binaryReason(bytes(1, 2, 3, 4, 0x41, 5, 6)) ?? '', /^looks binary: 86% control characters/);
  const lateNul = new Uint8Array(9000).fill(0x41);
  lateNul[8500] = 0;
  assert.equal(binaryReason(lateNul), null, 'only the first 8 KB are checked');
});
