/** Page titles carry the site: "Headline | Site", "Headline - Section - Site", "Site: Headline". */

const SEPARATOR = /(\s+[|–—\-·•»]\s+|:\s+)/;
const MAX_SUFFIX_WORDS = 4;
const MIN_HEADLINE_WORDS = 3;

function norm(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

function words(s: string): number {
  return s.split(/\s+/).filter((w) => w.length > 0).length;
}

/**
 * A part longer than this many times the site name holds more than the site ("Headline @ Site");
 * a part this many times shorter is only a word of it ("The").
 */
const MAX_SITE_PART_RATIO = 2;

/** The part names the site: equal to it, inside it ("Guardian" in "The Guardian"), or it with a little more ("Site.com"). */
export function isSite(part: string, siteName: string | null): boolean {
  if (!siteName) return false;
  const a = norm(part);
  const b = norm(siteName);
  if (a.length === 0 || b.length === 0) return false;
  return a === b || (b.includes(a) && a.length * MAX_SITE_PART_RATIO >= b.length) || (a.includes(b) && a.length <= b.length * MAX_SITE_PART_RATIO);
}

/**
 * The headline without the site name around it: a leading or trailing part naming the site is
 * dropped, and so is a short trailing part after " | " or after the site name (a section). A
 * title that is the site name (a home page) stays whole.
 */
export function stripSiteSuffix(title: string, siteName: string | null): string {
  // A home page's title is the site's name: nothing to strip.
  if (siteName !== null && norm(title) === norm(siteName)) return title.trim();
  // Even indices hold parts, odd indices the separators between them.
  let pieces = title.trim().split(SEPARATOR);
  if (pieces.length >= 3 && isSite(pieces[0] ?? '', siteName)) pieces = pieces.slice(2);
  let siteDropped = false;
  while (pieces.length >= 3) {
    const last = pieces[pieces.length - 1] ?? '';
    const separator = (pieces[pieces.length - 2] ?? '').trim();
    const head = pieces.slice(0, -2).join('');
    const short = words(last) <= MAX_SUFFIX_WORDS && words(head) >= MIN_HEADLINE_WORDS;
    const site = isSite(last, siteName);
    // After the site name, a short part is a section ("Headline - Weather - Site").
    if (!site && !(short && (separator === '|' || (siteDropped && separator !== ':')))) break;
    siteDropped ||= site;
    pieces = pieces.slice(0, -2);
  }
  return pieces.join('').trim();
}
