import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fullDatesIn, normaliseIsoDate, readWrittenDate } from '../../src/extract/dates/parse-date.ts';
import { dateOnlyLine, wireDateline } from '../../src/extract/dates/datelines.ts';
import { dateFromUrl } from '../../src/extract/dates/url-date.ts';
import { isAfterNow, yearFromNearby } from '../../src/extract/published-at.ts';
import { textLines } from '../../src/extract/lines.ts';
import { extract, removedTexts } from './helpers.ts';

const PROSE = 'The council approved the budget on Saturday after a long debate, officials said.';

function line(text: string) {
  const first = textLines(text)[0];
  assert.ok(first);
  return first;
}

test('ISO dates are validated and normalised', () => {
  assert.equal(normaliseIsoDate('2025-05-04'), '2025-05-04');
  assert.equal(normaliseIsoDate('2025-05-04T10:02Z'), '2025-05-04T10:02:00Z');
  assert.equal(normaliseIsoDate('2025-05-04T10:02:03-0500'), '2025-05-04T10:02:03-05:00');
  assert.equal(normaliseIsoDate('2025-02-30'), null);
  assert.equal(normaliseIsoDate('May 4'), null);
});

test('written dates', () => {
  assert.deepEqual(readWrittenDate('May 3, 2025 Hour')?.parts, { month: 5, day: 3, year: 2025 });
  assert.deepEqual(readWrittenDate('3 May 2025')?.parts, { month: 5, day: 3, year: 2025 });
  assert.deepEqual(readWrittenDate('Sept. 12 (AP)')?.parts, { month: 9, day: 12 });
  assert.equal(readWrittenDate('Feb 30, 2025'), null);
  assert.equal(readWrittenDate('Mayor Smith'), null);
  assert.deepEqual(readWrittenDate('OCTOBER 11, 2011')?.parts, { month: 10, day: 11, year: 2011 });
  assert.deepEqual(readWrittenDate('23 SEPT. 2024')?.parts, { month: 9, day: 23, year: 2024 });
  assert.equal(readWrittenDate('MAYOR 12'), null);
  assert.equal(readWrittenDate('mAY 12'), null);
  assert.deepEqual(fullDatesIn('in Texas, US May 3, 2025. Office/Handout'), [{ month: 5, day: 3, year: 2025 }]);
});

test('wire datelines', () => {
  const cases: [string, string, string | null, string | null][] = [
    ['May 3 (Agency) - Text follows here.', 'May 3 (Agency) - ', 'Agency', '5-3'],
    ['WASHINGTON, May 3 (AP) — Text follows.', 'WASHINGTON, May 3 (AP) — ', 'AP', '5-3'],
    ['MEXICO CITY (AFP) - Text follows.', 'MEXICO CITY (AFP) - ', 'AFP', null],
    ['LONDON, Jan. 5, 2024 — Text follows.', 'LONDON, Jan. 5, 2024 — ', null, '1-5'],
  ];
  for (const [text, prefix, agency, monthDay] of cases) {
    const found = wireDateline(line(text));
    assert.ok(found, text);
    assert.equal(text.slice(found.removed.start, found.removed.end), prefix);
    assert.equal(found.agency, agency);
    assert.equal(found.date ? `${String(found.date.month)}-${String(found.date.day)}` : null, monthDay);
  }
  for (const text of ['Mexico (the country) is large.', 'The President (R) - said no.', PROSE]) {
    assert.equal(wireDateline(line(text)), null, text);
  }
});

test('date-only lines', () => {
  for (const text of ['May 3, 2025 Hour: 4:02 pm', 'Published May 3, 2025', 'Saturday, May 3, 2025 10:02 AM EDT', 'TUESDAY, OCTOBER 11, 2011', '2025-05-03', 'Updated: 3 May 2025 at 10:00']) {
    assert.ok(dateOnlyLine(line(text)), text);
  }
  assert.equal(dateOnlyLine(line('Updated: 3 May 2025 at 10:00'))?.updated, true);
  for (const text of ['May 3, 2025 was a busy day for the council.', PROSE, 'May the best team win', 'MAY THE BEST TEAM WIN']) {
    assert.equal(dateOnlyLine(line(text)), null, text);
  }
});

