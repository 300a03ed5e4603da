import type { Quote, Span } from '../../model.ts';
import { firstStartingAt } from '../../span.ts';
import { isRoleNoun } from '../../lexicon/titles.ts';
import { BETWEEN_SUBJECT_AND_CUE, CUE_FORMS } from './data/cues.ts';
import { SOURCE_NOUNS } from './data/sources.ts';
import { DETERMINERS, GROUP_NOUNS, PHRASE_BREAKS } from './data/speaker-nouns.ts';
import { nounPhraseAfter, nounPhraseEndingAt } from './noun-phrases.ts';
import { phraseEndingAt, type Phrase } from './phrases.ts';
import { prepositionBefore } from './prepositional.ts';
import type { VerbTest } from './09-uncued-verbs.ts';
import { bare, isPossessive, MASK, SENTENCE_END, type Word } from './tokens.ts';

/**
 * Phrases near a speaker-less quote that may name its speaker although the rules found no
 * person there: the words right before its cue ("forecasters say"), the subject after a verb
 * that follows it ("... ,” reads the editorial), a phrase ending at a colon before it ("The
 * report:"), and common nouns for documents, groups and roles in its sentences ("the memo").
 */

/** How many words from the quote's edges its cue word is looked for. */
const CUE_SCAN = 8;
/** How many adverbs and auxiliaries may stand between a subject and its cue ("has also said"). */
const MAX_SKIPPED = 3;
/** A loose subject phrase keeps at most this many words ("the two", "at least 21,000"). */
const MAX_LOOSE_WORDS = 4;
/** A common-noun phrase keeps at most this many words ("a Wednesday editorial"); longer ones are clauses. */
const MAX_NOUN_WORDS = 5;
/** How many words of a sentence are read for common nouns (a bound for very long sentences). */
const MAX_NOUN_SCAN = 80;
/** Lone words that stand for a thing or person named before ("read one", "was another"). */
const LONE_SUBJECTS: ReadonlySet<string> = new Set(['one', 'another', 'others', 'many', 'some', 'most', 'both']);
/** A relative pronoun before a cue or its subject: the clause is an aside about a noun before it ("the plan, which some have argued"). */
const RELATIVES: ReadonlySet<string> = new Set(['who', 'whom', 'which', 'that']);
/** Verbs whose quoted object is a source or someone else's words, not the subject's own ("the paper cited “people familiar ...”"). */
const CITING_FORMS: ReadonlySet<string> = new Set(['cite', 'cites', 'cited', 'citing', 'quote', 'quotes', 'quoted', 'quoting']);
/** Subordinators and links a loose subject never runs across ("although history says"). */
const NOT_IN_LOOSE: ReadonlySet<string> = new Set(['although', 'though', 'whether', 'unless', 'where', 'what', 'how', 'why', 'whom', 'yet', 'nor']);
/** Closing marks and commas between a quote and the verb after it. */
const AFTER_QUOTE: ReadonlySet<string> = new Set([',', '”', '"', '’', "'"]);
/** Opening marks between a colon and the quote after it. */
const BEFORE_QUOTE: ReadonlySet<string> = new Set(['“', '"', '‘', "'"]);
/** A mark of the quote, or the quote itself masked (one run of mask characters). */
const isMarkIn = (marks: ReadonlySet<string>, w: Word): boolean => marks.has(w.text) || w.text.startsWith(MASK);

export type SightingRole = 'cue-subject' | 'inverted' | 'colon' | 'noun';

/** A phrase that may name a quote's speaker and why it was read. */
export interface PhraseSighting {
  readonly phrase: Phrase;
  readonly role: SightingRole;
  /** The head is a document or an organisation word ("the memo", "the company"). */
  readonly document: boolean;
}

const sighting = (phrase: Phrase, role: SightingRole): PhraseSighting => ({ phrase, role, document: SOURCE_NOUNS.has(lastLower(phrase)) });
const lastLower = (phrase: Phrase): string => (phrase.text.split(' ').pop() ?? '').toLowerCase();

