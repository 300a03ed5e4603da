/**
 * Elements a page names as its article body: `itemprop="articleBody"` or a class/id such as
 * "entry-content", "article-body", "post-text", "story-body" (the conventions of blog engines and
 * news CMSs). The first one in reading order that holds enough text beats the scores when they
 * point elsewhere: on pages with several articles (infinite scroll) the first is the page's own.
 */
import type { Block } from './blocks.ts';
import type { Candidate } from './score.ts';
import type { HtmlElement } from './tree.ts';
import { namesOf } from './prune.ts';

const BODY_NAME =
  /^(?:(?:article|post|entry|story|blog[-_]?item|blog[-_]?post|news|single|main|page|text)[-_]{0,2}(?:body|content|text|inner|copy|entry|main)|articlebody|articletext|storycontent|storybody|postcontent|postbody|entrycontent|e-content|body[-_]?text|text[-_]?body|field[-_]?body|rich[-_]?text|content[-_]{0,2}(?:body|article|text|main))$/;
/** A hinted element holds at least this much text, and few links. */
const MIN_HINT_CHARS = 400;
const MAX_HINT_LINKS = 0.3;

/** True when the element is named as an article body. */
export function isNamedBody(element: HtmlElement): boolean {
  if (element.attrs['itemprop']?.toLowerCase() === 'articlebody') return true;
  const names = namesOf(element);
  return names !== '' && names.length < 400 && names.toLowerCase().split(/\s+/).some((w) => BODY_NAME.test(w));
}

/** The innermost named body with enough text around the first block that has one, or null. */
export function hintedBody(blocks: readonly Block[], scores: ReadonlyMap<HtmlElement, Candidate>): HtmlElement | null {
  const seen = new Set<HtmlElement>();
  for (const block of blocks) {
    for (let up: HtmlElement | null = block.element; up !== null && !seen.has(up); up = up.parent) {
      seen.add(up);
      if (!isNamedBody(up)) continue;
      const candidate = scores.get(up);
      if (candidate !== undefined && candidate.chars >= MIN_HINT_CHARS && candidate.linkChars <= candidate.chars * MAX_HINT_LINKS) return up;
    }
  }
  return null;
}

function contains(ancestor: HtmlElement, element: HtmlElement): boolean {
  for (let up: HtmlElement | null = element; up !== null; up = up.parent) if (up === ancestor) return true;
  return false;
}

/** Where the article starts: the named body when it lies apart from the top candidate (neither holds the other). */
export function startingElement(top: HtmlElement, hint: HtmlElement | null): HtmlElement {
  return hint === null || contains(top, hint) || contains(hint, top) ? top : hint;
}
