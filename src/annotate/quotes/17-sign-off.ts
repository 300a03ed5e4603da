import type { Sentence } from '../../model.ts';
import type { Attribution } from './02-attribution.ts';
import { phraseStartingAt } from './phrases.ts';
import { sentenceAt } from './registry.ts';
import { wordsOf, type Word } from './tokens.ts';

/** The dash a sign-off line opens with ("— Jane Roe", "-President Obama", "-- Ana Ruiz, Lima"). */
const SIGN_OFF_DASH = /^(?:--|[-\u2013\u2014\u2015])[ \t]?/u;
/** A sign-off names its speaker and at most where or when: a longer line is prose or a list item. */
const MAX_SIGN_OFF_WORDS = 14;
/** What may lie between a quote and its sign-off: its closing punctuation and the paragraph break. */
const BETWEEN = /^[\s.,;]{0,6}$/u;

/** The sentence right after `after` when nothing but punctuation and space lies between them. */
function nextSentence(text: string, sentences: readonly Sentence[], after: number): Sentence | null {
  const at = sentenceAt(sentences, after);
  const held = sentences[at];
  const next = held !== undefined && held.end > after ? (held.start >= after ? held : sentences[at + 1]) : sentences[at + 1];
  return next !== undefined && BETWEEN.test(text.slice(after, next.start)) ? next : null;
}

/**
 * A quote signed off by a line of its own, as pull quotes, epigraphs and quote round-ups are
 * ("“...” / — Jane Roe, a nurse in Ohio."): the dash is the cue and the name opening the line the
 * speaker. Only a line that is its paragraph alone, short, and opens with a name counts.
 */
export function signOffAttribution(text: string, sentences: readonly Sentence[], quoteParagraph: number, after: number): Attribution | null {
  const line = nextSentence(text, sentences, after);
  if (!line || line.paragraph > quoteParagraph + 1) return null;
  const following = sentences[sentenceAt(sentences, line.start) + 1];
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
