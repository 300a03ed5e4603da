import { withoutPossessive } from '../../lexicon/key.ts';
import { isRoleNoun, isTitleWord } from '../../lexicon/titles.ts';
import { BETWEEN_SUBJECT_AND_CUE, CUE_FORMS } from './data/cues.ts';
import { DETERMINERS, GROUP_NOUNS, PHRASE_BREAKS, POSTMODIFIERS } from './data/speaker-nouns.ts';
import { nameWithin, phraseStartingAt, type Phrase } from './phrases.ts';
import { verbAfterName } from './past-forms.ts';
import { isPossessive, SENTENCE_END, type Word } from './tokens.ts';

/** Speaker phrases longer than this are clauses, not noun phrases. */
const MAX_PHRASE_WORDS = 8;
/** Names at the end of a phrase keep at most this many words ("Tim Waters"). */
const MAX_TRAILING_NAME = 4;
const LINKS_AFTER_POSTMODIFIER = new Set(['to', 'with']);

const isTitle = (w: Word): boolean => isTitleWord(w.lower) || isRoleNoun(w.lower);
const isNumber = (w: Word): boolean => /^\d/.test(w.text);
const bareLower = (w: Word): string => withoutPossessive(w.lower);

/** A word that may stand inside a speaker phrase. */
function inPhrase(w: Word | undefined): boolean {
  return w !== undefined && w.isWord && !PHRASE_BREAKS.has(w.lower) && !CUE_FORMS.has(w.lower) && !BETWEEN_SUBJECT_AND_CUE.has(w.lower);
}

/** The name that ends a phrase ("former tech executive Carly Fiorina" -> "Carly Fiorina"), if any. */
function trailingName(words: readonly Word[], first: number, last: number): Phrase | null {
  const end = words[last] as Word;
  if (!end.cap || isTitle(end)) return null;
  let from = last;
  while (from > first && from > last - MAX_TRAILING_NAME + 1) {
    const prev = words[from - 1] as Word;
    if (!prev.cap || isTitle(prev) || isPossessive(prev)) break;
    from--;
  }
  return nameWithin(words, from, last);
}

/** True when a possessive owns the head: "Smith’s campaign", "Hillary Clinton’s campaign". */
function hasOwner(words: readonly Word[], first: number, last: number): boolean {
  for (let k = first; k < last; k++) if (isPossessive(words[k] as Word)) return true;
  return false;
}

/** Nouns ending like adverbs ("a CNN tally", "the family"), which may head a speaker phrase. */
const NOUNS_IN_LY: ReadonlySet<string> = new Set(['tally', 'rally', 'family', 'ally', 'assembly', 'daily', 'weekly', 'monthly', 'quarterly', 'supply', 'anomaly']);
const headNounOf = (w: Word): string => bareLower(w);

/** Words that take a group by "of" ("one of his aides", "some of the voters"). */
const PARTITIVES: ReadonlySet<string> = new Set(['one', 'two', 'three', 'four', 'five', 'some', 'many', 'several', 'most', 'few', 'both', 'each', 'all', 'none']);

/** "one of his senior aides" starting at word `from`: the quantifier, "of" and the group after it. */
function partitiveAt(words: readonly Word[], from: number): { phrase: Phrase; last: number } | null {
  const quantifier = words[from] as Word;
  if (!PARTITIVES.has(quantifier.lower) || words[from + 1]?.lower !== 'of') return null;
  const group = nounPhraseAfter(words, from + 2);
  if (!group || group.phrase.kind !== 'noun') return null;
  const text = `${quantifier.text} ${(words[from + 1] as Word).text} ${group.phrase.text}`;
  return { phrase: { ...group.phrase, start: quantifier.start, text }, last: group.last };
}

/** A common-noun phrase over words `first..last`, when its shape says it names a speaker. */
function commonNoun(words: readonly Word[], first: number, last: number): Phrase | null {
  const opener = words[first] as Word;
  const head = words[last] as Word;
  if (DETERMINERS.has(head.lower) || (head.lower.endsWith('ly') && !NOUNS_IN_LY.has(headNounOf(head)))) return null;
  const headNoun = bareLower(head);
  const opened = DETERMINERS.has(opener.lower) || isNumber(opener) || hasOwner(words, first, last);
  if (!opened && !GROUP_NOUNS.has(headNoun) && !isRoleNoun(headNoun)) return null;
  if (opened && first === last) return null;
  return {
    start: opener.start,
    end: head.end,
    kind: 'noun',
    text: words.slice(first, last + 1).map((w) => w.text).join(' '),
    ...(isRoleNoun(headNoun) ? { role: headNoun } : {}),
    possessive: isPossessive(head),
  };
}

/**
 * The speaker phrase starting at word `from` ("said former tech executive Carly Fiorina", "said
 * a source close to the campaign", "officials said"): a trailing name wins, else the noun phrase.
 */
export function nounPhraseAfter(words: readonly Word[], from: number): { phrase: Phrase; last: number } | null {
  let last = from - 1;
  while (last + 1 < words.length && last + 1 < from + MAX_PHRASE_WORDS && inPhrase(words[last + 1])) last++;
  if (last < from) return null;
  if (last === from) {
    const partitive = partitiveAt(words, from);
    if (partitive) return partitive;
  }
  const name = trailingName(words, from, last);
  if (name) return { phrase: name, last };
  if (POSTMODIFIERS.has((words[last] as Word).lower) && LINKS_AFTER_POSTMODIFIER.has(words[last + 1]?.lower ?? '')) {
    const object = nounPhraseAfter(words, last + 2);
    const head = commonNoun(words, from, last - 1);
    if (head && object) return { phrase: { ...head, end: object.phrase.end, text: `${head.text} ${(words[last] as Word).text} ${(words[last + 1] as Word).text} ${object.phrase.text}` }, last: object.last };
  }
  const noun = commonNoun(words, from, last);
  return noun ? { phrase: noun, last } : null;
}

