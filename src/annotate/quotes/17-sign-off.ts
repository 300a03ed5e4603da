import type { Sentence } from '../../model.ts';
import { firstStartingAt } from '../../span.ts';
import type { Attribution } from './02-attribution.ts';
import { phraseStartingAt } from './phrases.ts';
import { wordsOf, type Word } from './tokens.ts';

/** The dash a sign-off line opens with ("— Jane Roe", "-President Obama", "-- Ana Ruiz, Lima"). */
const SIGN_OFF_DASH = /^(?:--|[-\u2013\u2014\u2015])[ \t]?/u;
/** A sign-off names its speaker and at most where or when: a longer line is prose or a list item. */
const MAX_SIGN_OFF_WORDS = 14;
/** What may lie between a quote and its sign-off: its closing punctuation and the paragraph break. */
const BETWEEN = /^[\s.,;]{0,6}$/u;

/** Index of the first sentence starting at or after `after` when nothing but punctuation and space lies before it, else -1. */
function nextSentence(text: string, sentences: readonly Sentence[], after: number): number {
  const at = firstStartingAt(sentences, after);
  const next = sentences[at];
  return next !== undefined && BETWEEN.test(text.slice(after, next.start)) ? at : -1;
}

/**
 * A quote signed off by a line of its own, as pull quotes, epigraphs and quote round-ups are
 * ("“...” / — Jane Roe, a nurse in Ohio."): the dash is the cue and the name opening the line the
 * speaker. Only a line that is its paragraph alone, short, and opens with a name counts.
 */
export function signOffAttribution(text: string, sentences: readonly Sentence[], quoteParagraph: number, after: number): Attribution | null {
  const at = nextSentence(text, sentences, after);
  const line = sentences[at];
  if (!line || line.paragraph > quoteParagraph + 1) return null;
  const following = sentences[at + 1];
  if (following?.paragraph === line.paragraph) return null;
  const dash = SIGN_OFF_DASH.exec(text.slice(line.start, line.end));
  if (!dash) return null;
  const words = wordsOf(text, line.start + dash[0].length, line.end);
  if (words.filter((w: Word) => w.isWord).length > MAX_SIGN_OFF_WORDS) return null;
  const found = phraseStartingAt(words, 0);
  if (!found || found.phrase.kind !== 'name') return null;
  const closing = words[found.last + 1];
  if (closing !== undefined && closing.text !== ',' && closing.text !== '.') return null;
  return { cue: { start: line.start, end: line.start + dash[0].trimEnd().length, text: dash[0].trimEnd() }, phrase: found.phrase };
}
