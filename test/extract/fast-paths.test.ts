/**
 * The extract stages' cheap paths (lookup tables, pre-checks before regexes) against the plain
 * definitions they replace: same answers on every kind of character and at the edges.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lineSpans } from '../../src/annotate/sentences.ts';
import { endsWithCredit } from '../../src/extract/boilerplate/03-captions.ts';
import { isAffiliateNote, isDisclaimer, isSupportAppeal } from '../../src/extract/boilerplate/14-disclosures.ts';
import { detectDisclosures } from '../../src/extract/boilerplate/14-disclosures.ts';
import { parseHeaderFields } from '../../src/extract/header.ts';
import { textLines, wordCount } from '../../src/extract/lines.ts';
import { isAfterNow } from '../../src/extract/published-at.ts';
import { comparableTitle } from '../../src/extract/title.ts';
import { trimSpan } from '../../src/span.ts';

/** Characters of every kind the fast paths classify: spaces, letters, digits, marks, surrogates. */
const ALPHABET = [
  'a', 'Z', '7', ' ', '\t', '\n', '\r', '\u00a0', '\u2003', '\u3000', '\ufeff', '\u2028', '.', ',', '—', '’', '“', '|',
  'é', 'İ', 'Σ', 'ß', 'ǅ', '北', '٣', 'Ⅻ', '\u0301', '😀', '𝐁', '\ud800', '\udc00', 'Ⓐ', '-', '_', '(', ')',
];

/** Deterministic pseudo-random strings over ALPHABET. */
function randomStrings(count: number, maxLength: number): string[] {
  let seed = 12345;
  const next = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  return Array.from({ length: count }, () => Array.from({ length: next(maxLength) }, () => ALPHABET[next(ALPHABET.length)]).join(''));
}

const STRINGS = randomStrings(3000, 24);

test('wordCount counts the whitespace-separated tokens holding a letter, a digit or a surrogate pair half', () => {
  const reference = (s: string): number =>
    s.split(/\s/).filter((token) => [...token].some((c) => /[\p{L}\p{N}]/u.test(c) || /^[\ud800-\udbff]/.test(c))).length;
  for (const s of STRINGS) assert.equal(wordCount(s), reference(s), JSON.stringify(s));
});

test('comparableTitle is the lower-cased words joined by one space', () => {
  const reference = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const edges = ['', '  ', '...', 'Hello, World!', ' —Élan vital— ', 'İSTANBUL', 'ΟΔΟΣ ΣΑΣ', '𝐁𝐨𝐥𝐝 😀 text', 'a\ud800b', 'x\udc00'];
  for (const s of [...edges, ...STRINGS]) assert.equal(comparableTitle(s), reference(s), JSON.stringify(s));
});

test('lineSpans gives the trimmed non-empty runs between line breaks', () => {
  const reference = (text: string): string[] =>
    [...text.matchAll(/[^\n]+/g)]
      .map((m) => trimSpan(text, { start: m.index, end: m.index + m[0].length }))
      .filter((span) => span.end > span.start)
      .map((span) => `${span.start}-${span.end}`);
  for (const s of [...STRINGS, '', '\n', '\n\nA\n', 'A', ' A \n B ']) {
    assert.deepEqual(lineSpans(s).map((span) => `${span.start}-${span.end}`), reference(s), JSON.stringify(s));
  }
  assert.deepEqual(textLines('A\n\n  B  \n').map((line) => [line.text, line.words]), [['A', 1], ['B', 1]]);
});

test('a caption ending with an agency is found whatever closes it, and only at a word boundary', () => {
  const agencies = ['Getty Images', 'Shutterstock', 'AP Photo', 'iStock', 'iStockphoto.com', 'Adobe Stock', 'picture alliance', 'imago images'];
  for (const name of agencies) {
    for (const ending of ['', '.', ')', ' )', '  .', '\t']) assert.equal(endsWithCredit(`The minister at the summit ${name}${ending}`), true, name + ending);
    assert.equal(endsWithCredit(`The minister at the summit x${name}`), false, name);
    assert.equal(endsWithCredit(`${name} reported the minister at the summit`), false, name);
    assert.equal(endsWithCredit(`The minister at the summit ${name}..`), false, name);
  }
  assert.equal(endsWithCredit('Crowds at the square. Courtesy of Jane Doe.'), true);
  assert.equal(endsWithCredit('Crowds at the square, courtesy of Jane Doe.'), false);
});

test('the disclosure kinds are found together after the one cue scan', () => {
  const line = 'This post contains affiliate links. Please consider supporting our work. We do not offer medical advice.';
  assert.deepEqual([isAffiliateNote(line), isSupportAppeal(line), isDisclaimer(line)], [true, true, true]);
  const marks = detectDisclosures(textLines(`${line}\nThe council met on Monday and voted on the budget.`));
  assert.deepEqual(marks.map((m) => m.reason), ['affiliate-note', 'support-appeal', 'disclaimer']);
});

test('a first line without a date is not a crawler header; one with a date still is', () => {
  assert.equal(parseHeaderFields('By Jane Doe, Staff Writer\nText.'), null);
  assert.equal(parseHeaderFields(`${'word '.repeat(5000)}\nText.`), null);
  assert.equal(parseHeaderFields(' date 2025-05-05 403\nText.')?.fields[0]?.value, '2025-05-05');
});

test('isAfterNow follows the run time it is given, one after the other', () => {
  assert.equal(isAfterNow('2026-01-03', '2026-01-01T00:00:00Z'), true);
  assert.equal(isAfterNow('2026-01-03', '2026-01-02T00:00:00Z'), false);
  assert.equal(isAfterNow('2026-01-03', 'not a date'), false);
  assert.equal(isAfterNow('2026-01-03', '2026-01-01T00:00:00Z'), true);
});
