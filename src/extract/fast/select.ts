/**
 * The article's elements: the raised top candidate and the siblings that belong with it (they
 * score like it, share its class, or read like paragraphs), and the blocks they hold.
 */
import type { Block } from './blocks.ts';
import type { Candidate } from './score.ts';
import type { HtmlElement } from './tree.ts';
import { NO_SCORE, finalScore, nameWeight } from './score.ts';
import { textOf } from './tree.ts';

const SIBLING_SHARE = 0.2;
const MIN_SIBLING_SCORE = 10;
const LONG_PARAGRAPH = 80;

function linkShare(element: HtmlElement, scores: ReadonlyMap<HtmlElement, Candidate>): number {
  const candidate = scores.get(element);
  return candidate === undefined || candidate.chars === 0 ? 0 : candidate.linkChars / candidate.chars;
}

/** A sibling paragraph that reads like the article: long with few links, or a short sentence without any. */
export function isProseSibling(element: HtmlElement, scores: ReadonlyMap<HtmlElement, Candidate>): boolean {
  if (element.tag !== 'p') return false;
  const text = textOf(element).replace(/\s+/g, ' ').trim();
  const links = linkShare(element, scores);
  if (text.length > LONG_PARAGRAPH) return links < 0.25;
  return text.length > 0 && links === 0 && /\.(?:\s|$)/.test(text);
}

/** The top candidate and the siblings that join it. */
export function articleElements(top: HtmlElement, scores: ReadonlyMap<HtmlElement, Candidate>): Set<HtmlElement> {
  const chosen = new Set<HtmlElement>([top]);
  const parent = top.parent;
  if (parent === null) return chosen;
  const topScore = finalScore(scores.get(top) ?? NO_SCORE);
  const threshold = Math.max(MIN_SIBLING_SCORE, topScore * SIBLING_SHARE);
  const topClass = top.attrs['class'] ?? '';
  for (const sibling of parent.children) {
    if (typeof sibling === 'string' || sibling === top) continue;
    const candidate = scores.get(sibling);
    if (candidate === undefined) continue;
    const bonus = topClass !== '' && sibling.attrs['class'] === topClass ? topScore * SIBLING_SHARE : 0;
    if (finalScore(candidate) + bonus >= threshold || isProseSibling(sibling, scores)) chosen.add(sibling);
  }
  return chosen;
}

/** True when the block lies inside one of the elements. */
export function isInside(block: Block, elements: ReadonlySet<HtmlElement>): boolean {
  for (let up: HtmlElement | null = block.element; up !== null; up = up.parent) if (elements.has(up)) return true;
  return false;
}

/** Containers whose text is mostly links inside an article are link lists: related stories, tags, share bars. */
const MAX_CONTAINER_LINKS = 0.3;
/** The share allowed in containers named for content ("article-body"). */
const MAX_NAMED_CONTAINER_LINKS = 0.5;
const CONTAINER_TAGS = new Set(['div', 'section', 'ul', 'ol', 'table', 'aside', 'article', 'nav', 'footer', 'header', 'dl']);

/** True when, between the block and the article's element holding it, some container is mostly links. */
export function inLinkContainer(block: Block, elements: ReadonlySet<HtmlElement>, scores: ReadonlyMap<HtmlElement, Candidate>): boolean {
  for (let up: HtmlElement | null = block.element; up !== null && !elements.has(up); up = up.parent) {
    const limit = nameWeight(up) > 0 ? MAX_NAMED_CONTAINER_LINKS : MAX_CONTAINER_LINKS;
    if (CONTAINER_TAGS.has(up.tag) && linkShare(up, scores) > limit) return true;
  }
  return false;
}