/** The index of the quote's cue word nearest the quote (before its start or after its end), else -1. */
export function cueWordIndex(words: readonly Word[], quote: Span, cue: string): number {
  const first = cue.split(' ')[0]?.toLowerCase() ?? '';
  const start = firstStartingAt(words, quote.start);
  const end = firstStartingAt(words, quote.end);
  for (let distance = 1; distance <= CUE_SCAN && first !== ''; distance++) {
    if (words[start - distance]?.lower === first) return start - distance;
    if (words[end + distance - 1]?.lower === first) return end + distance - 1;
  }
  return -1;
}

/** A word a loose subject phrase may hold: lower case, no verb, no adverb in -ly. */
const inLoose = (w: Word, isVerb: VerbTest): boolean =>
  w.isWord && !w.cap && !isPossessive(w) && !isVerb(w) && !w.lower.endsWith('ly') && !NOT_IN_LOOSE.has(w.lower) && (!PHRASE_BREAKS.has(w.lower) || LONE_SUBJECTS.has(w.lower));

/** A head that names several people or things without a determiner: a plural, a group word, a number ("forecasters", "police", "21,000"). */
export function namesMany(head: Word): boolean {
  const lower = head.lower;
  return GROUP_NOUNS.has(lower) || /^\d/u.test(lower) || (lower.endsWith('s') && !lower.endsWith('ss'));
}

/** Lower-case words (or numbers) ending at `last`, back to a determiner: "the two", "forecasters", "most". */
function looseEndingAt(words: readonly Word[], last: number, isVerb: VerbTest): Phrase | null {
  const head = words[last];
  if (!head || !inLoose(head, isVerb) || (DETERMINERS.has(head.lower) && !LONE_SUBJECTS.has(head.lower))) return null;
  let first = last;
  while (first > 0 && first > last - MAX_LOOSE_WORDS + 1 && !DETERMINERS.has((words[first] as Word).lower)) {
    const previous = words[first - 1] as Word;
    if (!inLoose(previous, isVerb) && !DETERMINERS.has(previous.lower)) break;
    first--;
  }
  if (!DETERMINERS.has((words[first] as Word).lower) && !LONE_SUBJECTS.has(head.lower) && !namesMany(head)) return null;
  const text = words.slice(first, last + 1).map((w) => w.text).join(' ');
  return { start: (words[first] as Word).start, end: head.end, kind: 'noun', text, possessive: false };
}

/** The index of the subject word of the cue at `at` once adverbs and auxiliaries are skipped ("which has also said"). */
function subjectIndex(words: readonly Word[], at: number): number {
  let last = at - 1;
  while (last >= 0 && last >= at - MAX_SKIPPED && BETWEEN_SUBJECT_AND_CUE.has((words[last] as Word).lower)) last--;
  return last;
}

/**
 * The words right before the cue at `cue`, adverbs and auxiliaries aside: a name, role or "I",
 * a noun phrase, else a short run of lower-case words (a bare one naming several: "forecasters").
 * Never a third-person pronoun (the rules resolve those), a possessive, the object of a
 * preposition ("put it in the file:"), nor the subject of a relative clause ("which some have argued": the clause is an aside, not the quote's attribution).
 */
export function cueSubject(words: readonly Word[], cue: number, isVerb: VerbTest): Phrase | null {
  const last = subjectIndex(words, cue);
  const word = words[last];
  if (!word?.isWord) return null;
  if (RELATIVES.has(word.lower)) return null;
  const phrase = phraseEndingAt(words, last) ?? plainNounEndingAt(words, last, isVerb) ?? looseEndingAt(words, last, isVerb);
  if (!phrase || phrase.kind === 'pronoun' || phrase.possessive || prepositionBefore(words, phrase, last) >= 0) return null;
  const before = words[firstStartingAt(words, phrase.start) - 1];
  return before && (RELATIVES.has(before.lower) || governs(before, phrase)) ? null : phrase;
}

