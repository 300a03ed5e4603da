import type { Sentence, Span } from '../../model.ts';
import { trimSpan } from '../../span.ts';
import { openingParticipleSubject, quoterBefore, sharedSubject, subjectBefore, subordinatedParticipleSubject } from './02-attribution.ts';
import { FINITE_VERBS, NOT_IN_SUBJECT, SUBJECT_PRONOUNS, TIME_WORDS } from './data/clauses.ts';
import { BARE_CLAUSE_FORMS, CLAUSE_FORMS, CUE_OBJECTS, isCue } from './data/cues.ts';
import { DETERMINERS } from './data/speaker-nouns.ts';
import type { Phrase } from './phrases.ts';
import { accordingSource } from './10-according.ts';
import { isRespondents, pollBefore, pollIntro } from './14-poll-sources.ts';
import { nestedSourceClosing } from './15-nested-sources.ts';
import { MASK, wordsOf, type Word } from './tokens.ts';
import { ADJECTIVE_SLOT, NO_TAGS, type FiniteTest } from './finite-verbs.ts';
import { clauseCueIndices } from './cue-positions.ts';

/** Reported speech without quotation marks: the reported clause, its cue and subject phrase. */
export interface IndirectCandidate extends Span {
  readonly cue: Span & { readonly text: string };
  readonly phrase: Phrase | null;
}

const OBJECTS = new Set(['him', 'her', 'them', 'me', 'us', 'reporters', 'journalists']);
const PREPOSITIONS_BEFORE_THAT = new Set(['on', 'in', 'at', 'during', 'via', 'over', 'through', 'after', 'before', 'to', 'of', 'for', 'with']);
/** Cue forms whose object is the listener, so a noun before "that" still belongs to the cue. */
const TELL_FORMS = new Set(['tell', 'tells', 'told', 'telling', 'assure', 'assures', 'assured', 'assuring']);
/** How many words may stand between the cue and "that" ("said on Monday that"). */
const MAX_BEFORE_THAT = 8;
const MIN_CLAUSE_WORDS = 3;
/** How far into a bare clause its finite verb may be ("said the average donation amount was"). */
const MAX_SUBJECT_WORDS = 6;
/** The same with a tagger to tell verbs ("said the enormous financial quagmire facing the bank was"). */
const MAX_TAGGED_SUBJECT_WORDS = 10;
/** Time words skipped between a cue and its bare clause. */
const MAX_TIME_WORDS = 2;

/** A past form read as the clause's verb, unless a determiner makes it an adjective ("the embattled"). */
const isPastVerb = (w: Word, before: Word): boolean => /[a-z]ed$/.test(w.lower) && !DETERMINERS.has(before.lower);

/** Prepositions a bare clause's subject may hold ("members of the court shouldn't", "visits to the state have"). */
const SUBJECT_PREPOSITIONS = new Set(['of', 'to', 'in', 'on', 'at', 'for', 'from', 'with', 'about']);
/** Words that end a subject without a verb: a relative or a conjunction opens another clause. */
const NOT_IN_LONG_SUBJECT = new Set(['that', 'who', 'which', 'whom', 'whose', 'and', 'but', 'or', 'if', 'when', 'while', 'because', 'as', 'than']);

/**
 * Where a clause reported without "that" starts at word `k`: a subject pronoun ("said he'd
 * welcome"), or a subject followed within a few words by a finite verb ("said the party was",
 * "said millions lost", "said members of the court shouldn't"). Past forms and the word lists
 * decide alone; `isFinite` (the tagger) lets the subject run longer and hold prepositions.
 */
export function bareClauseStart(words: readonly Word[], k: number, isFinite: FiniteTest = NO_TAGS): number | null {
  let from = k;
  while (from < k + MAX_TIME_WORDS && TIME_WORDS.has(words[from]?.lower ?? '')) from++;
  const first = words[from];
  if (!first?.isWord || NOT_IN_SUBJECT.has(first.lower) || isCue(first) || FINITE_VERBS.has(first.lower)) return null;
  if (SUBJECT_PRONOUNS.has(first.lower)) return words[from + 1]?.isWord ? from : null;
  const tagged = isFinite !== NO_TAGS;
  for (let n = 1; n <= (tagged ? MAX_TAGGED_SUBJECT_WORDS : MAX_SUBJECT_WORDS); n++) {
    const w = words[from + n];
    if (!w?.isWord || SUBJECT_PRONOUNS.has(w.lower)) return null;
    const before = words[from + n - 1] as Word;
    const finite = (!w.cap && FINITE_VERBS.has(w.lower)) || isPastVerb(w, before) || isFinite(w, before);
    if (finite && (tagged || !isCue(w))) return from;
    if (NOT_IN_LONG_SUBJECT.has(w.lower) || (NOT_IN_SUBJECT.has(w.lower) && !(tagged && SUBJECT_PREPOSITIONS.has(w.lower)))) return null;
    if (isCue(w)) return null;
  }
  return null;
}

