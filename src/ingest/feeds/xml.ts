/** RSS 2.0, RSS 1.0 (RDF) and Atom feeds, parsed by @extractus/feed-extractor, items read by us. */
import { extractFromXml } from '@extractus/feed-extractor';
import { oneLine } from '../fs-errors.ts';
import { atomEntry } from './atom.ts';
import type { EntryResult, FeedRead } from './entry.ts';
import { rssEntry } from './rss.ts';
import type { Loose } from './values.ts';
import { plainTitle, textOf } from './values.ts';

/** Atom content is kept unparsed, so that `type="xhtml"` markup comes through as written. */
const PARSER_OPTIONS = {
  descriptionMaxLen: 0,
  useISODateFormat: false,
  xmlParserOptions: { parseTagValue: false, stopNodes: ['feed.entry.content', 'feed.entry.summary'] },
  getExtraFeedFields: (feed: Record<string, unknown>) => ({ rawTitle: feed.title }),
  getExtraEntryFields: (item: Record<string, unknown>) => ({ raw: item }),
};

type FeedFlavour = 'rss' | 'atom';

/** The items of an XML feed; a document of another kind, or not well-formed, is refused as a whole. */
export function readXmlFeed(xml: string): FeedRead {
  const root = rootElement(xml);
  const flavour = root === null ? null : feedFlavour(root);
  if (flavour === null) {
    const found = root === null ? 'no root element' : `the root element is <${root}>`;
    return { ok: false, code: 'not-a-feed', reason: `not an RSS or Atom feed: ${found}` };
  }
  let items: readonly Loose[];
  let feedTitle: string | undefined;
  try {
    const feed = extractFromXml(xml, PARSER_OPTIONS);
    items = feed.entries?.map((entry) => entry.raw) ?? [];
    feedTitle = plainTitle(textOf(feed.rawTitle));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/unrecognized feed format/i.test(message)) return { ok: false, code: 'empty', reason: 'feed has no items' };
    return { ok: false, code: 'malformed-feed', reason: /not well-formed/i.test(message) ? 'not well-formed XML' : `cannot read the feed: ${oneLine(message)}` };
  }
  if (items.length === 0) return { ok: false, code: 'empty', reason: 'feed has no items' };
  const read = flavour === 'atom' ? atomEntry : rssEntry;
  return { ok: true, entries: items.map((item): EntryResult => read(item, feedTitle)) };
}

/** rss, rdf:RDF (RSS 1.0) or feed (Atom), by the root element's local name. */
function feedFlavour(root: string): FeedFlavour | null {
  const local = root.slice(root.indexOf(':') + 1);
  if (local === 'rss' || local === 'RDF') return 'rss';
  return local === 'feed' ? 'atom' : null;
}

/** The name of the first element, past the XML declaration, comments, processing instructions and doctype. */
export function rootElement(xml: string): string | null {
  let position = 0;
  while (position < xml.length) {
    const open = xml.indexOf('<', position);
    if (open === -1) return null;
    const next = xml.charAt(open + 1);
    if (next === '?' || next === '!') {
      const close = xml.startsWith('<!--', open) ? xml.indexOf('-->', open) : xml.indexOf('>', open);
      if (close === -1) return null;
      position = close + 1;
      continue;
    }
    return /^[A-Za-z_][\w.:-]{0,100}/.exec(xml.slice(open + 1, open + 103))?.[0] ?? null;
  }
  return null;
}