/** Words that make a loose phrase after them their object or a superlative: "After years adding", "The most telling". */
const GOVERNING: ReadonlySet<string> = new Set(['after', 'before', 'during', 'since', 'until', 'over', 'despite', 'amid', 'following', 'of', 'by', 'with', 'without', 'for', 'from']);
const SUPERLATIVE_OPENERS: ReadonlySet<string> = new Set(['the', 'a', 'an']);

/** True when `before` governs a lower-case noun phrase right after it: a preposition, or an article before a lone "most"/"least". */
export function governs(before: Word, phrase: Phrase): boolean {
  if (phrase.kind !== 'noun') return false;
  return GOVERNING.has(before.lower) || (SUPERLATIVE_OPENERS.has(before.lower) && /^(?:most|least)$/iu.test(phrase.text));
}

/** Prepositions that join a postmodifier to the head of a subject ("majorities in all five", "most of them"). */
const POSTMODIFIER_LINKS: ReadonlySet<string> = new Set(['of', 'in', 'to', 'from', 'at', 'on', 'among', 'across', 'with', 'for']);
/** Words a postmodified subject never runs across: they open a clause, or are a clause's subject. */
const NOT_IN_SUBJECT: ReadonlySet<string> = new Set([
  'that', 'which', 'who', 'whom', 'whose', 'and', 'but', 'or', 'nor', 'yet', 'so', 'because', 'although', 'though', 'if',
  'when', 'while', 'where', 'what', 'how', 'why', 'whether', 'unless', 'until', 'since', 'after', 'before', 'as', 'than',
  'he', 'she', 'they', 'it', 'we', 'i', 'you', 'there',
]);
/** A postmodified subject keeps at most this many words ("proponents of more controls on hate speech"). */
const MAX_SUBJECT_RUN = 9;
/** Count words that stand for people after a determiner ("the two", "all three"). */
const COUNTS: ReadonlySet<string> = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozens', 'hundreds', 'thousands']);

/** A word a postmodified subject may hold: a word, lower case unless it opens the sentence, no verb, no clause opener. */
const inSubjectRun = (words: readonly Word[], k: number, isVerb: VerbTest): boolean => {
  const w = words[k] as Word;
  return w.isWord && (!w.cap || k === 0) && !isVerb(w) && !NOT_IN_SUBJECT.has(w.lower);
};

/**
 * The subject before the cue at `cue` when cueSubject finds none because it runs across a
 * preposition or ends in a count: "majorities in all five say", "most of them said", "The two
 * admit". The run of lower-case words back to a clause boundary must start with its head (not a
 * preposition: "in the file:") and hold a preposition after it, else be a determiner and a count.
 */
export function postmodifiedSubject(words: readonly Word[], cue: number, isVerb: VerbTest): Phrase | null {
  const last = subjectIndex(words, cue);
  if (last < 0 || !inSubjectRun(words, last, isVerb) || NOT_IN_SUBJECT.has((words[last] as Word).lower)) return null;
  let first = last;
  while (first > 0 && first > last - MAX_SUBJECT_RUN + 1 && inSubjectRun(words, first - 1, isVerb)) first--;
  const run = words.slice(first, last + 1);
  const head = run[0] as Word;
  const linked = run.slice(1, -1).some((w) => POSTMODIFIER_LINKS.has(w.lower));
  const counted = run.length === 2 && DETERMINERS.has(head.lower) && COUNTS.has((run[1] as Word).lower);
  if (PHRASE_BREAKS.has(head.lower) || isPossessive(run[run.length - 1] as Word) || (!linked && !counted)) return null;
  return { start: head.start, end: (words[last] as Word).end, kind: 'noun', text: run.map((w) => w.text).join(' '), possessive: false };
}

/** How many words after a quote a cue verb may follow it ("“...,” the bespectacled, 71-year-old diplomat said"). */
const TRAILING_REACH = 7;

