import { test } from 'node:test';
import assert from 'node:assert/strict';
import { declaredCharset, decodeLegacy, legacyDecoder } from '../../src/ingest/charset.ts';
import { decodeHtmlFile, decodeTextFile } from '../../src/ingest/decode.ts';
import type { Decoded } from '../../src/ingest/decode.ts';

const latin1 = (text: string): Buffer => Buffer.from(text, 'latin1');

function summary(decoded: Decoded): string {
  return decoded.ok ? `text:${decoded.text}` : `${decoded.code}`;
}

test('decodeTextFile: one outcome per kind of content', () => {
  const utf16le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('héllo', 'utf16le')]);
  const utf16be = Buffer.from([0xfe, 0xff, 0x00, 0x68, 0x00, 0x69]);
  const cases: ReadonlyArray<readonly [string, Uint8Array, string]> = [
    ['utf-8 kept as is, header line included', Buffer.from(' date 2025-01-01 \n\nBody.'), 'text: date 2025-01-01 \n\nBody.'],
    ['BOM dropped', Buffer.from('\ufeffBody'), 'text:Body'],
    ['CRLF kept', Buffer.from('a\r\nb'), 'text:a\r\nb'],
    ['UTF-16LE with BOM', utf16le, 'text:héllo'],
    ['UTF-16BE with BOM', utf16be, 'text:hi'],
    ['empty', Buffer.alloc(0), 'empty'],
    ['whitespace only', Buffer.from(' \n\t\r\n '), 'empty'],
    ['BOM only', Buffer.from('\ufeff'), 'empty'],
    ['NUL bytes', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]), 'binary'],
    ['latin-1', latin1('caf\u00e9'), 'invalid-utf8'],
  ];
  for (const [name, input, expected] of cases) assert.equal(summary(decodeTextFile(input)), expected, name);
});

test('decodeTextFile says where the bad UTF-8 is', () => {
  const decoded = decodeTextFile(latin1('na\u00efve'));
  assert.deepEqual(decoded, { ok: false, code: 'invalid-utf8', reason: 'not valid UTF-8 (bad byte 0xEF at offset 2)' });
});

test('decodeHtmlFile: UTF-8 first, then the declared charset, else rejected', () => {
  const declared1252 = latin1('<html><head><meta charset="windows-1252"></head><body>\u0093caf\u00e9\u0094</body></html>');
  const httpEquiv = latin1('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><p>na\u00efve</p>');
  const mislabelled = Buffer.from('<meta charset="iso-8859-1"><p>café</p>');
  const undeclared = latin1('<p>caf\u00e9</p>');
  const unknownLabel = latin1('<meta charset="x-klingon"><p>caf\u00e9</p>');
  assert.equal(summary(decodeHtmlFile(declared1252)), 'text:<html><head><meta charset="windows-1252"></head><body>\u201ccafé\u201d</body></html>');
  assert.equal(summary(decodeHtmlFile(httpEquiv)), 'text:<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><p>naïve</p>');
  assert.equal(summary(decodeHtmlFile(mislabelled)), 'text:<meta charset="iso-8859-1"><p>café</p>', 'valid UTF-8 wins over the label');
  assert.deepEqual(decodeHtmlFile(undeclared), {
    ok: false,
    code: 'invalid-utf8',
    reason: 'not valid UTF-8 (bad byte 0xE9 at offset 6) and no <meta charset> declares another encoding',
  });
  const refused = decodeHtmlFile(unknownLabel);
  assert.ok(!refused.ok && /"x-klingon" is not one we can decode/.test(refused.reason));
  assert.equal(summary(decodeHtmlFile(Buffer.from('  \n'))), 'empty');
});

test('declaredCharset and legacyDecoder', () => {
  const cases: ReadonlyArray<readonly [string, string | null]> = [
    ['<meta charset="utf-8">', 'utf-8'],
    ["<META CHARSET='Shift_JIS'>", 'Shift_JIS'],
    ['<meta charset=koi8-r>', 'koi8-r'],
    ['<meta name="x" content="text/html; charset = gb2312">', 'gb2312'],
    ['<p>charset=latin1 is mentioned in prose</p>', null],
    ['<meta name="viewport">', null],
  ];
  for (const [html, expected] of cases) assert.equal(declaredCharset(Buffer.from(html)), expected, html);
  assert.equal(legacyDecoder('utf-8'), null);
  assert.equal(legacyDecoder('utf-16le'), null);
  assert.equal(legacyDecoder('no-such-charset'), null);
  assert.equal(legacyDecoder('latin1')?.encoding, 'windows-1252');
});

test('declaredCharset stays fast on hostile input', () => {
  const hostile = Buffer.from(`<meta ${'charset '.repeat(20000)}${' '.repeat(50000)}`);
  const started = performance.now();
  declaredCharset(hostile);
  assert.ok(performance.now() - started < 500);
});

test('decodeLegacy gives Windows-1252 punctuation for bytes 0x80-0x9F', () => {
  const decoder = legacyDecoder('windows-1252');
  assert.ok(decoder !== null);
  assert.equal(decodeLegacy(Uint8Array.from([0x80, 0x93, 0x41, 0x94, 0x96, 0x81, 0xe9]), decoder), '\u20ac\u201cA\u201d\u2013\u0081é');
  const koi8 = legacyDecoder('koi8-r');
  assert.ok(koi8 !== null);
  assert.equal(decodeLegacy(Uint8Array.from([0xc1]), koi8), 'а');
});
