/**
 * One SAX pass (htmlparser2) over a page's raw HTML, keeping only what the publication date can
 * come from: JSON-LD scripts, `<meta>` tags, elements with a date `itemprop`, `<time>` elements,
 * elements whose class or id names a date, and the visible text blocks in document order, each
 * marked when it sits in page chrome (comments, footers, sidebars, widgets) or after the headline
 * (the block just above the headline is kept too). A chrome-named wrapper that holds the headline
 * is the page, not chrome. No DOM is built.
 */
import type { SaxReader } from '../html/sax.ts';
import { runSax } from '../html/sax.ts';

export interface MetaTag {
  /** The tag's `name`, `property`, `itemprop` or `http-equiv`, lower-case. */
  readonly key: string;
  readonly content: string;
}

export interface ScannedElement {
  readonly tag: string;
  /** The element's class, id and itemprop, lower-case, space-separated. */
  readonly names: string;
  /** Its `datetime`, `content` or `title` attribute, when it has one. */
  readonly datetime: string | null;
  readonly content: string | null;
  readonly title: string | null;
  /** Its visible text, whitespace collapsed, cut at `MAX_ELEMENT_TEXT`. */
  readonly text: string;
  /** Inside page chrome: comments, footers, sidebars, widgets, related links. */
  readonly chrome: boolean;
  /** Opened after the first `<h1>`. */
  readonly afterHeading: boolean;
  /** Has a `pubdate` attribute. */
  readonly pubdate: boolean;
}

/** A block of visible text outside page chrome (the first `MAX_BLOCKS` before and after the headline). */
export interface TextBlock {
  readonly text: string;
  readonly afterHeading: boolean;
}

export interface PageScan {
  readonly language: string | null;
  readonly jsonLd: readonly string[];
  readonly metas: readonly MetaTag[];
  /** `<time>` elements, elements with a date itemprop, and elements whose names say date, in document order. */
  readonly elements: readonly ScannedElement[];
  readonly blocks: readonly TextBlock[];
}

const MAX_ELEMENT_TEXT = 240;
const MAX_BLOCK_TEXT = 400;
/** Text blocks kept, before and after the headline: the date is read near the top. */
const MAX_BLOCKS = 60;
const MAX_ELEMENTS = 400;

/** Class or id tokens (whole, or as the first part of a hyphenated token) of containers whose dates are not the page's own. */
const CHROME_NAMES =
  /(?:^|\s)(?:commentlist|sidebar|widget-area|related|relatedposts|calendar|archives?|recommended|most-?read|popular|trending|nav|navigation|menu|aside)(?:$|[\s_-])/u;
/** Any hyphen- or underscore-separated part of a class or id naming comments ("recipe-comment-box"). */
const COMMENT_PART = /(?:^|[\s_-])comments?(?:$|[\s_-])/u;
const CHROME_TAGS = new Set(['nav']);
/** Words of layout boxes that may wrap a whole page, chrome included. */
const WRAPPER_NAMES = /container|wrap|main|page|layout/u;
/** Class, id or itemprop words of elements that hold a date. */
const DATE_NAMES = /date|datum|fecha|data|time|zeit|publi|posted|created|byline|dateline|meta|info|stamp|submitted|author/u;
const SKIPPED_TEXT = new Set(['script', 'style', 'noscript', 'template', 'svg', 'select', 'option', 'button']);
const BLOCK_TAGS = new Set([
  'p', 'div', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'td', 'th', 'table', 'section', 'article',
  'header', 'footer', 'aside', 'nav', 'br', 'dd', 'dt', 'dl', 'blockquote', 'figure', 'figcaption', 'main', 'time', 'form',
]);

/**
 * A container named as chrome (or a `<nav>`), inside `outer`. One that turns out to hold the
 * headline wraps the page ("navigation-container", "mainwrap has-sidebar"): it is not chrome.
 */
interface ChromeBox {
  readonly outer: ChromeBox | null;
  /** Its names also say wrapper ("-container", "wrap", "main"), so it may hold the whole page. */
  readonly wrapperNamed: boolean;
  wrapsPage: boolean;
}

function isChrome(box: ChromeBox | null): boolean {
  for (let b = box; b !== null; b = b.outer) if (!b.wrapsPage) return true;
  return false;
}

interface OpenElement {
  readonly tag: string;
  /** The innermost chrome-named container around the element (or the element itself). */
  readonly chrome: ChromeBox | null;
  readonly skipped: boolean;
  readonly jsonLd: boolean;
  readonly collector: Collector | null;
}

interface Collector {
  element: Omit<ScannedElement, 'text' | 'chrome'>;
  chrome: ChromeBox | null;
  text: string;
}

const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();
const NOT_BLANK = /\S/u;

function namesOf(attribs: Readonly<Record<string, string>>): string {
  const { class: cls, id, itemprop } = attribs;
  if (cls === undefined && id === undefined && itemprop === undefined) return '';
  return `${cls ?? ''} ${id ?? ''} ${itemprop ?? ''}`.toLowerCase().trim();
}

/** True when an element is worth keeping as a date holder. */
function holdsDate(tag: string, names: string, attribs: Readonly<Record<string, string>>): boolean {
  if (tag === 'time' || attribs['pubdate'] !== undefined) return true;
  if (tag === 'html' || tag === 'body' || names.length === 0) return false;
  return DATE_NAMES.test(names);
}