/**
 * The subject between a quote and a cue verb after it when the rules found none there: `“...,”
 * From said.` (a surname that is also a common word), `“...,” the Saudis state`. A lone
 * capitalised word counts as a name.
 */
export function trailingSubject(words: readonly Word[], quoteEnd: number, isVerb: VerbTest): Phrase | null {
  let from = firstStartingAt(words, quoteEnd);
  while (from < words.length && isMarkIn(AFTER_QUOTE, words[from] as Word)) from++;
  let cue = from;
  while (cue < words.length && cue < from + TRAILING_REACH && !CUE_FORMS.has((words[cue] as Word).lower)) cue++;
  if (cue === from || !CUE_FORMS.has(words[cue]?.lower ?? '')) return null;
  const lone = cue === from + 1 && (words[from] as Word).cap && (words[from] as Word).isWord ? (words[from] as Word) : null;
  if (lone) return { start: lone.start, end: lone.end, kind: 'name', text: lone.text, possessive: false };
  const phrase = phraseEndingAt(words, cue - 1) ?? plainNounEndingAt(words, cue - 1, isVerb);
  return phrase && phrase.start >= (words[from] as Word).start && phrase.kind !== 'pronoun' && !phrase.possessive ? phrase : null;
}

/** The subject after the verb that follows a quote: `“...,” reads the editorial`, `“...,” read one`. */
export function invertedSubject(words: readonly Word[], quoteEnd: number, isVerb: VerbTest): Phrase | null {
  let verb = firstStartingAt(words, quoteEnd);
  while (verb < words.length && isMarkIn(AFTER_QUOTE, words[verb] as Word)) verb++;
  const w = words[verb];
  if (!w?.isWord || w.cap || DETERMINERS.has(w.lower) || PHRASE_BREAKS.has(w.lower)) return null;
  const next = words[verb + 1];
  if (next && LONE_SUBJECTS.has(next.lower) && !words[verb + 2]?.isWord) return { start: next.start, end: next.end, kind: 'noun', text: next.text, possessive: false };
  if (!next || !DETERMINERS.has(next.lower)) return null;
  const found = nounPhraseAfter(words, verb + 1);
  return found && found.phrase.kind === 'noun' && !found.phrase.possessive && isPlain(words, verb + 1, found.last, isVerb) ? found.phrase : null;
}

/** The name or noun phrase ending at a colon right before the quote ("The statement:", "Ana Ruiz:"), unless a preposition's object ("on CNN:"). */
export function colonSubject(words: readonly Word[], quoteStart: number, isVerb: VerbTest): Phrase | null {
  let colon = firstStartingAt(words, quoteStart) - 1;
  while (colon >= 0 && isMarkIn(BEFORE_QUOTE, words[colon] as Word)) colon--;
  if (words[colon]?.text !== ':') return null;
  const phrase = phraseEndingAt(words, colon - 1) ?? plainNounEndingAt(words, colon - 1, isVerb);
  return phrase && !phrase.possessive && phrase.kind !== 'pronoun' && prepositionBefore(words, phrase, colon - 1) < 0 ? phrase : null;
}

/** True when words `first..last` are few and none is a verb: a noun phrase, not a clause ("the rally denounced ..."). */
function isPlain(words: readonly Word[], first: number, last: number, isVerb: VerbTest): boolean {
  if (last - first + 1 > MAX_NOUN_WORDS) return false;
  for (let k = first; k <= last; k++) if (isVerb(words[k] as Word)) return false;
  return true;
}

/** A short common-noun phrase ending at `last` with no verb in it. */
function plainNounEndingAt(words: readonly Word[], last: number, isVerb: VerbTest): Phrase | null {
  const phrase = nounPhraseEndingAt(words, last);
  if (phrase?.kind !== 'noun') return null;
  const first = firstStartingAt(words, phrase.start);
  return isPlain(words, first, last, isVerb) ? phrase : null;
}

