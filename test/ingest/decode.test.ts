import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contentTypeCharset, declaredCharset, decodeAs, encodingForLabel, xmlDeclaredEncoding } from '../../src/ingest/charset.ts';
import { decodeHtmlFile, decodeTextFile, decodeXmlFile, undoubledUtf8 } from '../../src/ingest/decode.ts';
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

test('decodeHtmlFile: BOM, then the transport charset, then <meta>, then a sniff; valid UTF-8 beats a legacy label', () => {
  const cases: ReadonlyArray<readonly [string, Uint8Array, string | undefined, string, string, RegExp | null]> = [
    ['declared windows-1252', latin1('<meta charset="windows-1252"><p>\u0093caf\u00e9\u0094 \u0080</p>'), undefined, '<meta charset="windows-1252"><p>\u201ccafé\u201d €</p>', 'windows-1252', null],
    ['http-equiv ISO-8859-1 is windows-1252', latin1('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><p>na\u00efve</p>'), undefined, '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><p>naïve</p>', 'windows-1252', null],
    ['valid UTF-8 wins over a legacy label, with a note', Buffer.from('<meta charset="iso-8859-1"><p>café</p>'), undefined, '<meta charset="iso-8859-1"><p>café</p>', 'utf-8', /declared "iso-8859-1" in <meta charset>, but the bytes are valid UTF-8/],
    ['ASCII under a legacy label: no note', Buffer.from('<meta charset="koi8-r"><p>plain</p>'), undefined, '<meta charset="koi8-r"><p>plain</p>', 'koi8-r', null],
    ['declared UTF-8 holding Latin-1: windows-1252 with a note', latin1('<meta charset="utf-8"><p>caf\u00e9</p>'), undefined, '<meta charset="utf-8"><p>café</p>', 'windows-1252', /^not valid UTF-8 \(bad byte 0xE9 at offset 28\); declared UTF-8 in <meta charset>: read as windows-1252$/],
    ['undeclared Latin-1: windows-1252 with a note', latin1('<p>caf\u00e9</p>'), undefined, '<p>café</p>', 'windows-1252', /no charset declared: read as windows-1252$/],
    ['unknown label: sniffed, the label named', latin1('<meta charset="x-klingon"><p>caf\u00e9</p>'), undefined, '<meta charset="x-klingon"><p>café</p>', 'windows-1252', /unknown charset "x-klingon" \(<meta charset>\)/],
    ['the transport charset outranks <meta>', Buffer.from([...Buffer.from('<meta charset="windows-1252"><p>'), 0xc1, 0xc2, ...Buffer.from('</p>')]), 'koi8-r', '<meta charset="windows-1252"><p>аб</p>', 'koi8-r', null],
    ['a <meta> claiming UTF-16 means UTF-8', Buffer.from('<meta charset="utf-16"><p>café</p>'), undefined, '<meta charset="utf-16"><p>café</p>', 'utf-8', null],
    ['UTF-8 BOM outranks the label', Buffer.from('\ufeff<meta charset="windows-1252"><p>café</p>'), 'shift_jis', '<meta charset="windows-1252"><p>café</p>', 'utf-8', null],
    ['ISO-2022-JP is 7-bit: its label is obeyed', Buffer.from('<meta charset="iso-2022-jp"><p>\u001b$B$3$s$K$A$O\u001b(B</p>', 'latin1'), undefined, '<meta charset="iso-2022-jp"><p>こんにちは</p>', 'iso-2022-jp', null],
  ];
  for (const [name, bytes, transport, text, encoding, note] of cases) {
    const decoded = decodeHtmlFile(bytes, transport);
    assert.ok(decoded.ok, name);
    assert.equal(decoded.text, text, name);
    assert.equal(decoded.encoding, encoding, name);
    if (note === null) assert.equal(decoded.note, undefined, name);
    else assert.match(decoded.note ?? '', note, name);
  }
  assert.equal(summary(decodeHtmlFile(Buffer.from('  \n'))), 'empty');
  assert.equal(summary(decodeHtmlFile(Buffer.from([0x3c, 0x70, 0x00, 0x00]))), 'binary');
});

test('decodeXmlFile reads the XML declaration, and valid UTF-8 otherwise', () => {
  const declared = decodeXmlFile(latin1('<?xml version="1.0" encoding="ISO-8859-1"?><rss><t>caf\u00e9</t></rss>'));
  assert.ok(declared.ok && declared.text.endsWith('<t>café</t></rss>') && declared.encoding === 'windows-1252');
  const utf8 = decodeXmlFile(Buffer.from('<?xml version="1.0"?><rss><t>東京</t></rss>'));
  assert.ok(utf8.ok && utf8.text.includes('東京') && utf8.note === undefined);
});

