/**
 * The fast path from HTML to main text, without a DOM:
 *
 *   tree.ts     one htmlparser2 pass -> compact element tree + head metadata
 *   prune.ts    rules for subtrees that are not the article (chrome, hidden, boilerplate names)
 *   blocks.ts   the tree -> flat list of text blocks with link text and holding element
 *   score.ts    Readability-style scores -> the best element, raised
 *   repeated.ts the first of several stories made from one template (infinite scroll)
 *   hints.ts    the element the page names as its article body, when the scores point elsewhere
 *   select.ts   the best element and the siblings that join it -> the article's blocks
 *   refine.ts   refiners over the article's blocks (link lists, ...)
 *   meta.ts     title, byline, site name, language
 *
 * Null when the page yields too little text: the caller falls back to Readability.
 */
import type { Span } from '../../model.ts';
import type { BlockText } from '../html/blocks.ts';
import type { Block } from './blocks.ts';
import { blocksOf } from './blocks.ts';
import { isHidden, isNonContent, isPageChrome, nonContentTest } from './prune.ts';
import { hintedBody, startingElement } from './hints.ts';
import { refineBlocks } from './refine.ts';
import { firstListedArticle, keptInside } from './repeated.ts';
import { raiseCandidate, scoreElements, topCandidate } from './score.ts';
import { articleElements, inLinkContainer, isInside } from './select.ts';
import type { HtmlElement, HtmlPage } from './tree.ts';
import { elementsOf } from './tree.ts';

/** Less main text than this and the fast path gives up. */
export const MIN_MAIN_TEXT = 250;
/**
 * When raising the top candidate loses the article (the raised element's blocks fall inside link
 * lists), the top candidate alone is the article if it holds this much text.
 */
export const MIN_UNRAISED_TEXT = 2 * MIN_MAIN_TEXT;

/** The `<body>` of the page (the whole document when it has none). */
export function bodyOf(page: HtmlPage): HtmlElement {
  for (const element of elementsOf(page.root)) if (element.tag === 'body') return element;
  return page.root;
}

/**
 * True when captions hold most of the article's text: a slideshow or a picture list, where the
 * captions are what the page says, not notes beside it.
 */
export function captionsAreContent(blocks: readonly Block[]): boolean {
  let captionChars = 0;
  let otherChars = 0;
  for (const block of blocks) {
    if (block.caption) captionChars += block.text.length;
    else otherChars += block.text.length;
  }
  return captionChars > otherChars;
}

/** One line per block, blank lines between; caption blocks as spans, unless the captions are the content. */
export function joinBlocks(blocks: readonly Block[]): BlockText {
  const captions: Span[] = [];
  const markCaptions = !captionsAreContent(blocks);
  let text = '';
  for (const block of blocks) {
    if (text) text += '\n\n';
    if (markCaptions && block.caption) captions.push({ start: text.length, end: text.length + block.text.length });
    text += block.text;
  }
  return { text, captions };
}

/** The elements and all their ancestors: never pruned, whatever their names say. */
export function ancestorsOf(elements: readonly HtmlElement[]): Set<HtmlElement> {
  const found = new Set<HtmlElement>();
  for (const element of elements) for (let up: HtmlElement | null = element; up !== null && !found.has(up); up = up.parent) found.add(up);
  return found;
}

/** The article's blocks, or null when no element holds enough text to be one. */
export function articleBlocks(
  page: HtmlPage,
  title: string | null = null,
  prune: (element: HtmlElement) => boolean = isNonContent,
  dated = true,
): Block[] | null {
  const kept = ancestorsOf(page.articleBodies);
  const blocks = blocksOf(bodyOf(page), (element) => !kept.has(element) && prune(element));
  const scores = scoreElements(blocks);
  const top = topCandidate(scores);
  if (top === null) return null;
  const listed = firstListedArticle(top, scores);
  const start = listed === null ? startingElement(top, hintedBody(blocks, scores)) : listed.top;
  const bound = listed === null ? null : new Set([listed.article]);
  const blocksUnder = (element: HtmlElement): Block[] => {
    const chosen = articleElements(element, scores);
    const inArticle = (block: Block): boolean => isInside(block, chosen) && (bound === null || isInside(block, bound));
    return refineBlocks(blocks.filter((block) => inArticle(block) && !inLinkContainer(block, chosen, scores)), title, dated);
  };
  const raisedElement = raiseCandidate(start, scores);
  const raised = blocksUnder(listed === null ? raisedElement : keptInside(raisedElement, listed.article));
  if (textLength(raised) >= MIN_MAIN_TEXT) return raised;
  const unraised = blocksUnder(start);
  return textLength(unraised) >= MIN_UNRAISED_TEXT ? unraised : raised;
}

function textLength(blocks: readonly Block[]): number {
  return blocks.reduce((sum, block) => sum + block.text.length, 0);
}

/**
 * The main text of a parsed page (`title`: its headline, left out of the text; `dated`: its
 * publication date is known, so lines that only date it are left out), or null when it has too
 * little. Looser pruning is tried when the stricter finds too little.
 */
export function mainText(page: HtmlPage, title: string | null = null, dated = true): BlockText | null {
  for (const prune of [nonContentTest(), isPageChrome, isHidden]) {
    const blocks = articleBlocks(page, title, prune, dated);
    const body = blocks === null ? null : joinBlocks(blocks);
    if (body !== null && body.text.length >= MIN_MAIN_TEXT) return body;
  }
  return null;
}
