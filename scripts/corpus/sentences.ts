/**
 * Turns a base news text into clean sentences: split into blocks (lines or blank-line paragraphs),
 * split blocks at sentence ends that are not abbreviations, and keep only real sentences
 * (headlines, datelines and bylines have no final punctuation and are dropped).
 */

export type BlockStyle = 'lines' | 'paragraphs';

const abbreviations = new Set([
  'Mr', 'Mrs', 'Ms', 'Dr', 'St', 'Jr', 'Sr', 'Gen', 'Sen', 'Rep', 'Gov', 'Lt', 'Col', 'Capt', 'Sgt',
  'Prof', 'Rev', 'Mt', 'Ft', 'No', 'Inc', 'Co', 'Corp', 'Ltd', 'vs', 'U.S', 'U.N', 'U.K', 'Jan', 'Feb',
  'Mar', 'Apr', 'Aug', 'Sept', 'Sep', 'Oct', 'Nov', 'Dec', 'a.m', 'p.m', 'e.g', 'i.e',
]);

const minSentenceLength = 25;
const maxSentenceLength = 700;

/** Blocks of text: one per line, or one per blank-line paragraph with its line breaks joined. */
export function textBlocks(text: string, style: BlockStyle): string[] {
  const blocks = style === 'lines' ? text.split('\n') : text.split(/\n[ \t]{0,20}\n/);
  return blocks.map((block) => block.replace(/\s+/g, ' ').trim()).filter((block) => block.length > 0);
}

/** True when the punctuation at `end` closes an abbreviation or an initial, not a sentence. */
export function endsWithAbbreviation(block: string, end: number): boolean {
  const before = /([A-Za-z.]{1,10})$/.exec(block.slice(Math.max(0, end - 10), end));
  const word = before?.[1] ?? '';
  return abbreviations.has(word) || /^[A-Z]$/.test(word);
}

/** Splits one block at sentence ends (".", "!" or "?", maybe a closing quote, then a capital). */
export function splitBlock(block: string): string[] {
  const sentences: string[] = [];
  const boundary = /[.!?]["”’')]?\s{1,20}(?=[“"‘'(]?[A-Z0-9])/g;
  let start = 0;
  for (const match of block.matchAll(boundary)) {
    if (match[0].startsWith('.') && endsWithAbbreviation(block, match.index)) continue;
    sentences.push(block.slice(start, match.index + match[0].trimEnd().length));
    start = match.index + match[0].length;
  }
  sentences.push(block.slice(start));
  return sentences;
}

/** A headline written in title case: most of its words capitalised. */
export function isTitleCase(sentence: string): boolean {
  const words = sentence.split(' ');
  return words.filter((word) => /^[‘“"'(]?[A-Z]/.test(word)).length * 2 > words.length;
}

/** A real sentence: long enough, not too long, ending with final punctuation, not a headline. */
export function isSentence(sentence: string): boolean {
  return (
    sentence.length >= minSentenceLength &&
    sentence.length <= maxSentenceLength &&
    /[.!?]["”’')]?$/.test(sentence) &&
    !isTitleCase(sentence)
  );
}

export function sourceSentences(text: string, style: BlockStyle): string[] {
  return textBlocks(text, style).flatMap(splitBlock).filter(isSentence);
}
