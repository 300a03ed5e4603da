/**
 * Which elements hold the article, Readability's way: every paragraph-like block scores its
 * parent (fully), grandparent (half) and a few ancestors above (less); each element starts from a
 * score by tag and by class/id names, and ends scaled by its share of non-link text. The best
 * element, raised while its ancestors score nearly as well, is the article, with the siblings
 * that score like it or read like paragraphs.
 */
import type { Block } from './blocks.ts';
import type { HtmlElement } from './tree.ts';
import { namesOf } from './prune.ts';

/** Blocks shorter than this do not score (bylines, buttons, labels). */
const MIN_SCORED_CHARS = 25;
const ANCESTOR_LEVELS = 5;
const NAME_WEIGHT = 25;

const POSITIVE_NAME = /article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story/i;
const NEGATIVE_NAME =
  /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget/i;

export interface Candidate {
  score: number;
  chars: number;
  linkChars: number;
  /** Characters of all blocks of the page before the element's first block. */
  offset: number;
}

const TAG_SCORE: Readonly<Record<string, number>> = {
  div: 5, article: 5, section: 2, main: 5, pre: 3, td: 3, blockquote: 3,
  address: -3, ol: -3, ul: -3, dl: -3, dd: -3, dt: -3, li: -3, form: -3,
  h1: -5, h2: -5, h3: -5, h4: -5, h5: -5, h6: -5, th: -5,
};

/** +25 for names that say content, -25 for names that say chrome, both when both. */
export function nameWeight(element: HtmlElement): number {
  const names = namesOf(element);
  if (!names) return 0;
  return (POSITIVE_NAME.test(names) ? NAME_WEIGHT : 0) - (NEGATIVE_NAME.test(names) ? NAME_WEIGHT : 0);
}

/** A paragraph's own score: one, plus one per comma, plus one per 100 characters (at most 3). */
export function paragraphScore(text: string): number {
  let commas = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 44 || c === 0xff0c || c === 0x3001) commas++;
  }
  return 1 + commas + Math.min(Math.floor(text.length / 100), 3);
}

function candidateOf(scores: Map<HtmlElement, Candidate>, element: HtmlElement, offset = 0): Candidate {
  let found = scores.get(element);
  if (found === undefined) {
    found = { score: (TAG_SCORE[element.tag] ?? 0) + nameWeight(element), chars: 0, linkChars: 0, offset };
    scores.set(element, found);
  }
  return found;
}

/** The raw score, character count and link characters of every element that holds a scored block. */
export function scoreElements(blocks: readonly Block[]): Map<HtmlElement, Candidate> {
  const scores = new Map<HtmlElement, Candidate>();
  let offset = 0;
  for (const block of blocks) {
    for (let up: HtmlElement | null = block.element; up !== null; up = up.parent) {
      const candidate = candidateOf(scores, up, offset);
      candidate.chars += block.text.length;
      candidate.linkChars += block.linkChars;
    }
    offset += block.text.length;
    if (block.caption || block.text.length < MIN_SCORED_CHARS) continue;
    const points = paragraphScore(block.text);
    let up = block.element.parent;
    for (let level = 0; level < ANCESTOR_LEVELS && up !== null; level++, up = up.parent) {
      candidateOf(scores, up).score += points / (level === 0 ? 1 : level === 1 ? 2 : level * 3);
    }
  }
  return scores;
}

/** The score scaled by the share of text that is not links. */
export function finalScore(candidate: Candidate): number {
  const density = candidate.chars === 0 ? 0 : candidate.linkChars / candidate.chars;
  return candidate.score * (1 - density);
}

/** The best-scoring element, or null when no block scored. */
export function topCandidate(scores: ReadonlyMap<HtmlElement, Candidate>): HtmlElement | null {
  let best: HtmlElement | null = null;
  let bestScore = -Infinity;
  for (const [element, candidate] of scores) {
    if (element.tag === 'html' || element.tag === '#document') continue;
    const score = finalScore(candidate);
    if (score > bestScore) {
      best = element;
      bestScore = score;
    }
  }
  return best;
}