test('charset declarations: <meta>, XML declaration, Content-Type header; labels to WHATWG names', () => {
  const meta: ReadonlyArray<readonly [string, string | null]> = [
    ['<meta charset="utf-8">', 'utf-8'],
    ["<META CHARSET='Shift_JIS'>", 'Shift_JIS'],
    ['<meta charset=koi8-r>', 'koi8-r'],
    ['<meta name="x" content="text/html; charset = gb2312">', 'gb2312'],
    ['<p>charset=latin1 is mentioned in prose</p>', null],
    ['<meta name="viewport">', null],
  ];
  for (const [html, expected] of meta) assert.equal(declaredCharset(Buffer.from(html)), expected, html);
  assert.equal(xmlDeclaredEncoding(Buffer.from("<?xml version='1.0' encoding='windows-1251'?><rss/>")), 'windows-1251');
  assert.equal(xmlDeclaredEncoding(Buffer.from('<rss><?xml encoding="koi8-r"?></rss>')), null);
  assert.equal(contentTypeCharset('text/html; charset="EUC-JP"'), 'EUC-JP');
  assert.equal(contentTypeCharset('text/html'), null);
  const labels: ReadonlyArray<readonly [string, string | null]> = [['latin1', 'windows-1252'], ['x-sjis', 'shift_jis'], ['gb2312', 'gbk'], [' UTF8 ', 'utf-8'], ['no-such-charset', null]];
  for (const [label, name] of labels) assert.equal(encodingForLabel(label), name, label);
});

test('declaredCharset stays fast on hostile input', () => {
  const hostile = Buffer.from(`<meta ${'charset '.repeat(20000)}${' '.repeat(50000)}`);
  const started = performance.now();
  declaredCharset(hostile);
  xmlDeclaredEncoding(Buffer.from(`<?xml ${' '.repeat(60000)}`));
  assert.ok(performance.now() - started < 500);
});

test('decodeAs gives windows-1252 punctuation for bytes 0x80-0x9F, and reads KOI8-R', () => {
  assert.equal(decodeAs(Uint8Array.from([0x80, 0x93, 0x41, 0x94, 0x96, 0xe9]), 'windows-1252'), '\u20ac\u201cA\u201d\u2013é');
  assert.equal(decodeAs(Uint8Array.from([0xc1]), 'koi8-r'), 'а');
});

test('undoubledUtf8: text encoded twice is decoded once more, other text stays', () => {
  const twice = (text: string): string => Buffer.from(text, 'utf8').toString('latin1');
  const cases: ReadonlyArray<readonly [string, string, string | null]> = [
    ['accented letters', twice('café crème, Zürich'), 'café crème, Zürich'],
    ['polish letters', twice('Łódź i Kraków'), 'Łódź i Kraków'],
    ['windows-1252 curly quote', 'Itâ€™s cafÃ© time', 'It’s café time'],
    ['real latin-1 letters', 'café crème', null],
    ['a capital A-tilde before a space', 'Ã la carte', null],
    ['ascii only', 'plain text', null],
    ['mixed right and doubled', 'café and cafÃ©', null],
    ['a character windows-1252 lacks', `${twice('café')} →`, null],
    ['only a doubled no-break space', 'a\u00c2\u00a0b', null],
    ['a replacement character', `${twice('café')}\ufffd`, null],
  ];
  for (const [name, input, expected] of cases) assert.equal(undoubledUtf8(input), expected, name);
});

test('decoders repair UTF-8 encoded twice, and say so', () => {
  const bytes = Buffer.from(Buffer.from('Grüße aus Köln', 'utf8').toString('latin1'), 'utf8');
  const text = decodeTextFile(bytes);
  assert.equal(summary(text), 'text:Grüße aus Köln');
  assert.match(text.ok ? text.note ?? '' : '', /encoded twice/);
  assert.equal(summary(decodeHtmlFile(bytes, 'utf-8')), 'text:Grüße aus Köln');
  assert.equal(summary(decodeHtmlFile(Buffer.from('Grüße aus Köln', 'utf8'), 'utf-8')), 'text:Grüße aus Köln');
  assert.equal(summary(decodeHtmlFile(latin1('Grüße aus Köln'), 'iso-8859-1')), 'text:Grüße aus Köln');
});
