/**
 * One htmlparser2 pass over a page, feeding any number of readers: the main-text tree
 * (fast/tree.ts) and the publication-date scan (pubdate/scan.ts) take their events from the same
 * tokens, so a page is tokenised once. Every reader sees the same events with the same options
 * (entities decoded, tag and attribute names lower-case).
 */
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

const OPTIONS = { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true } as const;

/** Handlers called in turn for every event. */
export function fanOut(handlers: readonly SaxHandler[]): SaxHandler {
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

/** Runs the page's events through the handlers, in one pass. Never throws on malformed HTML. */
export function runSax(html: string, ...handlers: readonly SaxHandler[]): void {
  const [only] = handlers;
  const handler = handlers.length === 1 && only !== undefined ? only : fanOut(handlers);
  new Parser(handler, OPTIONS).end(html);
}
