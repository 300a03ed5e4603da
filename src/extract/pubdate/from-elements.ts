/**
 * Dates the page shows in elements made for them: `itemprop="datePublished"`, `<time datetime>`
 * (with `pubdate` or a published class above a plain one), `<abbr class="published" title>`, and
 * the text of elements whose class or id says date, byline or post meta. Elements in page chrome
 * (comments, footers, sidebars, widgets) are left out.
 */
import type { DateCandidate, DateRole } from './candidate.ts';
import { RANK, candidate } from './candidate.ts';
import { readDateValue } from './read-value.ts';
import type { ScannedElement } from './scan.ts';
import type { NumericOrder } from './text-dates.ts';
import { labelledDates } from './labels.ts';

const PUBLISHED_NAMES = /publi|posted|created|entry-date|post-date|article-date|pubdate|dateline|erstellt|veroeffentlicht/u;
const MODIFIED_NAMES = /modif|updat|changed|revis|aktualisiert/u;
/** Names of elements whose date belongs to something else: comments, teasers of other pages, events, expiry. */
const NOT_A_PAGE_DATE = /expire|birth|event|start|end-?date|deadline|copyright|comment|teaser|widget|related/u;

function roleOfNames(names: string): DateRole {
  if (MODIFIED_NAMES.test(names)) return 'modified';
  return PUBLISHED_NAMES.test(names) ? 'published' : 'plain';
}

function attributeDate(element: ScannedElement, order: NumericOrder): string | null {
  for (const raw of [element.datetime, element.content, element.title]) {
    const value = raw === null ? null : readDateValue(raw, order);
    if (value) return value;
  }
  return null;
}

function itempropDate(element: ScannedElement, order: NumericOrder): DateCandidate[] {
  const role: DateRole | null = /datepublished/u.test(element.names) ? 'published' : /datemodified/u.test(element.names) ? 'modified' : null;
  if (role === null) return [];
  const value = attributeDate(element, order) ?? readDateValue(element.text, order);
  return candidate(value, 'metadata', `itemprop ${role === 'published' ? 'datePublished' : 'dateModified'}`, RANK.publishedItemprop, role);
}

function timeDate(element: ScannedElement, order: NumericOrder): DateCandidate[] {
  const role = element.pubdate ? 'published' : roleOfNames(element.names);
  const value = (element.datetime === null ? null : readDateValue(element.datetime, order)) ?? labelledDates(element.text, order)[0]?.day ?? null;
  const rank = role === 'plain' ? RANK.plainTime : RANK.publishedElement;
  return candidate(value, 'dateline', `time${element.pubdate ? '[pubdate]' : ''}${element.names ? ` .${element.names}` : ''}`, rank, role);
}

function abbrDate(element: ScannedElement, order: NumericOrder): DateCandidate[] {
  if (element.title === null) return [];
  return candidate(readDateValue(element.title, order), 'dateline', `abbr .${element.names}`, RANK.publishedElement, roleOfNames(element.names));
}

/** The first date of a date-named element's text whose label is not an update or a copyright. */
function namedDate(element: ScannedElement, order: NumericOrder): DateCandidate[] {
  const names = roleOfNames(element.names);
  const dates = labelledDates(element.text, order);
  const first = dates.find((d) => d.role !== 'modified') ?? dates[0];
  if (first === undefined) return [];
  const role = names === 'modified' || first.role === 'modified' ? 'modified' : first.role === 'published' ? 'published' : names;
  return candidate(first.day, 'dateline', `.${element.names.slice(0, 40)}`, RANK.namedElement, role);
}

export function elementDates(elements: readonly ScannedElement[], order: NumericOrder): DateCandidate[] {
  return elements
    .filter((e) => !e.chrome && !NOT_A_PAGE_DATE.test(e.names))
    .flatMap((element) => {
      const itemprop = itempropDate(element, order);
      if (itemprop.length > 0) return itemprop;
      if (element.tag === 'time') return timeDate(element, order);
      if (element.tag === 'abbr') return abbrDate(element, order);
      if (element.tag === 'meta' || element.tag === 'script') return [];
      return namedDate(element, order);
    });
}
