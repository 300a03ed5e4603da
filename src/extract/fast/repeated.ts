/**
 * Pages that load the next stories below the first (infinite scroll) repeat one `<article>`
 * template: the page's own story is the first of them, even when a later one scores higher.
 */
import type { Candidate } from './score.ts';
import type { HtmlElement } from './tree.ts';
import { elementsOf } from './tree.ts';
import { finalScore } from './score.ts';

/** An earlier article of the list must hold this much text to be the page's story... */
const MIN_ARTICLE_CHARS = 400;
/** ...and a candidate scoring at least this share of the top candidate's score. */
const MIN_SCORE_SHARE = 0.25;

function contains(ancestor: HtmlElement, element: HtmlElement): boolean {
  for (let up: HtmlElement | null = element; up !== null; up = up.parent) if (up === ancestor) return true;
  return false;
}

/** The nearest `<article>` holding the element (itself included), or null. */
export function enclosingArticle(element: HtmlElement): HtmlElement | null {
  for (let up: HtmlElement | null = element; up !== null; up = up.parent) if (up.tag === 'article') return up;
  return null;
}

const HEADLINE = /^h[12]$/;

/** Holds a headline (`<h1>` or `<h2>`): a story does; a post of a forum thread or a comment does not. */
export function hasHeadline(element: HtmlElement): boolean {
  for (const e of elementsOf(element)) if (HEADLINE.test(e.tag)) return true;
  return false;
}

/** Two stories made from one template: neither holds the other, their classes are the same and both have a headline. */
export function sameTemplate(a: HtmlElement, b: HtmlElement): boolean {
  return a !== b && (a.attrs['class'] ?? '') === (b.attrs['class'] ?? '') && !contains(a, b) && !contains(b, a) && hasHeadline(a) && hasHeadline(b);
}

/** The best-scoring element inside `root` (itself excluded), with its score. */
function bestInside(root: HtmlElement, scores: ReadonlyMap<HtmlElement, Candidate>): { element: HtmlElement; score: number } | null {
  let best: { element: HtmlElement; score: number } | null = null;
  for (const [element, candidate] of scores) {
    if (element === root || !contains(root, element)) continue;
    const score = finalScore(candidate);
    if (best === null || score > best.score) best = { element, score };
  }
  return best;
}

/**
 * When the top candidate lies in one of a list of articles made from one template, the page's
 * story: the first of them that holds a story of its own, and its best candidate (the top
 * candidate when that is the top's own article); null when the top is in no such list.
 * `scores` lists elements in the order of their first block, so articles come in reading order.
 */
export function firstListedArticle(
  top: HtmlElement,
  scores: ReadonlyMap<HtmlElement, Candidate>,
): { readonly article: HtmlElement; readonly top: HtmlElement } | null {
  const own = enclosingArticle(top);
  if (own === null) return null;
  const topScore = finalScore(scores.get(top) ?? { score: 0, chars: 0, linkChars: 0, offset: 0 });
  let first: { readonly article: HtmlElement; readonly top: HtmlElement } | null = null;
  for (const [element, candidate] of scores) {
    if (element === own) {
      first ??= { article: own, top };
      continue;
    }
    if (element.tag !== 'article' || candidate.chars < MIN_ARTICLE_CHARS || !sameTemplate(element, own)) continue;
    if (first !== null) return first;
    const best = bestInside(element, scores);
    if (best !== null && best.score >= topScore * MIN_SCORE_SHARE) first = { article: element, top: best.element };
  }
  return first?.article === own ? null : first;
}

/** The raised element, kept inside the listed article: raising must not take in the next stories. */
export function keptInside(raised: HtmlElement, article: HtmlElement): HtmlElement {
  return contains(article, raised) ? raised : article;
}
