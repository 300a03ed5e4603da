import { test } from 'node:test';
import assert from 'node:assert/strict';
import { headerDate, parseHeaderFields } from '../../src/extract/header.ts';
import { extract } from './helpers.ts';

test('crawler header lines are recognised, with the publication date among their fields', () => {
  const cases: [string, string | null][] = [
    [' date 2025-05-04 \n\nText.', '2025-05-04'],
    [' date 2025-05-05 403\nHeadline', '2025-05-05'],
    ['date: 2024-01-31 status: 200\nBody', '2024-01-31'],
    ['url https://example.org/a date 2024-02-03T10:00:00Z\nBody', '2024-02-03T10:00:00Z'],
    ['crawled 2024-03-01 published 2024-02-28\nBody', '2024-02-28'],
    ['crawled 2024-03-01\nBody', null],
  ];
  for (const [text, date] of cases) {
    const header = parseHeaderFields(text);
    assert.ok(header, text);
    assert.equal(headerDate(header.fields)?.value ?? null, date, text);
  }
});

test('ordinary first lines are not crawler headers', () => {
  for (const text of [
    'Mexico refuses an offer\nBody',
    'On 2025-05-04 the council met.\nBody',
    'date night ideas\nBody',
    '',
    'Published 2025-05-04 by the city of Springfield and its partners\nBody',
  ]) {
    assert.equal(parseHeaderFields(text), null, text);
  }
});

test('the header line is removed and its date becomes the publication date (source header)', () => {
  const article = extract({ text: ' date 2025-05-05 403\nTitle of the piece\nA first paragraph that reads like prose, with enough words to count.' });
  assert.deepEqual(article.removed.map((r) => [article.text.slice(r.start, r.end), r.reason]), [['date 2025-05-05 403', 'crawler-header']]);
  assert.equal(article.meta.publishedAt?.value, '2025-05-05');
  assert.equal(article.meta.publishedAtSource, 'header');
});
