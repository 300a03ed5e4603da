import type { AnnotatedArticle, Quote, Sentence, Span, Speaker } from '../../model.ts';
import { resolvePhrase } from './05-resolve.ts';
import { accordingAt, accordingSource, SOURCE_ENDS } from './10-according.ts';
import { closingReport } from './closing-reports.ts';
import type { Phrase } from './phrases.ts';
import { sentenceAt, type Registry } from './registry.ts';
import { MASK, type Word } from './tokens.ts';

/**
 * "According to X" set off by commas frames its whole sentence: "According to the Ledger, Reed
 * called the plan “dead.”", "Reed said he was “happy to see” it, according to the Ledger." The
 * words quoted there are X's report, so X is their source, whoever the sentence says spoke them.
 */

/** Where the frame stands in its sentence. */
export type FramePlace = 'opening' | 'inner' | 'closing';

/** An "according to X" framing its sentence: the cue and source words, and the source phrase. */
export interface AccordingFrame extends Span {
  readonly phrase: Phrase;
  readonly place: FramePlace;
  /** The cue the framed quotes take: "according to", or a report verb ("reported"). */
  readonly cue: string;
}

/** A frame with the sentence it frames and the speaker its source resolves to. */
export interface SentenceFrame extends AccordingFrame {
  readonly sentence: number;
  readonly speaker: Speaker;
}

/** Words that, after a comma, open a clause of their own: a frame on the other side of it is that clause's. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['and', 'but', 'which', 'who', 'whose', 'while', 'when', 'where', 'although', 'though']);

/** Words that may follow the source phrase before its comma ("White House pool reports", "the Post on Tuesday"). */
const MAX_TRAILING_WORDS = 6;
/** Words that open a clause after the source: the source does not frame the sentence. */
const SOURCE_CLAUSES: ReadonlySet<string> = new Set([...SOURCE_ENDS, 'and', 'but']);

/** The last word of the source's stretch (its phrase, then a few more words) when a comma or the sentence's end (`last`) follows it. */
function sourceEnd(words: readonly Word[], phraseLast: number, last: number): number | null {
  for (let k = phraseLast; k <= phraseLast + MAX_TRAILING_WORDS && k <= last; k++) {
    const w = words[k] as Word;
    if (!w.isWord || SOURCE_CLAUSES.has(w.lower)) return null;
    if (k === last || words[k + 1]?.text === ',') return k;
  }
  return null;
}

