import { withoutPossessive } from '../../lexicon/key.ts';
import { isRoleNoun, isTitleWord } from '../../lexicon/titles.ts';
import { BETWEEN_SUBJECT_AND_CUE, CUE_FORMS } from './data/cues.ts';
import { DETERMINERS, GROUP_NOUNS, PHRASE_BREAKS, POSTMODIFIERS } from './data/speaker-nouns.ts';
import { nameWithin, phraseStartingAt, type Phrase } from './phrases.ts';
import { isPossessive, type Word } from './tokens.ts';

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

/** A common-noun phrase over words `first..last`, when its shape says it names a speaker. */
function commonNoun(words: readonly Word[], first: number, last: number): Phrase | null {
  const opener = words[first] as Word;
  const head = words[last] as Word;
  if (DETERMINERS.has(head.lower) || head.lower.endsWith('ly')) return null;
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

/** First word of the phrase ending at `last`: back to a determiner or a possessive owner. */
function phraseStart(words: readonly Word[], last: number): number {
  let first = last;
  while (first > 0 && first > last - MAX_PHRASE_WORDS + 1) {
    const w = words[first] as Word;
    if (DETERMINERS.has(w.lower) && first < last) return first;
    const prev = words[first - 1];
    if (prev === undefined || (!inPhrase(prev) && !DETERMINERS.has(prev.lower))) return first;
    if (isPossessive(w) && !prev.cap) return first;
    first--;
  }
  return first;
}

/** The common-noun speaker ending at word `last` ("the moderator", "Rubio’s campaign", "officials"). */
export function nounPhraseEndingAt(words: readonly Word[], last: number): Phrase | null {
  const head = words[last];
  if (!head || !inPhrase(head) || head.cap) return null;
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
 * in a name ("former tech executive Carly Fiorina") or names a group ("a Democratic strategist").
 */
export function speakerStartingAt(words: readonly Word[], i: number): { phrase: Phrase; last: number } | null {
  const simple = phraseStartingAt(words, i);
  const longer = nounPhraseAfter(words, i);
  if (simple && (simple.phrase.kind !== 'name' || !longer || longer.phrase.kind !== 'name' || longer.phrase.end <= simple.phrase.end)) return simple;
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