const MAX_ALTERNATIVES = 5;
const ALTERNATIVE_SHARE = 0.75;
/** This many close alternatives inside one ancestor make the ancestor the article. */
const MIN_ALTERNATIVES_SHARED = 3;
export const NO_SCORE: Candidate = { score: 0, chars: 0, linkChars: 0, offset: 0 };

function scoreOf(scores: ReadonlyMap<HtmlElement, Candidate>, element: HtmlElement): number {
  return finalScore(scores.get(element) ?? NO_SCORE);
}

function isTop(element: HtmlElement): boolean {
  return element.tag === 'body' || element.tag === 'html' || element.tag === '#document';
}

function contains(ancestor: HtmlElement, element: HtmlElement): boolean {
  for (let up: HtmlElement | null = element; up !== null; up = up.parent) if (up === ancestor) return true;
  return false;
}

/** The nearest ancestor holding several near-best candidates (an article split in parts), or `top`. */
export function sharedAncestor(top: HtmlElement, scores: ReadonlyMap<HtmlElement, Candidate>): HtmlElement {
  const best = scoreOf(scores, top);
  const alternatives = [...scores.keys()]
    .filter((e) => e !== top && !isTop(e) && scoreOf(scores, e) >= best * ALTERNATIVE_SHARE)
    .sort((a, b) => scoreOf(scores, b) - scoreOf(scores, a))
    .slice(0, MAX_ALTERNATIVES);
  if (alternatives.length < MIN_ALTERNATIVES_SHARED) return top;
  for (let up = top.parent; up !== null && !isTop(up); up = up.parent) {
    if (alternatives.filter((alt) => contains(up, alt)).length >= MIN_ALTERNATIVES_SHARED) return up;
  }
  return top;
}

/** The first ancestor scoring above the candidate, unless one in between falls below a third of it. */
export function climbScores(top: HtmlElement, scores: ReadonlyMap<HtmlElement, Candidate>): HtmlElement {
  let lastScore = scoreOf(scores, top);
  const threshold = lastScore / 3;
  for (let up = top.parent; up !== null && !isTop(up); up = up.parent) {
    if (!scores.has(up)) continue;
    const score = scoreOf(scores, up);
    if (score < threshold) break;
    if (score > lastScore) return up;
    lastScore = score;
  }
  return top;
}

/** The outermost ancestor of which the element is the only child element. */
export function climbOnlyChild(top: HtmlElement): HtmlElement {
  let current = top;
  for (let up = current.parent; up !== null && !isTop(up); up = up.parent) {
    if (up.children.some((c) => typeof c !== 'string' && c !== current)) break;
    current = up;
  }
  return current;
}

/** Around the article, link text above this share is page chrome. */
const MAX_SURROUNDING_LINKS = 0.1;
/** Text taken in before the article (headline, standfirst, byline), at most, per character of it. */
const MAX_TEXT_BEFORE = 0.5;
/** Text taken in after the article (author notes, comments, teasers), at most, per character of it. */
const MAX_TEXT_AFTER = 0.1;

/**
 * Moves up while what the parent adds around the element is little and mostly not links: a
 * headline, a standfirst, a byline above the body; less below it, where end matter sits.
 */
export function climbSurroundings(top: HtmlElement, scores: ReadonlyMap<HtmlElement, Candidate>): HtmlElement {
  let current = top;
  const inner = scores.get(top) ?? NO_SCORE;
  for (let up = current.parent; up !== null && !isTop(up); up = up.parent) {
    const outer = scores.get(up) ?? NO_SCORE;
    const before = inner.offset - outer.offset;
    const after = outer.chars - inner.chars - before;
    const addedLinks = outer.linkChars - inner.linkChars;
    if (before > inner.chars * MAX_TEXT_BEFORE || after > inner.chars * MAX_TEXT_AFTER) break;
    if (addedLinks > (before + after) * MAX_SURROUNDING_LINKS) break;
    current = up;
  }
  return current;
}

/** The top candidate, raised to the element that holds the whole article. */
export function raiseCandidate(top: HtmlElement, scores: ReadonlyMap<HtmlElement, Candidate>): HtmlElement {
  const shared = sharedAncestor(top, scores);
  return climbSurroundings(climbOnlyChild(shared === top ? climbScores(top, scores) : shared), scores);
}