/** Where the reported clause starts after the cue at `i`: after "that", or at a bare subject. */
function clauseStart(words: readonly Word[], i: number, text: string, isFinite: FiniteTest): number | null {
  let k = i + 1;
  const object = CUE_OBJECTS.exec(text.slice((words[i] as Word).end + 1, (words[i] as Word).end + 40));
  if (object) while (k < words.length && (words[k] as Word).end <= (words[i] as Word).end + 1 + object[0].length) k++;
  else if (OBJECTS.has(words[k]?.lower ?? '')) k++;
  const bare = BARE_CLAUSE_FORMS.has((words[i] as Word).lower) ? bareClauseStart(words, k, isFinite) : null;
  if (bare !== null) return bare;
  for (let n = 0; n < MAX_BEFORE_THAT && k + n < words.length; n++) {
    const w = words[k + n] as Word;
    if (w.lower === 'that') return leadsToThat(words[i] as Word, words.slice(k, k + n)) ? k + n + 1 : null;
    if (!w.isWord || CLAUSE_FORMS.has(w.lower)) return null;
  }
  return null;
}

/**
 * True when the words between the cue and "that" still belong to the cue: a listener ("told a
 * crowd in Miami that"), a named one ("told CNN that"), time words or adverbs ("said only that")
 * and phrases opened by a preposition ("said in a statement that"). Any other noun makes "that"
 * a relative or a complement of that noun ("in the states that", "noted the irony that").
 */
export function leadsToThat(cue: Word, between: readonly Word[]): boolean {
  if (TELL_FORMS.has(cue.lower)) return true;
  let afterPreposition = false;
  for (const w of between) {
    if (PREPOSITIONS_BEFORE_THAT.has(w.lower)) afterPreposition = true;
    else if (!(w.cap || TIME_WORDS.has(w.lower) || /ly$/.test(w.lower) || afterPreposition)) return false;
  }
  return true;
}

/** The clause from word `from` to the end of the sentence, without its final punctuation. */
function clauseSpan(text: string, words: readonly Word[], start: number, sentence: Sentence): Span | null {
  let from = start;
  while (words[from] && !words[from]?.isWord && !words[from]?.text.startsWith(MASK)) from++;
  const first = words[from];
  if (!first || first.text.startsWith(MASK)) return null;
  const span = trimSpan(text, { start: first.start, end: sentence.end });
  let end = span.end;
  while (end > span.start && /[.,;:!?]/.test(text[end - 1] ?? '')) end--;
  let count = 0;
  for (let k = from; k < words.length && count < MIN_CLAUSE_WORDS && (words[k] as Word).end <= end; k++) {
    if ((words[k] as Word).isWord) count++;
  }
  return count >= MIN_CLAUSE_WORDS ? { start: span.start, end } : null;
}

/** "according to X, ..." and "..., according to X." */
function accordingTo(text: string, words: readonly Word[], i: number, sentence: Sentence): IndirectCandidate | null {
  const cue = { start: (words[i] as Word).start, end: (words[i + 1] as Word).end, text: 'according to' };
  const phrase = accordingSource(words, i + 2)?.phrase ?? null;
  if (i === 0) {
    const comma = words.findIndex((w, k) => k > i && w.text === ',');
    const clause = comma < 0 ? null : clauseSpan(text, words, comma + 1, sentence);
    return clause ? { ...clause, cue, phrase } : null;
  }
  if (words[i - 1]?.text !== ',') return null;
  const clause = trimSpan(text, { start: sentence.start, end: (words[i - 1] as Word).start });
  if (text.slice(clause.start, clause.end).includes(MASK)) return null;
  return clause.end > clause.start ? { ...clause, cue, phrase } : null;
}

/**
 * Indirect speech in one sentence of the masked text (quotes hidden): "X said (that) ...",
 * "X told reporters ...", "X warned that ...", "according to X, ...".
 */
export function findIndirect(
  text: string,
  sentence: Sentence,
  words: readonly Word[] = wordsOf(text, sentence.start, sentence.end),
  isFinite: FiniteTest = NO_TAGS,
  cues: readonly number[] = clauseCueIndices(words),
): IndirectCandidate[] {
  const found: IndirectCandidate[] = [];
  const poll = pollIntro(text, words);
  let nextCue = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as Word;
    const isClauseCue = cues[nextCue] === i;
    if (isClauseCue) nextCue++;
    if (w.lower === 'according' && words[i + 1]?.lower === 'to') {
      const candidate = accordingTo(text, words, i, sentence);
      if (candidate) found.push(candidate);
      continue;
    }
    if (!isClauseCue || words[i - 1]?.text.startsWith(MASK) || ADJECTIVE_SLOT.has(words[i - 1]?.lower ?? '')) continue;
    const from = clauseStart(words, i, text, isFinite);
    if (from === null) continue;
    const clause = clauseSpan(text, words, from, sentence);
    if (!clause) continue;
    const subject = openingParticipleSubject(words, i, 0) ?? quoterBefore(words, i, 0) ?? subjectBefore(words, i, 4) ?? sharedSubject(words, i, 0) ?? subordinatedParticipleSubject(words, i, 0);
    const phrase = nestedSourceClosing(words, i)?.phrase ?? (poll && isRespondents(words, subject) ? poll : (pollBefore(text, words, i, subject) ?? subject));
    found.push({ start: clause.start, end: clause.end, cue: { start: w.start, end: w.end, text: w.text }, phrase });
  }
  return found;
}
