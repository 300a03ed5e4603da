/**
 * Rough sentences, told while words are scanned: a line break, or a full stop, question or
 * exclamation mark (a closing quotation mark may follow), then white space, then a capital (an
 * opening quotation mark may come first). Enough to tell a name from a capitalised sentence
 * opening, at little cost: the rule only looks at the gap between two words and the next one's
 * first letter.
 */

/** Classes of the basic multilingual plane beyond ASCII, found on first use (0: not yet, 1: upper case, 2: other). */
const bmpCases = new Uint8Array(0x10000);
const UPPER_PATTERN = /^\p{Lu}$/u;

/** Whether the code point at `i` is an upper-case letter (\p{Lu}). */
export function isUpperCaseAt(text: string, i: number): boolean {
  const unit = text.charCodeAt(i);
  if (unit < 0x80) return unit >= 0x41 && unit <= 0x5a;
  if (unit >= 0xd800 && unit <= 0xdbff) return UPPER_PATTERN.test(String.fromCodePoint(text.codePointAt(i)!));
  let known = bmpCases[unit]!;
  if (known === 0) {
    known = UPPER_PATTERN.test(String.fromCharCode(unit)) ? 1 : 2;
    bmpCases[unit] = known;
  }
  return known === 1;
}

/** White space as regular expressions mean it (`\s`). */
export function isSpaceUnit(unit: number): boolean {
  if (unit <= 0x20) return unit === 0x20 || (unit >= 0x09 && unit <= 0x0d);
  if (unit < 0xa0) return false;
  return (
    unit === 0xa0 ||
    unit === 0x1680 ||
    (unit >= 0x2000 && unit <= 0x200a) ||
    unit === 0x2028 ||
    unit === 0x2029 ||
    unit === 0x202f ||
    unit === 0x205f ||
    unit === 0x3000 ||
    unit === 0xfeff
  );
}

const isOpeningQuote = (unit: number): boolean => unit === 0x22 || unit === 0x201c || unit === 0x2018;
const isClosingQuote = (unit: number): boolean => unit === 0x22 || unit === 0x201d || unit === 0x2019;
const isFullStop = (unit: number): boolean => unit === 0x2e || unit === 0x21 || unit === 0x3f;

/** Whether `text[from, at)` ends as a sentence does before a capital: `[.!?]["”’]?\s+["“‘]?`. */
export function endsSentence(text: string, from: number, at: number): boolean {
  let i = at - 1;
  if (i >= from && isOpeningQuote(text.charCodeAt(i))) i--;
  const spaceEnd = i;
  while (i >= from && isSpaceUnit(text.charCodeAt(i))) i--;
  if (i === spaceEnd) return false;
  if (i >= from && isClosingQuote(text.charCodeAt(i))) i--;
  return i >= from && isFullStop(text.charCodeAt(i));
}

/** Whether the gap `text[from, at)` holds a line break. */
function holdsLineBreak(text: string, from: number, at: number): boolean {
  for (let i = from; i < at; i++) if (text.charCodeAt(i) === 0x0a) return true;
  return false;
}

/**
 * Whether a new sentence starts with the word at `at`, given the gap `text[from, at)` since the
 * previous word of the same span (a gap holds no letters or digits).
 */
export function startsSentence(text: string, from: number, at: number): boolean {
  if (at - from === 1 && text.charCodeAt(from) === 0x20) return false;
  return holdsLineBreak(text, from, at) || (isUpperCaseAt(text, at) && endsSentence(text, from, at));
}
