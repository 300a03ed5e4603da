/**
 * Step 1: runs of name-like tokens in one sentence ("Mexican President Ana Torres", "Bank of
 * America", "US-Canada"). A run is raw material: roles, demonyms and place chains are split off
 * in step 2.
 */
import type { Token } from '../nlp.ts';
import { touching } from '../../span.ts';
import { isGivenName } from '../../lexicon/given-names.ts';
import { isHonorific, isRoleWord } from '../../lexicon/titles.ts';
import { isCalendarWord, isFunctionWord, isOrgHead, placeOf, placeOfDemonym } from './gazetteer.ts';
import { memoByWord } from '../../lexicon/key.ts';

export interface Run {
  readonly tokens: readonly Token[];
  /** The run starts where any word is capitalised: sentence start, after a quote mark or colon. */
  readonly startLike: boolean;
  /** The sentence is a title-case headline, where capitals say little. */
  readonly headline: boolean;
  /** Up to three tokens before and after the run, nearest first. */
  readonly before: readonly Token[];
  readonly after: readonly Token[];
}

const OPENERS = new Set(['“', '"', '‘', "'", ':', ';', '—', '–', '-', '•', '*', '…']);
/** Lowercase particles inside personal and place names ("Gabriel García de la Torre"). */
const PARTICLES = new Set(['de', 'del', 'della', 'di', 'da', 'das', 'do', 'dos', 'du', 'van', 'von', 'der', 'den', 'la', 'le', 'al', 'el', 'bin', 'ibn', 'y']);
/** Words after which "of" continues a name ("Republic of Korea", "Bank of America"). */
const OF_HEADS = new Set(['Republic', 'Kingdom', 'Gulf', 'Bay', 'Sea', 'Isle', 'Islands', 'Cape', 'Strait', 'States', 'Straits', 'City', 'Province', 'State', 'Emirate', 'Duke', 'Duchess', 'Prince', 'Princess', 'King', 'Queen']);
const HYPHENS = new Set(['-', '–', '‐']);
/** Longer runs are not names (lists, shouting): a new run starts after this many tokens. */
const MAX_RUN_TOKENS = 12;

const STARTS_UPPER = /^\p{Lu}/u;
const CAPITALS = /^\p{Lu}{2,6}$/u;
const DOTTED_INITIALS = /^(?:\p{Lu}\.){2,4}$/u;
const INITIAL = /^\p{Lu}\.$/u;
const LETTERS_ONLY = /^\p{L}+$/u;

/** Starts with a capital letter (ASCII checked without a regex: this runs on every token). */
export const isCapitalised = (value: string): boolean => {
  const code = value.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return STARTS_UPPER.test(value);
};

/** "NATO", "IMF", "U.S.", "U.N.": two to six capitals, or dotted initials. */
export const isAcronym = (value: string): boolean =>
  CAPITALS.test(value) || DOTTED_INITIALS.test(value);

const isInitial = (value: string): boolean => INITIAL.test(value);

/** Words a gazetteer knows, which count as names even where every word is capitalised (memoised: run on many tokens). */
export const isKnownWord = memoByWord(
  (value: string): boolean =>
    placeOf(value) !== undefined ||
    placeOfDemonym(value) !== undefined ||
    isGivenName(value) ||
    isHonorific(value) ||
    isRoleWord(value) ||
    isAcronym(value),
);

/** A capitalised word that may continue a name (memoised: run on every capitalised token). */
const capitalisedContinuesName = memoByWord((value: string): boolean => {
  if (isCalendarWord(value) || value.length === 1) return false;
  return isInitial(value) || !isFunctionWord(value) || isOrgHead(value);
});

/** A token that may continue a run already started. */
export function continuesName(token: Token | undefined): boolean {
  return token !== undefined && isCapitalised(token.value) && capitalisedContinuesName(token.value);
}

/** A token that may start a run: capitalised words where capitals are not automatic. */
export function startsName(token: Token, startLike: boolean): boolean {
  if (!continuesName(token) || isInitial(token.value) || isFunctionWord(token.value)) return false;
  return !startLike || token.pos === 'PROPN' || isKnownWord(token.value);
}

function isStartLike(tokens: readonly Token[], i: number): boolean {
  const previous = tokens[i - 1];
  return previous === undefined || OPENERS.has(previous.value);
}

/** How many tokens after `j` join the run: a name word, a particle, "of (the)", a hyphen. */
export function joinLength(tokens: readonly Token[], j: number): number {
  const current = tokens[j];
  const next = tokens[j + 1];
  if (current === undefined || next === undefined) return 0;
  if (continuesName(next)) return 1;
  if ((PARTICLES.has(next.value) || next.value === '&') && continuesName(tokens[j + 2])) return 2;
  if (HYPHENS.has(next.value) && touching(current, next) && touching(next, tokens[j + 2]) && continuesName(tokens[j + 2])) {
    return 2;
  }
  const ofHead = OF_HEADS.has(current.value) || isOrgHead(current.value) || isRoleWord(current.value);
  if (ofHead && (next.value === 'of' || next.value === 'for')) {
    if (continuesName(tokens[j + 2])) return 2;
    if (tokens[j + 2]?.value === 'the' && continuesName(tokens[j + 3])) return 3;
  }
  return 0;
}

const CLOSED_CLASS = new Set(['VERB', 'AUX', 'ADP', 'PART', 'PRON', 'DET', 'CCONJ', 'SCONJ', 'ADV']);

/**
 * A title-case headline: verbs and little words capitalised too ("Leader Rejects Offer To...").
 * Capitals where any word takes one (after a quotation mark or a colon) and "I" do not count.
 */
export function isHeadline(tokens: readonly Token[]): boolean {
  let capitalisedNonNames = 0;
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.value === 'I' || !isCapitalised(token.value) || !CLOSED_CLASS.has(token.pos) || isStartLike(tokens, i)) continue;
    if (++capitalisedNonNames >= 2) return true;
  }
  return false;
}

/** Every word in capitals ("READ NEXT", "ARTICLE AD BOX"): page furniture, not names. */
export function isShouting(tokens: readonly Token[]): boolean {
  let words = 0;
  let long = false;
  for (const { value } of tokens) {
    if (value.length < 2 || !LETTERS_ONLY.test(value)) continue;
    if (value !== value.toUpperCase()) return false;
    words++;
    long ||= value.length >= 4;
  }
  return words >= 2 && long;
}

/** The runs of one sentence's tokens. A capitalised "The" inside a sentence opens a run. */
export function findRuns(tokens: readonly Token[]): Run[] {
  if (isShouting(tokens)) return [];
  const headline = isHeadline(tokens);
  const runs: Run[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i];
    // Only a capitalised token opens a run (a cheap test first: most tokens are not).
    if (token === undefined || !isCapitalised(token.value)) {
      i++;
      continue;
    }
    const startLike = isStartLike(tokens, i);
    const opensWithThe = token.value === 'The' && !startLike && continuesName(tokens[i + 1]);
    if (!opensWithThe && !startsName(token, startLike)) {
      i++;
      continue;
    }
    let j = opensWithThe ? i + 1 : i;
    for (let step = joinLength(tokens, j); step > 0 && j - i + step < MAX_RUN_TOKENS; step = joinLength(tokens, j)) j += step;
    runs.push({
      tokens: tokens.slice(i, j + 1),
      startLike,
      headline,
      before: tokens.slice(Math.max(0, i - 3), i).reverse(),
      after: tokens.slice(j + 1, j + 4),
    });
    i = j + 1;
  }
  return runs;
}
