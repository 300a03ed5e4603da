/**
 * The publication date a page shows in an element named for it (`<span class="date">`,
 * `<p class="post-meta">`, `<abbr class="published" title="...">`), for pages without date
 * metadata. The first such element, in document order, holding one full date wins.
 */
import type { DomDocument, DomElement } from './dom.ts';
import { cleanText } from './dom.ts';
import type { DateParts } from '../dates/parse-date.ts';
import { FOREIGN_MONTHS } from '../dates/month-names.ts';
import { fullDatesIn, isoDay, normaliseIsoDate } from '../dates/parse-date.ts';

/** Class, id or itemprop words of the elements that hold a page's own date. */
const DATE_HOLDER = /date|datum|time|publish|posted|created|byline|meta|info/iu;
/** Words that mark a date that is not the publication's: updates, comments, events, forms. */
const NOT_PUBLICATION = /update|modif|changed|comment|event|calendar|expire|birth|copyright|footer|widget|archive/iu;
/** A date element's text is short; longer ones are containers. */
const MAX_TEXT = 160;
/** How many date-named elements to look at, at most. */
const MAX_ELEMENTS = 200;

const DOTTED_DATE = /\b(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\b/gu;

/** Day-first numeric dates with dots ("16.12.2012", "5. 3. 2019"), the European way of writing them. */
export function dottedDatesIn(s: string): DateParts[] {
  const found: DateParts[] = [];
  for (const m of s.matchAll(DOTTED_DATE)) {
    const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (isoDay(year, month, day)) found.push({ year, month, day });
  }
  return found;
}

const FOREIGN_DATE = /\b(\d{1,2})(?:\.|er|º)?\s{1,3}(?:de\s{1,3})?(\p{L}{3,10})\.?,?\s{1,3}(?:de\s{1,3})?(\d{4})\b/gu;

/** Day-first dates with a month name in German, French, Spanish, Italian or Dutch ("14. Juli 2019", "1er mars 2020"). */
export function foreignDatesIn(s: string): DateParts[] {
  const found: DateParts[] = [];
  for (const m of s.matchAll(FOREIGN_DATE)) {
    const month = FOREIGN_MONTHS.get((m[2] ?? '').toLowerCase());
    const [day, year] = [Number(m[1]), Number(m[3])];
    if (month !== undefined && isoDay(year, month, day)) found.push({ year, month, day });
  }
  return found;
}

/** The `YYYY-MM-DD` of a full date written in `s` (dotted, then foreign, then English), or null. */
export function firstDayIn(s: string): string | null {
  const first = dottedDatesIn(s)[0] ?? foreignDatesIn(s)[0] ?? fullDatesIn(s)[0];
  return first?.year === undefined ? null : isoDay(first.year, first.month, first.day);
}

/** The names an element carries: its class, id and itemprop. */
function namesOf(element: DomElement): string {
  return ['class', 'id', 'itemprop'].map((a) => element.getAttribute(a) ?? '').join(' ');
}

/** True when the element's names say it holds a date, and not an update, comment or event date. */
export function namedForDate(names: string): boolean {
  return DATE_HOLDER.test(names) && !NOT_PUBLICATION.test(names);
}

/** The day an `<abbr class="published" title="...">` (microformats) states in its title. */
function abbrDay(element: DomElement): string | null {
  const title = element.getAttribute('title') ?? '';
  return normaliseIsoDate(title.slice(0, 25))?.slice(0, 10) ?? firstDayIn(title.slice(0, MAX_TEXT));
}

/** The first date-named element's day, or null. */
export function dateFromElements(doc: DomDocument): string | null {
  const body = doc.body;
  if (body === null) return null;
  const elements = Array.from(body.querySelectorAll('[class],[id],[itemprop]')).filter((e) => namedForDate(namesOf(e)));
  for (const element of elements.slice(0, MAX_ELEMENTS)) {
    if (element.tagName === 'ABBR') {
      const day = abbrDay(element);
      if (day) return day;
    }
    const text = cleanText(element.textContent);
    if (text.length > MAX_TEXT) continue;
    const day = firstDayIn(text);
    if (day) return day;
  }
  return null;
}
