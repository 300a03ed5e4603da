/**
 * Dates written in the visible text near the top of the content: the block just above the
 * headline and those after it (or, on a page without one, the first blocks); the scan already
 * left page chrome out. A date labelled as the
 * publication's outranks a bare one; an update's is kept as a later edit; copyrights are skipped.
 */
import type { DateCandidate } from './candidate.ts';
import { RANK, candidate } from './candidate.ts';
import { labelledDates } from './labels.ts';
import type { TextBlock } from './scan.ts';
import type { NumericOrder } from './text-dates.ts';

/** How many content blocks from the top are read. */
const TOP_BLOCKS = 25;
/** Longer blocks are paragraphs of prose, whose dates are events, not the publication... */
const MAX_BLOCK_LENGTH = 200;
/** ...except a date opening the paragraph, a dateline ("01.02.2022 – The council..."). */
const DATELINE_REACH = 25;

/** How many blocks just above the headline are read (a date line set over it: "02.02.2022 10:16 – Sport"). */
const ABOVE_HEADLINE = 1;

/** The blocks from just above the headline down, or the first blocks of a page without one. */
export function topBlocks(blocks: readonly TextBlock[]): TextBlock[] {
  const headline = blocks.findIndex((b) => b.afterHeading);
  if (headline < 0) return blocks.slice(0, TOP_BLOCKS);
  return blocks.slice(Math.max(0, headline - ABOVE_HEADLINE), headline + TOP_BLOCKS);
}

export function textDates(blocks: readonly TextBlock[], order: NumericOrder): DateCandidate[] {
  return topBlocks(blocks)
    .flatMap((block) =>
      labelledDates(block.text, order)
        .filter((date) => block.text.length <= MAX_BLOCK_LENGTH || date.index < DATELINE_REACH)
        .flatMap((date) =>
        candidate(date.day, 'text', `text "${block.text.slice(Math.max(0, date.index - 20), date.end).trim()}"`, date.role === 'published' ? RANK.labelledText : RANK.text, date.role),
      ),
    );
}
