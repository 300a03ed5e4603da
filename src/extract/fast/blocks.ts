/**
 * The page as a flat list of text blocks: each paragraph, heading, list item, quote, cell or
 * loose run of text in a `<div>` becomes one block, with its text (whitespace collapsed), how much
 * of it is link text, and the element holding it. Non-content subtrees are skipped on the way.
 */
import type { HtmlElement } from './tree.ts';
import { isNonContent } from './prune.ts';
import { repairMojibake } from './mojibake.ts';

export interface Block {
  readonly text: string;
  /** Characters of the text inside links. */
  readonly linkChars: number;
  /** The block element the text belongs to (its nearest block ancestor). */
  readonly element: HtmlElement;
  /** Inside a `<figcaption>` (or a `<caption>` of a table). */
  readonly caption: boolean;
}

/** Elements that start a new block; everything else is inline and joins the text around it. */
export const BLOCK_TAGS = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'pre', 'figcaption', 'div', 'section',
  'article', 'header', 'footer', 'aside', 'main', 'ul', 'ol', 'dl', 'dt', 'dd', 'table', 'tr', 'td', 'th',
  'figure', 'address', 'hr', 'br', 'caption', 'details', 'summary', 'form', 'fieldset', 'nav', 'center',
  'body', 'html', 'tbody', 'thead', 'tfoot',
]);
const CAPTION_TAGS = new Set(['figcaption', 'caption']);
/** Class words of captions and photo credits outside `<figcaption>` ("wp-caption-text", "image-credits"). */
const CAPTION_NAME = /(?:^|[-_ ])(?:caption|credits?|copyright|bildunterschrift|legende?)(?:$|[-_ ])/i;

/** A caption: `<figcaption>`, a table's `<caption>`, or an element whose class names one. */
export function isCaption(element: HtmlElement): boolean {
  return CAPTION_TAGS.has(element.tag) || CAPTION_NAME.test(element.attrs['class'] ?? '');
}

const SPACES = /\s+/g;
/** Soft hyphens: invisible break points inside words (German and Dutch pages are full of them); a reader never sees them. */
const SOFT_HYPHENS = /\u00ad/g;

/** The block's text as a reader sees it: white space collapsed, text encoded twice repaired, soft hyphens taken out (after the repair: "Ã" and a soft hyphen spell "í"). */
export function readerBlockText(raw: string): string {
  const text = repairMojibake(raw.replace(SPACES, ' ').trim());
  return text.includes('\u00ad') ? text.replace(SOFT_HYPHENS, '') : text;
}

/** True for the characters `\s` matches (JavaScript's white space and line terminators). */
export function isSpaceCode(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 160) return false;
  return (
    code === 160 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/** The characters of `text` that are not white space (what `text.replace(/\s+/g, '').length` counts, without a copy). */
export function nonSpaceLength(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) if (!isSpaceCode(text.charCodeAt(i))) count++;
  return count;
}

/** The blocks under `root`, in reading order, skipping subtrees that `skip` rejects. */
export function blocksOf(root: HtmlElement, skip: (element: HtmlElement) => boolean = isNonContent): Block[] {
  const blocks: Block[] = [];
  let buffer = '';
  let linkChars = 0;
  let linkDepth = 0;
  let captionDepth = 0;
  let holder = root;

  const flush = (): void => {
    const text = readerBlockText(buffer);
    if (text) blocks.push({ text, linkChars: Math.min(linkChars, text.length), element: holder, caption: captionDepth > 0 });
    buffer = '';
    linkChars = 0;
  };
  const walk = (element: HtmlElement): void => {
    for (const child of element.children) {
      if (typeof child === 'string') {
        buffer += child;
        if (linkDepth > 0) linkChars += nonSpaceLength(child);
        continue;
      }
      if (skip(child)) continue;
      const block = BLOCK_TAGS.has(child.tag);
      const caption = isCaption(child);
      const outer = holder;
      if (block) {
        flush();
        holder = child;
      }
      if (child.tag === 'a') linkDepth++;
      if (caption) captionDepth++;
      walk(child);
      if (child.tag === 'a') linkDepth--;
      if (block) {
        flush();
        holder = outer;
      }
      if (caption) captionDepth--;
    }
  };
  walk(root);
  flush();
  return blocks;
}

/** Share of a block's non-space characters that are link text. */
export function linkDensity(block: Pick<Block, 'text' | 'linkChars'>): number {
  const chars = nonSpaceLength(block.text);
  return chars === 0 ? 0 : block.linkChars / chars;
}
