/** An RSS 2.0 or RSS 1.0 (RDF) item. */
import { chooseContent, finishEntry } from './entry.ts';
import type { EntryResult } from './entry.ts';
import type { Loose } from './values.ts';
import { attribute, each, field, textOf } from './values.ts';

/**
 * Content from `content:encoded`, else `description` (markup or plain); the link from `link`, else
 * a permalink `guid`; the date from `pubDate` or `dc:date`; the author from `dc:creator` or
 * `author`; the outlet from the item's `source`, else the feed's title.
 */
export function rssEntry(item: Loose, feedTitle: string | undefined): EntryResult {
  const guid = field(item, 'guid');
  const permalink = attribute(each(guid)[0], 'isPermaLink') === 'false' ? undefined : textOf(guid);
  return finishEntry({
    links: [textOf(field(item, 'link')), permalink],
    dates: [textOf(field(item, 'pubDate')), textOf(field(item, 'dc:date'))],
    title: textOf(field(item, 'title')),
    author: textOf(field(item, 'dc:creator')) ?? rssAuthor(textOf(field(item, 'author'))),
    source: textOf(field(item, 'source')) ?? feedTitle,
    content: chooseContent([
      { kind: 'html', value: textOf(field(item, 'content:encoded')) },
      { kind: 'either', value: textOf(field(item, 'description')) },
    ]),
  });
}

/** RSS `author` is an e-mail address, often with the name in brackets: "jo@example.org (Jo Doe)" gives "Jo Doe". */
export function rssAuthor(author: string | undefined): string | undefined {
  if (author === undefined) return undefined;
  const named = /\(([^()]{1,200})\)\s*$/.exec(author)?.[1]?.trim();
  if (named !== undefined && named !== '') return named;
  return /^\S{1,200}@\S{1,200}$/.test(author) ? undefined : author;
}
