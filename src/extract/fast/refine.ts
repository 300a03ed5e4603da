/**
 * Refiners over the article's blocks: each takes the list (and the page's title) and returns a
 * new one.
 */
import type { Block } from './blocks.ts';
import { linkDensity } from './blocks.ts';

/** Blocks that are mostly links (menus, tag lists, "read more" lines) above this share are dropped. */
const MAX_LINK_DENSITY = 0.6;
const HEADING = /^h[1-6]$/;

type Refiner = (blocks: readonly Block[], title: string | null) => Block[];

/** Drops blocks made mostly of links. */
export function dropLinkBlocks(blocks: readonly Block[]): Block[] {
  return blocks.filter((block) => linkDensity(block) <= MAX_LINK_DENSITY);
}

const normTitle = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Drops headings that repeat the page's title: the title is metadata, not a line of the body. */
export function dropTitleHeadings(blocks: readonly Block[], title: string | null): Block[] {
  const wanted = title === null ? '' : normTitle(title);
  if (!wanted) return [...blocks];
  return blocks.filter((block) => !(HEADING.test(block.element.tag) && normTitle(block.text) === wanted));
}

/** Drops headings with no text under them: the next block is another heading, or there is none. */
export function dropOrphanHeadings(blocks: readonly Block[]): Block[] {
  return blocks.filter((block, i) => {
    if (!HEADING.test(block.element.tag)) return true;
    const next = blocks[i + 1];
    return next !== undefined && !HEADING.test(next.element.tag);
  });
}

const REFINERS: readonly Refiner[] = [dropLinkBlocks, dropTitleHeadings, dropOrphanHeadings];

export function refineBlocks(blocks: readonly Block[], title: string | null): Block[] {
  return REFINERS.reduce<Block[]>((list, refine) => refine(list, title), [...blocks]);
}
