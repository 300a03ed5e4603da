/**
 * Subtrees that are not the article: page chrome (navigation, headers, footers, forms), hidden
 * elements, and blocks named for boilerplate (cookie banners, share bars, related links,
 * comments, newsletters). Each rule is one named test; `isNonContent` asks them all.
 */
import type { HtmlElement } from './tree.ts';

/** Chrome elements: the page's frame around the article. */
const CHROME_TAGS = new Set(['nav', 'aside', 'form', 'menu', 'dialog', 'fieldset']);
/** Header and footer are chrome, unless they are a headline group inside the article. */
const FRAME_TAGS = new Set(['header', 'footer']);
const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'menu', 'menubar', 'search', 'dialog', 'alert', 'tablist']);

/** Class or id words of boilerplate blocks (general web-page conventions). */
const BOILERPLATE_WORDS =
  'cookies?|consent|gdpr|newsletters?|subscribe|subscription|signup|sign-up|share|sharing|sharebar|social|socials|related|recommended|recommendations|more-stories|read-more|readmore|comments?|comment-list|commentlist|disqus|respond|replies|sidebar|side-bar|widgets?|breadcrumbs?|breadcrumb|pagination|pager|navbar|nav|navigation|menu|masthead|site-header|site-footer|footer|header-top|topbar|toolbar|banner|advert|advertisement|ads|ad-slot|adslot|sponsored|promo|teaser-list|popup|modal|overlay|skip-link|skiplink|screen-reader-text|sr-only|visually-hidden|print-only|tags|tag-list|taglist|author-bio|authorbox|author-box|byline-social|rating|outbrain|taboola|jp-relatedposts|yarpp|wp-caption-text-hidden';
/** A boilerplate word as a part of a class word ("share-bar", "post-comments", "td-post-sharing-top"). */
const BOILERPLATE_NAME = new RegExp(`(?:^|[-_])(?:${BOILERPLATE_WORDS})(?:$|[-_])`);
/** Class or id words of the lines around an article: dates, bylines, reading times, view counts. */
const ARTICLE_META_NAME = /^(?:(?:entry|post|article|content|story|news|td-module)[-_]{0,2}(?:meta|info|byline|author|date|tags)\w{0,12}|metaline|meta[-_]?(?:info|data|line)|byline|bylines|author[-_]?(?:bio|box|info)|reading[-_]?time|post[-_]?views|views?[-_]?count|article[-_]?(?:reading|header)[-_]?time)$/;
/** Class or id words that keep a block even when a boilerplate word is in its other names. */
const CONTENT_NAME = /^(?:article|main|content|body|column|post|entry|story|text|(?:article|post|entry|story|main|page)[-_]{0,2}(?:body|content|text|main))$/;
/** Words that name a layout wrapper or a state, not a block: "content-sidebar-wrap", "has-sharing", "js-readmore". */
const NOT_A_BLOCK_NAME = /^(?:has|no|with|is|js|for)[-_]|(?:container|wrap|wrapper|inner|outer|holder)$|[-_]position[-_]/;
/** A BEM modifier ("block--nav") or a state word ("content-has-sidebar") inside a class word. */
const MODIFIER = /--.*$|[-_](?:has|no|with|without|is|show|hide|for)[-_].*$/;
/** Class lists longer than this are not read (utility-class soups). */
const MAX_NAMES = 400;

/** The element's class and id, in one string of words. */
export function namesOf(element: HtmlElement): string {
  const cls = element.attrs['class'] ?? '';
  const id = element.attrs['id'] ?? '';
  return cls && id ? `${cls} ${id}` : cls || id;
}

export function isChromeTag(element: HtmlElement): boolean {
  return CHROME_TAGS.has(element.tag);
}

/** A `<header>`/`<footer>` of the page (not one inside an `<article>`, which holds its headline or notes). */
export function isPageFrame(element: HtmlElement): boolean {
  if (!FRAME_TAGS.has(element.tag)) return false;
  for (let up = element.parent; up !== null; up = up.parent) if (up.tag === 'article') return element.tag === 'footer';
  return true;
}

export function isChromeRole(element: HtmlElement): boolean {
  const role = element.attrs['role'];
  return role !== undefined && CHROME_ROLES.has(role.toLowerCase());
}

