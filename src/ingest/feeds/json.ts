/** JSON Feed (https://jsonfeed.org, versions 1 and 1.1), read directly after JSON.parse. */
import { oneLine } from '../fs-errors.ts';
import { chooseContent, finishEntry } from './entry.ts';
import type { EntryResult, FeedRead } from './entry.ts';
import type { Loose } from './values.ts';
import { each, field, namesOf, textOf } from './values.ts';

const VERSION = /^https?:\/\/jsonfeed\.org\/version\//;

/** The items of a JSON Feed; any other JSON (or not JSON) is `not-a-feed`. */
export function readJsonFeed(json: string): FeedRead {
  let feed: unknown;
  try {
    feed = JSON.parse(json);
  } catch (error) {
    return { ok: false, code: 'not-a-feed', reason: `not a JSON Feed: invalid JSON (${oneLine(error instanceof Error ? error.message : String(error))})` };
  }
  const version = field(feed, 'version');
  if (typeof version !== 'string' || !VERSION.test(version)) {
    return { ok: false, code: 'not-a-feed', reason: 'not a JSON Feed: no "version" starting with "https://jsonfeed.org/version/"' };
  }
  const items = field(feed, 'items');
  if (!Array.isArray(items)) return { ok: false, code: 'malformed-feed', reason: `"items" must be an array, instead found ${items === undefined ? 'nothing' : typeof items}` };
  if (items.length === 0) return { ok: false, code: 'empty', reason: 'feed has no items' };
  const feedTitle = textOf(field(feed, 'title'));
  return { ok: true, entries: items.map((item: unknown) => jsonEntry(item, feedTitle)) };
}

/** Content from `content_html`, else `content_text`, else `summary`; the date from `date_published` only. */
function jsonEntry(item: Loose, feedTitle: string | undefined): EntryResult {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) {
    return { ok: false, reason: `item must be a JSON object, instead found ${item === null ? 'null' : Array.isArray(item) ? 'an array' : `a ${typeof item}`}` };
  }
  return finishEntry({
    links: [textOf(field(item, 'url')), textOf(field(item, 'external_url'))],
    dates: [textOf(field(item, 'date_published'))],
    title: textOf(field(item, 'title')),
    author: namesOf([...each(field(item, 'authors')), ...each(field(item, 'author'))]),
    source: feedTitle,
    content: chooseContent([
      { kind: 'html', value: textOf(field(item, 'content_html')) },
      { kind: 'text', value: textOf(field(item, 'content_text')) },
      { kind: 'either', value: textOf(field(item, 'summary')) },
    ]),
  });
}
