/**
 * One htmlparser2 pass over a page, feeding any number of readers: the main-text tree
 * (fast/tree.ts) and the publication-date scan (pubdate/scan.ts) take their events from the same
 * tokens, so a page is tokenised once. Every reader sees the same events with the same options
 * (entities decoded, tag and attribute names lower-case).
 *
 * The tokenizer runs without entity decoding (it then skips through text to the next `<` instead
 * of stepping a character at a time) and entities are decoded here, the way the tokenizer would:
 * in text and `<title>` (legacy mode: `&amp` without `;` counts), in attribute values (attribute
 * mode), never in raw text (`<script>`, `<style>`, `<textarea>`, `<xmp>`).
 */
import { decodeHTML, decodeHTMLAttribute } from 'entities';
import { Parser } from 'htmlparser2';

/** The events a reader takes: tags opened (with their attributes), tags closed, text runs. */
export interface SaxHandler {
  onopentag(name: string, attrs: Record<string, string>): void;
  onclosetag(name: string): void;
  ontext(text: string): void;
}

/** A reader of the events, and what it has read once the page has ended. */
export interface SaxReader<T> {
  readonly handler: SaxHandler;
  result(): T;
}

const OPTIONS = { decodeEntities: false, lowerCaseTags: true, lowerCaseAttributeNames: true } as const;

/** Elements whose text the tokenizer reads as written, entities and all. */
export const RAW_TEXT = new Set(['script', 'style', 'textarea', 'xmp']);

/** Two handlers called in turn for every event (the html stage's case: the tree and the date scan). */
export function pairOf(first: SaxHandler, second: SaxHandler): SaxHandler {
  return {
    onopentag(name, attrs) {
      first.onopentag(name, attrs);
      second.onopentag(name, attrs);
    },
    onclosetag(name) {
      first.onclosetag(name);
      second.onclosetag(name);
    },
    ontext(text) {
      first.ontext(text);
      second.ontext(text);
    },
  };
}

/** Handlers called in turn for every event; one or two without a loop (it runs for every token of every page). */
export function fanOut(handlers: readonly SaxHandler[]): SaxHandler {
  const [first, second] = handlers;
  if (handlers.length === 1 && first !== undefined) return first;
  if (handlers.length === 2 && first !== undefined && second !== undefined) return pairOf(first, second);
  return {
    onopentag(name, attrs) {
      for (const handler of handlers) handler.onopentag(name, attrs);
    },
    onclosetag(name) {
      for (const handler of handlers) handler.onclosetag(name);
    },
    ontext(text) {
      for (const handler of handlers) handler.ontext(text);
    },
  };
}

/** The attribute values with their entities decoded (the same object, changed in place). */
export function decodeAttributes(attrs: Record<string, string>): Record<string, string> {
  for (const name in attrs) {
    const value = attrs[name];
    if (value !== undefined && value.includes('&')) attrs[name] = decodeHTMLAttribute(value);
  }
  return attrs;
}

/**
 * Whether an `&` lies between two offsets of the page, for ranges asked in reading order: the
 * next `&` is looked up once and kept while the ranges stay before it.
 */
export function ampersandFinder(html: string): (start: number, end: number) => boolean {
  let next = -1;
  return (start, end) => {
    if (next < start) next = html.indexOf('&', start);
    if (next === -1) next = Infinity;
    return next <= end;
  };
}

/**
 * The tokenizer's events for a handler that wants entities decoded: the attribute values of a tag
 * whose source holds an `&` (`tagHasAmpersand`), text that is not raw text.
 */
export function decodingHandler(handler: SaxHandler, tagHasAmpersand: () => boolean): SaxHandler {
  let rawText = false;
  return {
    onopentag(name, attrs) {
      rawText = RAW_TEXT.has(name);
      handler.onopentag(name, tagHasAmpersand() ? decodeAttributes(attrs) : attrs);
    },
    onclosetag(name) {
      rawText = false;
      handler.onclosetag(name);
    },
    ontext(text) {
      handler.ontext(rawText || !text.includes('&') ? text : decodeHTML(text));
    },
  };
}

/** Runs the page's events through the handlers, in one pass. Never throws on malformed HTML. */
export function runSax(html: string, ...handlers: readonly SaxHandler[]): void {
  const handler = fanOut(handlers);
  const hasAmpersand = ampersandFinder(html);
  const parser: Parser = new Parser(
    decodingHandler(handler, () => hasAmpersand(parser.startIndex, parser.endIndex)),
    OPTIONS,
  );
  parser.end(html);
}
