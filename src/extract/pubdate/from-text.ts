/**
 * Dates written in the visible text near the top of the content: the blocks after the headline
 * (or, on a page without one, the first blocks); the scan already left page chrome out. A date labelled as the
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

export function topBlocks(blocks: readonly TextBlock[]): TextBlock[] {
  const afterHeading = blocks.filter((b) => b.afterHeading);
  return (afterHeading.length > 0 ? afterHeading : blocks).slice(0, TOP_BLOCKS);
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
