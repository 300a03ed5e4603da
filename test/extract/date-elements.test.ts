import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dateFromElements, dottedDatesIn, firstDayIn, foreignDatesIn, namedForDate } from '../../src/extract/html/date-elements.ts';
import { parsePage } from '../../src/extract/html/dom.ts';
import { urlBeforeMetadata, type DateCandidate } from '../../src/extract/published-at.ts';
import { extract } from './helpers.ts';

const page = (body: string): string => `<!DOCTYPE html><html><head><title>t</title></head><body>${body}</body></html>`;

describe('dottedDatesIn and firstDayIn', () => {
  const cases: { text: string; day: string | null }[] = [
    { text: 'Veröffentlicht am 16.12.2012', day: '2012-12-16' },
    { text: 'Donnerstag, 15.2.2018, 19:51', day: '2018-02-15' },
    { text: 'am 5. 3. 2019', day: '2019-03-05' },
    { text: 'Posted June 5, 2024 by the editor', day: '2024-06-05' },
    { text: 'Sonntag, 14. Juli 2019', day: '2019-07-14' },
    { text: 'publié le 1er mars 2020', day: '2020-03-01' },
    { text: '5 de mayo de 2018', day: '2018-05-05' },
    { text: '3 maggio 2017', day: '2017-05-03' },
    { text: '31. Februar 2019', day: null },
    { text: '12 Kilometer 2019', day: null },
    { text: 'Updated 2021-07-08', day: '2021-07-08' },
    { text: '31.02.2019 is no day', day: null },
    { text: 'phone 12.34.5678', day: null },
    { text: 'no date here', day: null },
  ];
  for (const { text, day } of cases) {
    it(`"${text}" -> ${String(day)}`, () => assert.equal(firstDayIn(text), day));
  }

  it('finds every foreign date, and no English one', () => {
    assert.deepEqual(foreignDatesIn('vom 2. Mai 2019 bis 4 juin 2019, not 5 May 2019'), [{ year: 2019, month: 5, day: 2 }, { year: 2019, month: 6, day: 4 }]);
  });

  it('finds every dotted date', () => {
    assert.deepEqual(dottedDatesIn('1.1.2020 bis 3.1.2020'), [{ year: 2020, month: 1, day: 1 }, { year: 2020, month: 1, day: 3 }]);
  });
});

describe('namedForDate', () => {
  const cases: [string, boolean][] = [
    ['entry-date published', true],
    ['post-meta', true],
    ['fbdatum', true],
    ['created-post', true],
    ['date-updated', false],
    ['comment-date', false],
    ['event-calendar date', false],
    ['content', false],
  ];
  for (const [names, expected] of cases) {
    it(`"${names}" -> ${String(expected)}`, () => assert.equal(namedForDate(names), expected));
  }
});

describe('dateFromElements', () => {
  it('takes the first date-named element with a date', () => {
    const doc = parsePage(page('<p class="intro">From 1.1.2001</p><span class="date">14.09.2018</span><span class="date">1 May 2019</span>'));
    assert.equal(dateFromElements(doc), '2018-09-14');
  });

  it('reads the title of a microformats abbr', () => {
    const doc = parsePage(page('<abbr class="published" title="2016-12-23T05:11:00-05:00">5:11 AM</abbr>'));
    assert.equal(dateFromElements(doc), '2016-12-23');
  });

  it('skips update and comment dates, and long containers', () => {
    const long = `${'Words of a long paragraph. '.repeat(10)} 3.4.2015`;
    const doc = parsePage(page(`<span class="updated-date">2.2.2020</span><div class="comment-meta">3.3.2020</div><div class="meta">${long}</div>`));
    assert.equal(dateFromElements(doc), null);
  });

  it('dates a page without date metadata', () => {
    const html = page('<article><p class="post-info">Veröffentlicht am 07.03.2017</p><p>The club met again after the winter break to plan the summer season and elect a new board.</p></article>');
    assert.equal(extract({ html }).meta.publishedAt?.value, '2017-03-07');
  });
});

describe('urlBeforeMetadata', () => {
  const metadata: DateCandidate = { value: '2020-02-25T02:25:54Z', source: 'metadata', by: 'html', inferred: false };
  const url: DateCandidate = { value: '2020-02-24', source: 'url', by: 'published-at', inferred: false };
  const input: DateCandidate = { value: '2020-02-20', source: 'input', by: 'published-at', inferred: false };

  it('puts a URL day before the metadata date, after the input', () => {
    assert.deepEqual(urlBeforeMetadata([input, metadata, url]), [input, url, metadata]);
  });

  it('keeps the order without metadata, without a URL day, or on the same day', () => {
    assert.deepEqual(urlBeforeMetadata([input, url]), [input, url]);
    assert.deepEqual(urlBeforeMetadata([metadata]), [metadata]);
    const sameDay: DateCandidate = { ...url, value: '2020-02-25' };
    assert.deepEqual(urlBeforeMetadata([metadata, sameDay]), [metadata, sameDay]);
  });

  it('makes a page with a dated URL take the URL day over a UTC time stamp', () => {
    const html = '<html><head><meta property="article:published_time" content="2020-02-25T02:25:54Z"></head><body><p>Some text of a page.</p></body></html>';
    const article = extract({ html, url: 'https://news.example/2020/02/24/story' });
    assert.deepEqual([article.meta.publishedAt?.value, article.meta.publishedAtSource], ['2020-02-24', 'url']);
  });
});
