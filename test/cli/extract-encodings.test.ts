import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';

const bin = join(import.meta.dirname, '../../bin/newsprism.js');
const pages = join(import.meta.dirname, '../fixtures/ingest/encodings');

const cases: [file: string, expected: RegExp, language: string][] = [
  ['ja-shift_jis.html', /東京で新しい図書館が開館した/u, 'ja'],
  ['ru-koi8-r.html', /В городе открылась новая библиотека/u, 'ru'],
  ['fr-windows-1252.html', /inauguré jeudi la nouvelle bibliothèque/u, 'fr'],
  ['fr-declared-utf8-latin1.html', /bibliothèque/u, 'fr'],
  ['ar-utf-8.html', /افتتحت مكتبة جديدة/u, 'ar'],
];

for (const [file, expected, language] of cases) {
  test(`extract reads ${file} in its own encoding and script`, () => {
    const result = spawnSync(process.execPath, [bin, 'extract', join(pages, file), '--json'], { encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
    const page = JSON.parse(result.stdout) as { text: string; language: string | null };
    assert.match(page.text, expected);
    assert.doesNotMatch(page.text, /\uFFFD/u);
    assert.equal(page.language, language);
  });
}
