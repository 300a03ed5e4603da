/**
 * One SAX pass (htmlparser2) turns a page into a compact element tree and the parts of its head
 * that metadata needs: `<title>`, the `<meta>` tags, JSON-LD scripts and `<html lang>`. Elements
 * that never hold text (scripts, styles, media, form controls) are left out of the tree.
 */
import type { SaxReader } from '../html/sax.ts';
import { runSax } from '../html/sax.ts';

export type Attributes = Readonly<Record<string, string>>;

export interface HtmlElement {
  readonly tag: string;
  readonly attrs: Attributes;
  /** Child elements and text runs (entities decoded), in document order. */
  readonly children: (HtmlElement | string)[];
  readonly parent: HtmlElement | null;
}

export interface HtmlPage {
  /** The document's root; `<html>` is its child when the page has one. */
  readonly root: HtmlElement;
  readonly title: string | null;
  /** The attributes of every `<meta>` tag, in document order. */
  readonly metas: readonly Attributes[];
  /** The text of every `<script type="application/ld+json">`. */
  readonly jsonLd: readonly string[];
  /** The `lang` of `<html>`, or null. */
  readonly lang: string | null;
  /** Elements marked as the article's body (`itemprop="articleBody"`), in document order. */
  readonly articleBodies: readonly HtmlElement[];
  /** The first `<h1>`, and the first element with `rel="author"`, or null. */
  readonly firstH1: HtmlElement | null;
  readonly authorLink: HtmlElement | null;
}

/**
 * Elements whose content is never text a reader sees; `rt`/`rp` are ruby annotations (the reading
 * aids printed above East Asian characters), not part of the sentence.
 */
export const NEVER_TEXT = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'iframe', 'button', 'select', 'input', 'textarea',
  'object', 'canvas', 'video', 'audio', 'picture', 'math', 'embed', 'map', 'option', 'link', 'rt', 'rp',
]);

const JSON_LD = /ld\+json/i;
const ARTICLE_BODY = /\barticleBody\b/i;
const AUTHOR_REL = /\bauthor\b/i;

function element(tag: string, attrs: Attributes, parent: HtmlElement | null): HtmlElement {
  return { tag, attrs, children: [], parent };
}

/** A reader of SAX events that builds the page's tree and collects its head's metadata. */
export function treeReader(): SaxReader<HtmlPage> {
  const root = element('#document', {}, null);
  const stack: HtmlElement[] = [root];
  const metas: Attributes[] = [];
  const jsonLd: string[] = [];
  const articleBodies: HtmlElement[] = [];
  let firstH1: HtmlElement | null = null;
  let authorLink: HtmlElement | null = null;
  let lang: string | null = null;
  let title: string | null = null;
  /** Inside a skipped element: how deep, and what its text collects into (title or JSON-LD). */
  let skipDepth = 0;
  let collecting: 'title' | 'json-ld' | null = null;
  let collected = '';

  return {
    handler: {
      onopentag(name, attrs) {
        if (skipDepth > 0) {
          skipDepth++;
          return;
        }
        if (name === 'meta') metas.push(attrs);
        if (name === 'html' && lang === null) lang = attrs['lang'] ?? attrs['xml:lang'] ?? null;
        if (name === 'title' && title === null) collecting = 'title';
        else if (name === 'script' && JSON_LD.test(attrs['type'] ?? '')) collecting = 'json-ld';
        if (NEVER_TEXT.has(name) || name === 'title') {
          skipDepth = 1;
          collected = '';
          return;
        }
        const parent = stack[stack.length - 1] ?? root;
        const child = element(name, attrs, parent);
        parent.children.push(child);
        stack.push(child);
        if (attrs['itemprop'] !== undefined && ARTICLE_BODY.test(attrs['itemprop'])) articleBodies.push(child);
        if (name === 'h1') firstH1 ??= child;
        if (attrs['rel'] !== undefined && AUTHOR_REL.test(attrs['rel'])) authorLink ??= child;
      },
      onclosetag() {
        if (skipDepth > 0) {
          skipDepth--;
          if (skipDepth === 0 && collecting !== null) {
            if (collecting === 'title') title = collected;
            else jsonLd.push(collected);
            collecting = null;
          }
          return;
        }
        if (stack.length > 1) stack.pop();
      },
      ontext(text) {
        if (skipDepth > 0) {
          if (collecting !== null) collected += text;
          return;
        }
        (stack[stack.length - 1] ?? root).children.push(text);
      },
    },
    result: () => ({ root, title, metas, jsonLd, lang, articleBodies, firstH1, authorLink }),
  };
}

/** The page as a tree, with its head's metadata. Never throws on malformed HTML. */
export function parseHtml(html: string): HtmlPage {
  const reader = treeReader();
  runSax(html, reader.handler);
  return reader.result();
}

/** Every element under `root` (itself included), depth first, in document order. */
export function* elementsOf(root: HtmlElement): Generator<HtmlElement> {
  yield root;
  for (const child of root.children) if (typeof child !== 'string') yield* elementsOf(child);
}

/** The text under an element, as written (whitespace not collapsed). */
export function textOf(node: HtmlElement | string): string {
  if (typeof node === 'string') return node;
  let text = '';
  for (const child of node.children) text += textOf(child);
  return text;
}
