import type { QuoteKind } from '../../model.ts';

/** Fewer words than this, and a quote that does not stand as its own sentence is a fragment. */
const MIN_DIRECT_WORDS = 4;
/** Regexes with Unicode classes are module constants: some loaders rebuild such literals per call. */
const HAS_WORD_CHAR = /[\p{L}\p{N}]/u;
const SENTENCE_LIKE_START = /^(?:[.…\s(]*)[\p{Lu}\p{N}]/u;
const STARTS_LIKE_WORD = /^[\p{L}“"‘']/u;
const STARTS_CAPITALISED = /^[“"‘']?\p{Lu}/u;
const ENDS_SENTENCE = /[.!?]["”’']?$/;

export function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => HAS_WORD_CHAR.test(w)).length;
}

/**
 * 'direct' for sentence-like quotes; 'partial' for fragments embedded in a sentence ("replied that
 * the plan is “dead.”"). A quote is sentence-like when it starts with a capital (or an
 * ellipsis) and either is long enough or stands on its own (introduced by a cue and a colon or
 * comma, followed by one, or opening its sentence).
 */
export function quoteKind(text: string, standsAlone: boolean): QuoteKind {
  const startsLikeSentence = SENTENCE_LIKE_START.test(text);
  if (!startsLikeSentence) return 'partial';
  return standsAlone || wordCount(text) >= MIN_DIRECT_WORDS ? 'direct' : 'partial';
}

/** True when the text before the opening mark ends a sentence or introduces a quote. */
export function opensSentence(before: string): boolean {
  return /(?:^|[.!?…:,\u2014\u25a1])\s*$/u.test(before.slice(-20));
}

/**
 * A line that is a headline, not prose: most of its longer words capitalised and no final period
 * (lists of headlines, "RELATED" links). A quote there is a title, not a quote.
 */
export function looksLikeHeadline(line: string): boolean {
  if (ENDS_SENTENCE.test(line.trim())) return false;
  const words = line.replace(/^[\s\-•*–]+/, '').split(/\s+/).filter((w) => STARTS_LIKE_WORD.test(w));
  const long = words.filter((w) => w.replace(/^[“"‘']/, '').length >= 4);
  if (long.length < 2) return false;
  const capitalised = long.filter((w) => STARTS_CAPITALISED.test(w)).length;
  return capitalised / long.length >= 0.7;
}
