/**
 * "RELATED:", "READ NEXT", "Read more", "Also read", "More from ..." blocks: the header line and the
 * headline lines that follow it (a "- " list included), until running text resumes.
 */
import type { Line } from '../lines.ts';
import { endsLikeSentence, wordCount } from '../lines.ts';
import type { Detector, Mark } from './mark.ts';

const MAX_HEADLINES = 12;
const MAX_HEADLINE_WORDS = 30;

const BLOCK_HEADER =
  /^(?:related(?: (?:articles?|stories|story|content|coverage|news|links|reading|topics))?|read next|read more|read also|also read|also see|see also|more from [^.!?]{1,40}|more (?:stories|news|on this story|to read)|you (?:may|might) also like|recommended(?: for you| stories| reading)?|most (?:popular|read)|trending(?: now)?|top stories|latest news|don['’]t miss|what to read next|keep reading)\s*[:.»>]?$/i;

/** "RELATED: Some linked headline" on one line. */
const INLINE_HEADER = /^(?:related|read (?:more|next|also)|also read|see also|more|watch|listen|lesen sie auch|lies auch|(?:à )?lire aussi|lee también|leggi anche|lees ook)\s*[:»]\s*\S/iu;

/** The same headers in other languages news is written in (German, French, Spanish, Italian, Dutch). */
const OTHER_LANGUAGE_HEADER =
  /^(?:ähnliche (?:beiträge|artikel)|verwandte (?:beiträge|artikel|themen)|weitere (?:beiträge|artikel|themen|nachrichten|meldungen|news)|mehr zum thema|auch interessant|lesen sie auch(?: die folgenden beiträge)?|lies auch|das könnte (?:sie|dich) (?:auch )?interessieren|das thema könnte (?:sie|dich) auch interessieren|vorschau auf den nächsten artikel|lade weitere inhalte|entdecke weitere \p{L}{3,20}|explore further|à lire aussi|lire aussi|sur le même sujet|articles similaires|lee también|te puede interesar|noticias relacionadas|leggi anche|articoli correlati|lees ook|gerelateerde artikelen|czytaj (?:też|także|również))\s*[:.»>…]{0,3}$/iu;

export function isBlockHeader(text: string): boolean {
  return BLOCK_HEADER.test(text) || OTHER_LANGUAGE_HEADER.test(text);
}

export function isInlineLink(text: string): boolean {
  return INLINE_HEADER.test(text) && wordCount(text) <= MAX_HEADLINE_WORDS && !endsLikeProseParagraph(text);
}

/** A list item or a short line that does not end like a sentence: a linked headline. */
export function isHeadlineLine(text: string): boolean {
  if (/^[-•*]\s+\S/.test(text)) return wordCount(text) <= MAX_HEADLINE_WORDS + 10;
  return wordCount(text) <= MAX_HEADLINE_WORDS && !endsLikeSentence(text);
}

function endsLikeProseParagraph(text: string): boolean {
  return wordCount(text) > 12 && endsLikeSentence(text) && /[.!?]\s+\S/.test(text);
}

/** The lines of the block a header line opens: the header and the headlines after it. */
export function relatedBlock(lines: readonly Line[], headerAt: number): Line[] {
  const block: Line[] = [];
  const header = lines[headerAt];
  if (!header) return block;
  block.push(header);
  for (let i = headerAt + 1; i < lines.length && block.length <= MAX_HEADLINES; i++) {
    const line = lines[i];
    if (!line || !isHeadlineLine(line.text)) break;
    block.push(line);
  }
  return block;
}

export const detectRelated: Detector = (lines) =>
  lines.flatMap((line, i): Mark[] => {
    if (isInlineLink(line.text)) return [{ start: line.start, end: line.end, reason: 'related' }];
    if (!isBlockHeader(line.text)) return [];
    const block = relatedBlock(lines, i);
    const last = block[block.length - 1] ?? line;
    return [{ start: line.start, end: last.end, reason: 'related' }];
  });
