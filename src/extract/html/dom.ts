/**
 * The few DOM features extraction uses, typed here (the project has no DOM lib), and the one
 * place pages are parsed (linkedom).
 */
import { createRequire } from 'node:module';
import type * as Linkedom from 'linkedom';

/**
 * linkedom (and Readability, in html.ts) load on the first page parsed, not at start: most runs read
 * plain text, and loading them costs about 0.1 s of every command.
 */
const load = createRequire(import.meta.url);
let linkedom: typeof Linkedom | undefined;
const parseHTML = (html: string) => (linkedom ??= load('linkedom') as typeof Linkedom).parseHTML(html);

export const TEXT_NODE = 3;
export const ELEMENT_NODE = 1;

export interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<DomNode>;
}

export interface DomElement extends DomNode {
  readonly tagName: string;
  getAttribute(name: string): string | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

export interface DomDocument {
  readonly documentElement: DomElement;
  readonly body: DomElement | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

export function parsePage(html: string): DomDocument {
  const { document } = parseHTML(html) as { document: DomDocument };
  return document;
}

export function isElement(node: DomNode): node is DomElement {
  return node.nodeType === ELEMENT_NODE;
}

/** The trimmed `content` of the first `<meta>` matching one of the selectors. */
export function metaContent(doc: DomDocument, selectors: readonly string[]): string | null {
  for (const selector of selectors) {
    const content = doc.querySelector(selector)?.getAttribute('content')?.trim();
    if (content) return content;
  }
  return null;
}

/** Collapses whitespace (entities are already decoded by the parser). */
export function cleanText(s: string | null | undefined): string {
  return (s ?? '').replace(/\s+/g, ' ').trim();
}