/** A quote ending in a comma inside its closing mark (`“... people like me,”`), as its masked word holds it in `text`. */
const COMMA_CLOSED_QUOTE = /,[\p{Pi}\p{Pf}"']{1,2}$/u;

/** True when a comma stands right before word `i`: its own, or the last character inside a masked quote before it. */
function commaBefore(words: readonly Word[], i: number, text: string): boolean {
  const before = words[i - 1];
  if (before === undefined) return false;
  return before.text === ',' || (before.text.startsWith(MASK) && COMMA_CLOSED_QUOTE.test(text.slice(before.start, before.end)));
}

/**
 * The "according to X" of a sentence's words that frames it: opening it ("According to X, ..."),
 * between commas (", according to X, ..."), or closing it (", according to X."). Null for one
 * inside a clause ("said that according to its count ..."). `text`: the unmasked text the words
 * are read from, where a masked quote may end in the comma before the frame.
 */
export function accordingFrame(words: readonly Word[], text = ''): AccordingFrame | null {
  let last = words.length - 1;
  while (last >= 0 && !(words[last] as Word).isWord && !(words[last] as Word).text.startsWith(MASK)) last--;
  for (let i = 0; i + 2 <= last; i++) {
    if (!accordingAt(words, i) || (i > 0 && !commaBefore(words, i, text))) continue;
    const found = accordingSource(words, i + 2);
    const end = found ? sourceEnd(words, found.last, last) : null;
    if (!found || end === null) return null;
    const closes = end === last;
    const place: FramePlace = i === 0 ? 'opening' : closes ? 'closing' : 'inner';
    return { start: (words[i] as Word).start, end: found.phrase.end, phrase: found.phrase, place, cue: 'according to' };
  }
  return null;
}

/** Extractor: the frame of each sentence ("according to X", else a closing ", X reported."; `words[i]`: the masked words of sentence `i`) whose source resolves to a speaker. */
export function sentenceFrames(article: AnnotatedArticle, registry: Registry, words: readonly (readonly Word[])[]): SentenceFrame[] {
  const frames: SentenceFrame[] = [];
  words.forEach((inSentence, sentence) => {
    const frame = accordingFrame(inSentence, article.text) ?? closingReport(inSentence);
    const resolved = frame ? resolvePhrase(frame.phrase, { article, registry }) : null;
    if (frame && resolved) frames.push({ ...frame, sentence, speaker: resolved.speaker });
  });
  return frames;
}

/** True when a comma and a clause opener (", and she left", ", which stood") stand between `from` and `to`. */
export function clauseBreakBetween(words: readonly Word[], from: number, to: number): boolean {
  for (let k = 0; k + 1 < words.length; k++) {
    const w = words[k] as Word;
    if (w.start < from || w.end > to) continue;
    if (w.text === ';' || (w.text === ',' && CLAUSE_OPENERS.has((words[k + 1] as Word).lower))) return true;
  }
  return false;
}

/**
 * True for a reported clause that runs on to the end of its sentence over a closing frame ("he
 * was ready, The Post reported."), no clause of its own between them (", which stood at 263,
 * according to the AP": the frame may be that clause's). `words`: the sentence's masked words.
 */
export function runsIntoClosingFrame(quote: Quote, frame: AccordingFrame, words: readonly Word[]): boolean {
  return quote.kind === 'indirect' && frame.place === 'closing' && quote.start < frame.start && !clauseBreakBetween(words, quote.start, frame.start);
}

/** True when `quote` lies inside another quote of the (sorted) list that is not reported speech. */
function insideMarked(quote: Quote, marked: readonly Quote[]): boolean {
  return marked.some((m) => m !== quote && m.start <= quote.start && quote.end <= m.end && (m.end - m.start) > (quote.end - quote.start));
}

/**
 * Refiner: every quote of a sentence framed by "according to X" takes X as its speaker, as
 * inferred, unless it sits inside another quote (a quote within a quote has its own speaker) or
 * a clause of its own stands between it and a frame written after it ("..., and she left, according
 * to the paper"), or it is reported speech whose stated speaker comes after the frame ("According
 * to the sources, X responded that ..." stays X's: the frame sources the report, X said it). `words[i]` are the masked words of sentence `i`; `sentences` their spans.
 */
export function withFramingSources(sorted: readonly Quote[], frames: readonly SentenceFrame[], sentences: readonly Sentence[], words: readonly (readonly Word[])[]): Quote[] {
  if (frames.length === 0) return [...sorted];
  const bySentence = new Map(frames.map((f) => [f.sentence, f]));
  const marked = sorted.filter((q) => q.kind !== 'indirect');
  return sorted.map((quote) => {
    const sentence = sentenceAt(sentences, quote.start);
    const frame = bySentence.get(sentence);
    const inSentence = words[sentence] ?? [];
    if (!frame || (quote.start < frame.end && frame.start < quote.end && !runsIntoClosingFrame(quote, frame, inSentence))) return quote;
    if (quote.kind !== 'indirect' && insideMarked(quote, marked)) return quote;
    if (quote.end <= frame.start && clauseBreakBetween(inSentence, quote.end, frame.start)) return quote;
    if (quote.speaker && (quote.speaker.start === frame.speaker.start || quote.speaker.name === frame.speaker.name)) return quote;
    if (quote.kind === 'indirect' && quote.speaker && !quote.speaker.inferred && frame.end <= quote.start) return quote;
    return { ...quote, speaker: { ...frame.speaker, inferred: true }, cue: frame.cue };
  });
}