/** True for a word that heads a common-noun speaker: a document, an organisation word, a group or a role. */
function isSpeakerHead(w: Word): boolean {
  if (!w.isWord || w.cap) return false;
  const lower = bare(w).toLowerCase();
  return SOURCE_NOUNS.has(lower) || GROUP_NOUNS.has(lower) || isRoleNoun(lower);
}

/** Common-noun speakers among words `from..to` (at most MAX_NOUN_SCAN words read): "the memo", "a staffer". */
export function commonNounPhrases(words: readonly Word[], from: number, to: number, isVerb: VerbTest): Phrase[] {
  const found: Phrase[] = [];
  for (let k = from; k < to && k < from + MAX_NOUN_SCAN; k++) {
    const w = words[k] as Word;
    const next = words[k + 1];
    if (SENTENCE_END.has(w.text) || !isSpeakerHead(w) || (next !== undefined && isSpeakerHead(next))) continue;
    const phrase = plainNounEndingAt(words, k, isVerb);
    if (phrase && !phrase.possessive && DETERMINERS.has(phrase.text.split(' ')[0]?.toLowerCase() ?? '')) found.push(phrase);
  }
  return found;
}

/**
 * True when the chooser should leave the quote to the rules: its cue, before it, has a relative
 * pronoun for subject ("a report by the paper, which revealed that ..."; the speaker is the
 * pronoun's antecedent, which the rules resolve or leave open), or it is a partial quote governed by a
 * citing verb whose subject is a document or organisation noun ("The paper cited “people
 * familiar ...”": what is cited names a source or repeats another's words, nobody's speech here).
 */
export function leftToRules(words: readonly Word[], quote: Quote, isVerb: VerbTest): boolean {
  if (quote.cue === undefined) return false;
  const at = cueWordIndex(words, quote, quote.cue);
  const verb = words[at];
  if (!verb || verb.start > quote.start) return false;
  const last = subjectIndex(words, at);
  const subject = words[last];
  if (subject && RELATIVES.has(subject.lower)) return true;
  if (quote.kind !== 'partial' || !CITING_FORMS.has(verb.lower) || !subject) return false;
  const phrase = plainNounEndingAt(words, last, isVerb);
  return phrase !== null && SOURCE_NOUNS.has(lastLower(phrase));
}

/** Where a quote stands among the words of its sentence and of the sentence before. */
export interface QuoteWords {
  readonly own: readonly Word[];
  readonly previous: readonly Word[];
  readonly quote: Span;
  readonly cue: string | undefined;
  readonly isVerb: VerbTest;
}

/** Every phrase sighting of a quote: cue subject, inverted subject, colon subject, common nouns. */
export function phraseSightings({ own, previous, quote, cue, isVerb }: QuoteWords): PhraseSighting[] {
  const sightings: PhraseSighting[] = [];
  const cueAt = cue === undefined ? -1 : cueWordIndex(own, quote, cue);
  const beforeCue = cueAt < 0 ? null : (cueSubject(own, cueAt, isVerb) ?? postmodifiedSubject(own, cueAt, isVerb));
  if (beforeCue) sightings.push(sighting(beforeCue, 'cue-subject'));
  const trailing = cue === undefined ? trailingSubject(own, quote.end, isVerb) : null;
  if (trailing) sightings.push(sighting(trailing, 'cue-subject'));
  const inverted = invertedSubject(own, quote.end, isVerb);
  if (inverted) sightings.push(sighting(inverted, 'inverted'));
  const colon = colonSubject(own, quote.start, isVerb);
  if (colon) sightings.push(sighting(colon, 'colon'));
  const outside = (p: Phrase): boolean => p.end <= quote.start || p.start >= quote.end;
  for (const phrase of commonNounPhrases(own, 0, own.length, isVerb).filter(outside)) sightings.push(sighting(phrase, 'noun'));
  for (const phrase of commonNounPhrases(previous, 0, previous.length, isVerb)) sightings.push(sighting(phrase, 'noun'));
  return sightings;
}
