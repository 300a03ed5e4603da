/**
 * Refiners over the article's blocks: each takes the list (and the page's title) and returns a
 * new one.
 */
import type { Block } from './blocks.ts';
import { linkDensity } from './blocks.ts';
import { datesInText } from '../pubdate/text-dates.ts';
import { endsLikeSentence, wordCount } from '../lines.ts';

/** Blocks that are mostly links (menus, tag lists, "read more" lines) above this share are dropped. */
const MAX_LINK_DENSITY = 0.6;
const HEADING = /^h[1-6]$/;

type Refiner = (blocks: readonly Block[], title: string | null) => Block[];

/** Drops blocks made mostly of links. */
export function dropLinkBlocks(blocks: readonly Block[]): Block[] {
  return blocks.filter((block) => linkDensity(block) <= MAX_LINK_DENSITY);
}

const normTitle = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Drops headings that repeat the page's title: the title is metadata, not a line of the body. */
export function dropTitleHeadings(blocks: readonly Block[], title: string | null): Block[] {
  const wanted = title === null ? '' : normTitle(title);
  if (!wanted) return [...blocks];
  return blocks.filter((block) => !(HEADING.test(block.element.tag) && normTitle(block.text) === wanted));
}

/** A heading this long that ends like a sentence is a standfirst set in a heading tag, not a heading. */
const MIN_STANDFIRST_WORDS = 15;

/** A heading element holding a paragraph: many words, ending like a sentence. */
export function isStandfirstHeading(text: string): boolean {
  return endsLikeSentence(text) && wordCount(text) >= MIN_STANDFIRST_WORDS;
}

/** Drops headings with no text under them (the next block is another heading, or there is none), but not standfirsts. */
export function dropOrphanHeadings(blocks: readonly Block[]): Block[] {
  return blocks.filter((block, i) => {
    if (!HEADING.test(block.element.tag) || isStandfirstHeading(block.text)) return true;
    const next = blocks[i + 1];
    return next !== undefined && !HEADING.test(next.element.tag);
  });
}

/** A date line is short... */
const MAX_DATE_LINE = 80;
/** ...and, its dates and times taken out, has at most this many words: a label, "um", a weekday. */
const MAX_DATE_LINE_WORDS = 3;
/** Date lines are looked for among this many blocks at each end of the article. */
const DATE_LINE_REACH = 5;
const CLOCK_TIME = /\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s?(?:[ap]\.?m\.?|uhr|h)?(?!\p{L})/giu;
const WORD = /\p{L}{2,}/gu;

/** A line that only dates the page: "23.10.2018", "Aktualisiert: 11.04.2020, 10:27", "14.01.2022 um 09:25". */
export function isDateLine(text: string): boolean {
  if (text.length > MAX_DATE_LINE) return false;
  const dates = datesInText(text);
  if (dates.length === 0) return false;
  let rest = '';
  let from = 0;
  for (const date of dates) {
    rest += `${text.slice(from, date.index)} `;
    from = date.end;
  }
  rest += text.slice(from);
  return (rest.replace(CLOCK_TIME, ' ').match(WORD) ?? []).length <= MAX_DATE_LINE_WORDS;
}

/** Drops date lines near the top and the end of the article: the publication date is metadata (read apart). */
export function dropDateLines(blocks: readonly Block[]): Block[] {
  return blocks.filter((block, i) => !((i < DATE_LINE_REACH || i >= blocks.length - DATE_LINE_REACH) && isDateLine(block.text)));
}

const REFINERS: readonly Refiner[] = [dropLinkBlocks, dropTitleHeadings, dropDateLines, dropOrphanHeadings];

/** The refiners in turn; date lines stay when the page has no publication date (they may be its only evidence of one). */
export function refineBlocks(blocks: readonly Block[], title: string | null, dated = true): Block[] {
  const refiners = dated ? REFINERS : REFINERS.filter((refine) => refine !== dropDateLines);
  return refiners.reduce<Block[]>((list, refine) => refine(list, title), [...blocks]);
}
