/** An Atom entry. */
import { chooseContent, finishEntry } from './entry.ts';
import type { ContentCandidate, EntryResult } from './entry.ts';
import type { Loose } from './values.ts';
import { attribute, each, field, namesOf, textOf, xmlCharacterData } from './values.ts';

/**
 * Content from `content`, else `summary` (by their `type`: text, html or xhtml); the link from the
 * `alternate` link; the date from `published` (or Atom 0.3 `issued`), never `updated`; the authors'
 * names; the outlet from the feed's title.
 */
export function atomEntry(entry: Loose, feedTitle: string | undefined): EntryResult {
  return finishEntry({
    links: [alternateLink(field(entry, 'link'))],
    dates: [textOf(field(entry, 'published')), textOf(field(entry, 'issued'))],
    title: textOf(field(entry, 'title')),
    author: namesOf(field(entry, 'author')),
    source: feedTitle,
    content: chooseContent([atomContent(field(entry, 'content')), atomContent(field(entry, 'summary'))]),
  });
}

/** The href of the first link with no `rel` or `rel="alternate"`. */
function alternateLink(links: Loose): string | undefined {
  const alternate = each(links).find((link) => {
    const rel = attribute(link, 'rel');
    return rel === undefined || rel === 'alternate';
  });
  return attribute(alternate, 'href') || undefined;
}

/** An Atom text construct kept unparsed: xhtml is markup as written; html and text are character data. */
function atomContent(construct: Loose): ContentCandidate {
  const raw = textOf(construct);
  const type = attribute(each(construct)[0], 'type') ?? 'text';
  if (raw === undefined || attribute(each(construct)[0], 'src') !== undefined) return { kind: 'text', value: undefined };
  if (type === 'xhtml') return { kind: 'html', value: raw };
  const value = xmlCharacterData(raw);
  return { kind: type === 'html' || type.includes('html') ? 'html' : 'text', value };
}
