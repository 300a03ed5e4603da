/**
 * The text of an element as lines: each block element (paragraph, heading, list item, quote,
 * caption, ...) becomes one line, whitespace collapsed within it; lines are joined by blank lines.
 * Figure captions are returned as spans so that they can be marked removed.
 */
import type { Span } from '../../model.ts';
import type { DomNode } from './dom.ts';
import { TEXT_NODE, isElement } from './dom.ts';

const BLOCK_TAGS = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'pre', 'figcaption', 'div', 'section',
  'article', 'header', 'footer', 'aside', 'main', 'ul', 'ol', 'dl', 'dt', 'dd', 'table', 'tr', 'td', 'th',
  'figure', 'address', 'hr', 'br', 'caption', 'details', 'summary', 'form', 'fieldset', 'nav', 'center',
]);
/** Never text: scripts, styles, form controls, embedded media. */
export const NEVER_TEXT = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'iframe', 'button', 'select', 'input', 'textarea',
  'object', 'canvas', 'head', 'video', 'audio', 'picture',
]);
/** Page chrome, skipped when falling back to the whole body. */
export const PAGE_CHROME = new Set([...NEVER_TEXT, 'nav', 'footer', 'aside', 'header', 'form']);

export interface BlockText {
  readonly text: string;
  readonly captions: readonly Span[];
}

interface Block {
  readonly text: string;
  readonly caption: boolean;
}

export function blockText(root: DomNode, skip: ReadonlySet<string> = NEVER_TEXT): BlockText {
  const blocks: Block[] = [];
  let buffer = '';
  let captionDepth = 0;
  const flush = (): void => {
    const text = buffer.replace(/\s+/g, ' ').trim();
    if (text) blocks.push({ text, caption: captionDepth > 0 });
    buffer = '';
  };
  const walk = (node: DomNode): void => {
    if (node.nodeType === TEXT_NODE) {
      buffer += node.textContent ?? '';
      return;
    }
    if (!isElement(node)) return;
    const tag = node.tagName.toLowerCase();
    if (skip.has(tag)) return;
    const block = BLOCK_TAGS.has(tag);
    if (block) flush();
    if (tag === 'figcaption') captionDepth++;
    for (const child of Array.from(node.childNodes)) walk(child);
    if (block) flush();
    if (tag === 'figcaption') captionDepth--;
  };
  walk(root);
  flush();
  return joinBlocks(blocks);
}

function joinBlocks(blocks: readonly Block[]): BlockText {
  const captions: Span[] = [];
  let text = '';
  for (const block of blocks) {
    if (text) text += '\n\n';
    if (block.caption) captions.push({ start: text.length, end: text.length + block.text.length });
    text += block.text;
  }
  return { text, captions };
}