/** A reader of SAX events that keeps what the publication date can come from. */
export function dateScanReader(): SaxReader<PageScan> {
  const jsonLd: string[] = [];
  const metas: MetaTag[] = [];
  const elements: Collector[] = [];
  const blocks: TextBlock[] = [];
  const stack: OpenElement[] = [];
  const active: Collector[] = [];
  let language: string | null = null;
  let afterHeading = false;
  let block = '';
  let script = '';

  const inChrome = (): boolean => isChrome(stack[stack.length - 1]?.chrome ?? null);
  let blocksBeforeHeading = 0;
  let blocksAfterHeading = 0;
  /** The raw text of the last block before the headline, once the blocks before it are full (kept for `aboveHeadline`). */
  let lastBeforeHeading = '';
  const flush = (): void => {
    if (block.length === 0) return;
    const kept = afterHeading ? blocksAfterHeading < MAX_BLOCKS : blocksBeforeHeading < MAX_BLOCKS;
    if (!kept && !afterHeading && !inChrome() && NOT_BLANK.test(block)) lastBeforeHeading = block.slice(0, 4 * MAX_BLOCK_TEXT);
    const text = kept && !inChrome() ? collapse(block.slice(0, 4 * MAX_BLOCK_TEXT)) : '';
    block = '';
    if (text.length === 0) return;
    blocks.push({ text: text.slice(0, MAX_BLOCK_TEXT), afterHeading });
    if (afterHeading) blocksAfterHeading++;
    else blocksBeforeHeading++;
  };
  /** The chrome-named containers named as wrappers that hold the headline wrap the page. */
  const unchromeWrappers = (): void => {
    for (let box = stack[stack.length - 1]?.chrome ?? null; box !== null; box = box.outer) box.wrapsPage ||= box.wrapperNamed;
  };
  /** At the headline: the block just above it is kept even when the blocks before it overflowed. */
  const enterHeadline = (): void => {
    if (afterHeading) return;
    afterHeading = true;
    const text = collapse(lastBeforeHeading);
    if (text.length > 0) blocks.push({ text: text.slice(0, MAX_BLOCK_TEXT), afterHeading: false });
  };

  return {
    handler: {
      onopentag(tag, attribs) {
        if (tag === 'html' && attribs['lang']) language = attribs['lang'];
        if (tag === 'meta') {
          const key = attribs['name'] ?? attribs['property'] ?? attribs['itemprop'] ?? attribs['http-equiv'];
          const content = attribs['content'] ?? attribs['datetime'];
          if (key !== undefined && content !== undefined) metas.push({ key: key.toLowerCase().trim(), content });
        }
        const names = namesOf(attribs);
        const parent = stack[stack.length - 1];
        const chromeNamed = CHROME_TAGS.has(tag) || (names.length > 0 && tag !== 'body' && tag !== 'html' && (CHROME_NAMES.test(names) || COMMENT_PART.test(names)));
        const outer = parent?.chrome ?? null;
        const chrome = chromeNamed ? { outer, wrapperNamed: WRAPPER_NAMES.test(names), wrapsPage: false } : outer;
        if (BLOCK_TAGS.has(tag)) flush();
        if (tag === 'h1') {
          enterHeadline();
          unchromeWrappers();
        }
        let collector: Collector | null = null;
        if (tag !== 'meta' && elements.length < MAX_ELEMENTS && holdsDate(tag, names, attribs)) {
          collector = {
            element: {
              tag,
              names,
              datetime: attribs['datetime'] ?? null,
              content: attribs['content'] ?? null,
              title: attribs['title'] ?? null,
              afterHeading,
              pubdate: attribs['pubdate'] !== undefined,
            },
            chrome,
            text: '',
          };
          elements.push(collector);
          active.push(collector);
        }
        const jsonScript = tag === 'script' && /ld\+json/iu.test(attribs['type'] ?? '');
        stack.push({ tag, chrome, skipped: SKIPPED_TEXT.has(tag) || (parent?.skipped ?? false), jsonLd: jsonScript, collector });
      },
      ontext(text) {
        const top = stack[stack.length - 1];
        if (top?.jsonLd) {
          script += text;
          return;
        }
        if (top?.skipped) return;
        if (!afterHeading || blocksAfterHeading < MAX_BLOCKS) block += text;
        for (const collector of active) {
          if (collector.text.length < MAX_ELEMENT_TEXT) collector.text += text;
        }
      },
      onclosetag(tag) {
        const top = stack.pop();
        if (top === undefined) return;
        if (top.jsonLd) {
          jsonLd.push(script);
          script = '';
        }
        if (BLOCK_TAGS.has(tag)) {
          stack.push(top);
          flush();
          stack.pop();
        }
        if (top.collector) active.splice(active.indexOf(top.collector), 1);
      },
    },
    result() {
      flush();
      return {
        language,
        jsonLd,
        metas,
        elements: elements.map((c) => ({ ...c.element, chrome: isChrome(c.chrome), text: collapse(c.text).slice(0, MAX_ELEMENT_TEXT) })),
        blocks,
      };
    },
  };
}

/** What the publication date of a page can come from, in one pass of its own. */
export function scanPage(html: string): PageScan {
  const reader = dateScanReader();
  runSax(html, reader.handler);
  return reader.result();
}