/** Words of time order that break a phrase as adverbs ("said later") but qualify a noun after a determiner ("an earlier report"). */
const ORDER_ADJECTIVES: ReadonlySet<string> = new Set(['earlier', 'later', 'last', 'next']);

/** True when word `k` is a time-order adjective right after a determiner: "An earlier report", "the next poll". */
export function isOrderAdjective(words: readonly Word[], k: number): boolean {
  return ORDER_ADJECTIVES.has(words[k]?.lower ?? '') && DETERMINERS.has(words[k - 1]?.lower ?? '');
}

/** First word of the phrase ending at `last`: back to a determiner or a possessive owner. */
function phraseStart(words: readonly Word[], last: number): number {
  let first = last;
  while (first > 0 && first > last - MAX_PHRASE_WORDS + 1) {
    const w = words[first] as Word;
    if (DETERMINERS.has(w.lower) && first < last) return first;
    const prev = words[first - 1];
    if (prev === undefined || (!inPhrase(prev) && !DETERMINERS.has(prev.lower) && !isOrderAdjective(words, first - 1))) return first;
    if (isPossessive(w) && !prev.cap) return first;
    first--;
  }
  return first;
}

/** Quantifiers that stand alone for a group of people as a subject ("many said", "Some chanted"). */
const QUANTIFIER_SUBJECTS: ReadonlySet<string> = new Set(['many', 'some', 'several', 'most', 'others', 'few', 'both']);

/** Conjunctions after which a quantifier opens a clause of its own ("and many said"); not "which many". */
const CLAUSE_CONJUNCTIONS: ReadonlySet<string> = new Set(['and', 'but', 'while', 'yet']);

/** True when word `i` opens its sentence (its capital says nothing about it being a name). */
const opensSentence = (words: readonly Word[], i: number): boolean => i === 0 || SENTENCE_END.has((words[i - 1] as Word).text);

/** A group word standing alone as the subject: "many", "others", or "Officials" opening the sentence. */
function loneGroup(words: readonly Word[], last: number): Phrase | null {
  const head = words[last] as Word;
  const lower = bareLower(head);
  const previous = words[last - 1];
  const alone = opensSentence(words, last) || !previous?.isWord || CLAUSE_CONJUNCTIONS.has(previous.lower);
  if (!alone || !(QUANTIFIER_SUBJECTS.has(lower) || (head.cap && GROUP_NOUNS.has(lower)))) return null;
  if (head.cap && !opensSentence(words, last)) return null;
  return { start: head.start, end: head.end, kind: 'noun', text: head.text, possessive: isPossessive(head) };
}

/** The common-noun speaker ending at word `last` ("the moderator", "Rubio’s campaign", "officials"). */
export function nounPhraseEndingAt(words: readonly Word[], last: number): Phrase | null {
  const head = words[last];
  if (!head || !inPhrase(head)) return null;
  const group = loneGroup(words, last);
  if (group || head.cap) return group;
  const first = phraseStart(words, last);
  const before = words[first - 1];
  const owner = words[first - 2];
  if (before && LINKS_AFTER_POSTMODIFIER.has(before.lower) && owner && POSTMODIFIERS.has(owner.lower)) {
    const outer = commonNoun(words, phraseStart(words, first - 3), first - 3);
    if (outer) return { ...outer, end: head.end, text: `${outer.text} ${owner.text} ${before.text} ${words.slice(first, last + 1).map((w) => w.text).join(' ')}`, possessive: false };
  }
  return commonNoun(words, first, last);
}

/**
 * The speaker phrase starting at word `i`: a pronoun, role or name, or a longer phrase that ends
 * in a name ("former tech executive Carly Fiorina"), names a group ("a Democratic strategist") or
 * is owned by the name it starts with ("Powell’s office"); a role the name follows gives the
 * name ("the economist Ana Ruiz").
 */
export function speakerStartingAt(words: readonly Word[], i: number): { phrase: Phrase; last: number } | null {
  const simple = phraseStartingAt(words, i);
  const longer = nounPhraseAfter(words, i);
  const owned = simple?.phrase.possessive === true && longer !== null && longer.phrase.end > simple.phrase.end;
  const namedLater = longer?.phrase.kind === 'name' && simple !== null && longer.phrase.end > simple.phrase.end;
  const renamed = namedLater && (simple.phrase.kind === 'name' || simple.phrase.kind === 'role') && verbAfterName(words, simple.last, longer.last) < 0;
  if (simple && !owned && !renamed) return simple;
  return longer ?? simple;
}

/**
 * A common-noun subject opening a clause at word `from`, a determiner first ("The employee",
 * "One official at the agency", "the document"), ending before word `to`.
 */
export function nounSubjectOpening(words: readonly Word[], from: number, to: number): Phrase | null {
  if (!DETERMINERS.has(words[from]?.lower ?? '')) return null;
  const found = nounPhraseAfter(words, from);
  return found && found.last < to && !found.phrase.possessive && found.phrase.kind === 'noun' ? found.phrase : null;
}