test('URL dates', () => {
  assert.equal(dateFromUrl('https://example.org/news/2025/05/03/story-slug/'), '2025-05-03');
  assert.equal(dateFromUrl('https://example.org/story-2025-05-03-slug'), '2025-05-03');
  assert.equal(dateFromUrl('https://example.org/20250503/slug'), '2025-05-03');
  assert.equal(dateFromUrl('https://example.org/2025/05/slug'), null);
  assert.equal(dateFromUrl('not a url'), null);
});

test('a dateline without a year borrows it from nearby dates, same day first', () => {
  const nearby = [{ month: 1, day: 2, year: 2023 }, { month: 5, day: 3, year: 2024 }];
  assert.equal(yearFromNearby({ month: 5, day: 3 }, nearby), 2024);
  assert.equal(yearFromNearby({ month: 1, day: 9 }, nearby), 2023);
  assert.equal(yearFromNearby({ month: 1, day: 9 }, []), null);
});

test('trust order: input > header > dateline > url', () => {
  const text = ` date 2025-05-04\nMay 3, 2025\n${PROSE}`;
  assert.equal(extract({ text, publishedAt: '2025-05-01' }).meta.publishedAtSource, 'input');
  assert.equal(extract({ text }).meta.publishedAt?.value, '2025-05-04');
  const dated = extract({ text: `May 3, 2025\n${PROSE}`, url: 'https://x.org/2025/05/01/a' });
  assert.deepEqual([dated.meta.publishedAt?.value, dated.meta.publishedAtSource], ['2025-05-03', 'dateline']);
  const fromUrl = extract({ text: PROSE, url: 'https://x.org/2025/05/01/a' });
  assert.deepEqual([fromUrl.meta.publishedAt?.value, fromUrl.meta.publishedAtSource], ['2025-05-01', 'url']);
  const none = extract({ text: PROSE });
  assert.deepEqual([none.meta.publishedAt, none.meta.publishedAtSource], [null, null]);
});

test('datelines are removed even when another source wins; the year may come from a removed caption', () => {
  const text = `A mayor speaks during an event in Lyon, France June 5, 2024. Office/Handout via AGENCY\nJune 5 (Agency) - ${PROSE}`;
  const article = extract({ text });
  assert.deepEqual([article.meta.publishedAt?.value, article.meta.publishedAtSource, article.meta.publishedAt?.inferred], ['2024-06-05', 'dateline', true]);
  assert.ok(removedTexts(article).includes('dateline: June 5 (Agency) - '));
  const withInput = extract({ text, publishedAt: '2024-06-06' });
  assert.ok(removedTexts(withInput).includes('dateline: June 5 (Agency) - '));
});

test('future dates are dropped with a diagnostic; invalid input dates are reported', () => {
  assert.equal(isAfterNow('2026-01-02', '2026-01-01T00:00:00Z'), false);
  assert.equal(isAfterNow('2026-01-03', '2026-01-01T00:00:00Z'), true);
  const article = extract({ text: ` date 2027-01-01\nMay 3, 2025\n${PROSE}` });
  assert.equal(article.meta.publishedAt?.value, '2025-05-03');
  assert.ok(article.diagnostics.some((d) => d.code === 'future-date'));
  const invalid = extract({ text: PROSE, publishedAt: 'yesterday' });
  assert.equal(invalid.meta.publishedAt, null);
  assert.ok(invalid.diagnostics.some((d) => d.code === 'invalid-date'));
});

test('a byline that ends with the date dates the article; a byline without one does not', () => {
  const dated = extract({ text: `Storm hits coast\nBy Ana Torres | May 3, 2025\n${PROSE}\n` });
  assert.equal(dated.meta.publishedAt?.value, '2025-05-03');
  assert.equal(dated.meta.publishedAtSource, 'dateline');
  const undated = extract({ text: `Storm hits coast\nBy Ana Torres and Luis Ortega\n${PROSE}\n` });
  assert.equal(undated.meta.publishedAt, null);
});
