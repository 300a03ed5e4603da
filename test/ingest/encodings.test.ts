import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { collect } from './helpers.ts';

const folder = fileURLToPath(new URL('../fixtures/ingest/encodings/', import.meta.url));

const FRENCH = 'Le maire a inauguré jeudi la nouvelle bibliothèque : « Les livres appartiennent à tous », a-t-il déclaré. Coût : 2 millions d’euros (€).';
const JAPANESE = '東京で新しい図書館が開館した。市長は「本はみんなのものだ」と述べた。';
const RUSSIAN = 'В городе открылась новая библиотека. Мэр сказал, что книги принадлежат всем.';

/** Each page, the sentence its body must hold once decoded, and the note expected (null: none). */
const cases: ReadonlyArray<readonly [string, string, RegExp | null]> = [
  ['fr-windows-1252.html', FRENCH, null],
  ['fr-declared-utf8-latin1.html', FRENCH, /^not valid UTF-8 \(bad byte 0xE9 at offset \d+\); declared UTF-8 in <meta charset>: read as windows-1252$/],
  ['fr-undeclared-latin1.html', FRENCH, /no charset declared: read as windows-1252$/],
  ['ja-shift_jis.html', JAPANESE, null],
  ['ja-euc-jp.html', JAPANESE, null],
  ['ru-koi8-r.html', RUSSIAN, null],
  ['ru-windows-1251.html', RUSSIAN, null],
  ['ar-utf-8.html', 'افتتحت مكتبة جديدة في المدينة يوم الخميس، وقال رئيس البلدية إن الكتب للجميع.', null],
  ['zh-utf-8.html', '市政府周四宣布新图书馆正式开放，市长说书籍属于每一个人。', null],
  ['zh-gb18030.html', '市政府周四宣布新图书馆正式开放，市长说书籍属于每一个人。', null],
  ['zh-big5.html', '市政府週四宣布新圖書館正式開放。', null],
  ['ko-euc-kr.html', '시립 도서관이 목요일에 문을 열었다.', null],
];

test('each fixture page decodes to its sentence, with a note only when the encoding was guessed', async () => {
  const items = await collect(cases.map(([name]) => `${folder}${name}`));
  cases.forEach(([name, sentence, note], index) => {
    const item = items[index];
    assert.ok(item?.kind === 'article', name);
    assert.ok(item.article.html?.includes(`<p>${sentence}</p>`), `${name}: ${item.article.html}`);
    assert.doesNotMatch(item.article.html ?? '', /\ufffd/, name);
    if (note === null) assert.equal(item.notes, undefined, name);
    else assert.match(item.notes?.[0] ?? '', note, name);
  });
});