/**
 * Hidden from readers: `hidden` or `aria-hidden="true"`. Inline `display:none` is not a sign:
 * galleries, tabs and "read more" parts are hidden that way until a script shows them.
 */
export function isHidden(element: HtmlElement): boolean {
  return element.attrs['hidden'] !== undefined || element.attrs['aria-hidden'] === 'true';
}

/** A class or id word (modifiers taken off) that names a boilerplate block. */
function isBoilerplateWord(word: string): boolean {
  return (BOILERPLATE_NAME.test(word) || ARTICLE_META_NAME.test(word)) && !NOT_A_BLOCK_NAME.test(word);
}

/** True when the class and id words name boilerplate and none names the article's content. */
export function namesBoilerplate(names: string): boolean {
  let boilerplate = false;
  for (const word of names.toLowerCase().split(/\s+/)) {
    const bare = word.replace(MODIFIER, '');
    if (CONTENT_NAME.test(bare)) return false;
    if (!boilerplate && isBoilerplateWord(bare)) boilerplate = true;
  }
  return boilerplate;
}

/** Named for boilerplate by its class or id, and not also named for the article's content. */
export function isBoilerplateNamed(element: HtmlElement, named: (names: string) => boolean = namesBoilerplate): boolean {
  if (element.tag === 'body' || element.tag === 'html' || element.tag === 'article' || element.tag === 'main') return false;
  const names = namesOf(element);
  return names !== '' && names.length <= MAX_NAMES && named(names);
}

/** A paragraph this long counts toward the prose an element holds. */
const PROSE_PARAGRAPH = 150;
/** This many such paragraphs are an article's body, whatever the names around it say. */
const MIN_PROSE_PARAGRAPHS = 5;
/** Names of reader comments: their paragraphs are prose too, but never the article. */
const COMMENT_NAME = /comment|disqus|repl(?:y|ies)|respond|discussion/i;

function paragraphLength(paragraph: HtmlElement): { chars: number; linkChars: number } {
  let chars = 0;
  let linkChars = 0;
  const walk = (node: HtmlElement, inLink: boolean): void => {
    for (const child of node.children) {
      if (typeof child === 'string') {
        chars += child.length;
        if (inLink) linkChars += child.length;
      } else walk(child, inLink || child.tag === 'a');
    }
  };
  walk(paragraph, false);
  return { chars, linkChars };
}

/**
 * Holds the prose of an article: several long `<p>` with few links (a layout row whose id names a
 * share bar it once held, "social-scroll" around the whole post), and is not named for comments.
 */
export function holdsArticleProse(element: HtmlElement): boolean {
  if (COMMENT_NAME.test(namesOf(element))) return false;
  let paragraphs = 0;
  const walk = (node: HtmlElement): boolean => {
    for (const child of node.children) {
      if (typeof child === 'string') continue;
      if (child.tag !== 'p') {
        if (walk(child)) return true;
        continue;
      }
      const { chars, linkChars } = paragraphLength(child);
      if (chars >= PROSE_PARAGRAPH && linkChars < chars * 0.2 && ++paragraphs >= MIN_PROSE_PARAGRAPHS) return true;
    }
    return false;
  };
  return walk(element);
}

/** True when the element and all it holds are not part of an article. */
export function isNonContent(element: HtmlElement): boolean {
  return isPageChrome(element) || (isBoilerplateNamed(element) && !holdsArticleProse(element));
}

/** `namesBoilerplate`, remembering its verdict per class-and-id string (a page repeats its names). */
export function rememberingNamesBoilerplate(): (names: string) => boolean {
  const verdicts = new Map<string, boolean>();
  return (names) => {
    let verdict = verdicts.get(names);
    if (verdict === undefined) {
      verdict = namesBoilerplate(names);
      verdicts.set(names, verdict);
    }
    return verdict;
  };
}

/** `isNonContent` for the elements of one page. */
export function nonContentTest(): (element: HtmlElement) => boolean {
  const named = rememberingNamesBoilerplate();
  return (element) => isPageChrome(element) || (isBoilerplateNamed(element, named) && !holdsArticleProse(element));
}

/** The looser test, for pages where names prune too much: page chrome by tag and role, hidden elements. */
export function isPageChrome(element: HtmlElement): boolean {
  return isChromeTag(element) || isPageFrame(element) || isChromeRole(element) || isHidden(element);
}
