/**
 * The byline an HTML page shows but does not state in its metadata: the first element marked as
 * the author (`rel="author"`, `itemprop="author"`, a class or id naming a byline or an author)
 * whose short text cleans into names. Comment sections are skipped: their authors are readers.
 */
import type { HtmlElement, HtmlPage } from './fast/tree.ts';
import { elementsOf } from './fast/tree.ts';
import { cleanAuthor } from './author-clean.ts';

/** Readability's byline cue on `class` and `id`. */
const BYLINE_NAME = /byline|author|dateline|writtenby|p-author/i;
const COMMENTS = /comment|reply|respond|disqus/i;
/** A byline is short; longer text under an author class is a biography. */
const MAX_BYLINE_CHARS = 100;
/** How far up an element's ancestors a comment section is looked for. */
const MAX_ANCESTORS = 12;

/** Marked as the author by its `rel`, `itemprop`, `class` or `id`. */
export function marksAuthor(element: HtmlElement): boolean {
  const { rel, itemprop, class: className, id } = element.attrs;
  return (
    /\bauthor\b/i.test(rel ?? '') ||
    /\bauthor\b/i.test(itemprop ?? '') ||
    BYLINE_NAME.test(`${className ?? ''} ${id ?? ''}`)
  );
}

/** Inside a comment section (by the class or id of an ancestor, itself included). */
export function inComments(element: HtmlElement): boolean {
  let up: HtmlElement | null = element;
  for (let depth = 0; up !== null && depth < MAX_ANCESTORS; depth++, up = up.parent) {
    if (COMMENTS.test(`${up.attrs['class'] ?? ''} ${up.attrs['id'] ?? ''}`)) return true;
  }
  return false;
}

/** The text under an element, a space between elements ("By<a>Jane Doe</a>" reads "By Jane Doe"), collapsed. */
export function spacedText(element: HtmlElement): string {
  const parts = element.children.map((child) => (typeof child === 'string' ? child : ` ${spacedText(child)} `));
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** The `itemprop="name"` inside an `itemprop="author"` element, else the element itself. */
function nameElement(element: HtmlElement): HtmlElement {
  if (!/\bauthor\b/i.test(element.attrs['itemprop'] ?? '')) return element;
  for (const inner of elementsOf(element)) if (/\bname\b/i.test(inner.attrs['itemprop'] ?? '')) return inner;
  return element;
}

/** The names of the first author element of the page that yields any, or null. */
export function bylineFromElements(page: Pick<HtmlPage, 'root'>): string | null {
  for (const element of elementsOf(page.root)) {
    if (!marksAuthor(element) || inComments(element)) continue;
    const text = spacedText(nameElement(element));
    if (text.length === 0 || text.length >= MAX_BYLINE_CHARS) continue;
    const names = cleanAuthor(text);
    if (names !== null) return names;
  }
  return null;
}
