/**
 * Cleaning a byline into names: drops "By", "Email the author", dates and times, roles ("Staff
 * Writer"), outlet tails after "|" or a dash; keeps "A and B" lists. Null when no name is left.
 */

const MAX_NAME_WORDS = 5;
const LEAD = /^(?:(?:written|posted|reported|story|words|reporting)\s+)?by\s+/i;
const JUNK_PHRASES =
  /\b(?:email the author|e-mail the author|follow (?:the author|on \w+)|view (?:all )?(?:posts|articles|author profile)|more by this author|updated|published|posted)\b.*$/i;
const ROLE_WORDS = new Set([
  'staff', 'writer', 'reporter', 'correspondent', 'editor', 'contributor', 'columnist', 'producer',
  'journalist', 'team', 'desk', 'newsroom', 'senior', 'chief', 'political', 'national', 'international',
  'business', 'associate', 'contributing', 'special', 'digital', 'news', 'agencies', 'wires', 'online',
]);
const DATE_LIKE = /\b(?:\d{1,2}[:/.-]\d{1,2}|\d{4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2})\b/i;

function titleCase(word: string): string {
  return word.length > 1 && word === word.toUpperCase() && /\p{Lu}/u.test(word)
    ? word.charAt(0) + word.slice(1).toLowerCase()
    : word;
}

/** One name: 1-5 capitalised words, no role or date words. */
export function cleanName(raw: string): string | null {
  const words = raw.trim().replace(/[.,;:]+$/, '').split(/\s+/).filter((w) => w.length > 0);
  if (words.length === 0 || words.length > MAX_NAME_WORDS) return null;
  if (words.some((w) => ROLE_WORDS.has(w.toLowerCase()))) return null;
  if (!words.every((w) => /^\p{Lu}/u.test(w) || /^(?:de|da|del|van|von|der|di|le|la|bin|al|el)$/.test(w))) return null;
  if (words.length === 1 && words[0] === words[0]?.toUpperCase()) return null;
  return words.map(titleCase).join(' ');
}

/** A byline as names: "By JANE DOE and John Roe | Agency, June 5" -> "Jane Doe and John Roe". */
export function cleanAuthor(raw: string): string | null {
  const head = raw
    .replace(/\s+/g, ' ')
    .trim()
    .replace(LEAD, '')
    .replace(JUNK_PHRASES, '')
    .split(/\s*(?:\||•|·|—|–|\s-\s)\s*/)[0] ?? '';
  const parts = head.split(/\s*,\s*|\s+(?:and|&)\s+/).filter((p) => p.length > 0 && !DATE_LIKE.test(p));
  const names = parts.map(cleanName).filter((n): n is string => n !== null);
  if (names.length === 0) return null;
  if (names.length === 1) return names[0] ?? null;
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''}`;
}
