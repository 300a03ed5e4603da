/**
 * Cleaning a byline into names: drops "By" (and "Par", "Por", "von"), "Email the author", other
 * credits ("Edited by ..."), dates, times and weekdays, roles ("Staff Writer"), parentheses that
 * hold no name (a URL, a handle, "(with ...)"), outlet tails after "|" or a dash; keeps "A and B"
 * lists. Names in scripts without case (Chinese, Japanese, Arabic, ...) are kept as written.
 * Null when no name is left.
 */

const MAX_NAME_WORDS = 5;
const LEAD = /^(?:(?:written|posted|reported|story|words|reporting|text)\s+)?(?:by|par|por)\s*:?\s+/i;
/** German "von" only in lower case: "Von" may open a surname. */
const LOWER_LEAD = /^von\s+/;
const JUNK_PHRASES =
  /\b(?:e-?mail (?:the )?author|follow (?:the )?author|follow (?:on|me on|us on) \w+|view (?:all )?(?:posts|articles|stories|author profile)|more (?:by|from) this author|(?:last )?updated|published|posted|(?:edited|photos?|photographs?|illustrations?|graphics|video|translated|additional reporting) by)\b.*$/i;
const ROLE_WORDS = new Set([
  'staff', 'writer', 'reporter', 'correspondent', 'editor', 'contributor', 'columnist', 'producer',
  'journalist', 'team', 'desk', 'newsroom', 'senior', 'chief', 'political', 'national', 'international',
  'business', 'associate', 'contributing', 'special', 'digital', 'news', 'agencies', 'wires', 'online',
  'admin', 'administrator', 'guest', 'anonymous', 'unknown', 'author', 'by', 'last', 'share', 'follow',
]);
const NAME_PARTICLES = /^(?:de|da|del|della|dos|du|van|von|der|den|di|le|la|bin|al|el)$/;
/** Where a name stops: a date, a time, a year, a weekday, "Month 5". */
const DATE_START =
  /\b(?:\d{1,2}[:/.-]\d{1,2}|\d{4}|(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2})\b/i;
const URL_LIKE = /(?:https?:|www\.|\.(?:com|org|net)\b|@)/i;

/** "DOE" -> "Doe", "O'NEIL" -> "O'Neil", "SMITH-JONES" -> "Smith-Jones"; initials ("R.J.") stay. */
function titleCase(word: string): string {
  if (!/^\p{Lu}[\p{Lu}'’-]*\p{Lu}$/u.test(word)) return word;
  return word.toLowerCase().replace(/(^|['’-])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

/** A word a name is made of: capitalised, or in a script without case ("(R.J.)" and quotes allowed around it). */
export function isNameWord(word: string): boolean {
  const bare = word.replace(/^[("'“‘]+|[)"'”’]+$/g, '');
  return /^(?:\p{Lu}|\p{Lo})/u.test(bare) || NAME_PARTICLES.test(bare);
}

/** Parentheses kept only when they hold name words: "Bruno (Henrique) Rodrigues", not "(http://...)", "(with ...)". */
export function withoutNonNameParentheses(text: string): string {
  return text.replace(/\s*\(([^()]{0,80})\)/g, (whole, inner: string) =>
    !URL_LIKE.test(inner) && inner.trim().split(/\s+/).every(isNameWord) ? whole : '',
  );
}

/** The part of a byline piece before a date or time starts: "Jane Doe Monday, 5 May" -> "Jane Doe". */
export function beforeDate(piece: string): string {
  const at = DATE_START.exec(piece)?.index;
  return at === undefined ? piece : piece.slice(0, at);
}

/** One name: 1-5 name words, no role words, not a single all-caps word (an acronym). */
export function cleanName(raw: string): string | null {
  const words = raw.trim().replace(/[.,;:]+$/, '').split(/\s+/).filter((w) => w.length > 0);
  if (words.length === 0 || words.length > MAX_NAME_WORDS) return null;
  if (words.some((w) => ROLE_WORDS.has(w.toLowerCase()) || URL_LIKE.test(w))) return null;
  if (!words.every(isNameWord) || words.every((w) => NAME_PARTICLES.test(w))) return null;
  if (words.length === 1 && /\p{Lu}/u.test(words[0] ?? '') && words[0] === words[0]?.toUpperCase()) return null;
  return words.map(titleCase).join(' ');
}

/** The head of a byline before junk and an outlet tail: "By Jane Doe | Agency" -> "Jane Doe". */
export function bylineHead(raw: string): string {
  const text = raw.replace(/\s+/g, ' ').trim().replace(LEAD, '').replace(LOWER_LEAD, '');
  return withoutNonNameParentheses(text.replace(JUNK_PHRASES, '')).split(/\s*(?:\||•|·|—|–|\s-\s)\s*/)[0] ?? '';
}

/** A byline as names: "By JANE DOE and John Roe | Agency, June 5" -> "Jane Doe and John Roe". */
export function cleanAuthor(raw: string): string | null {
  const pieces = bylineHead(raw).split(/\s*,\s*|\s+(?:and|&|et|y|und|e)\s+/);
  const names = pieces.map((p) => cleanName(beforeDate(p))).filter((n): n is string => n !== null);
  if (names.length === 0) return null;
  if (names.length === 1) return names[0] ?? null;
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''}`;
}
