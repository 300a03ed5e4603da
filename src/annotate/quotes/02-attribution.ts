import { indexStartingAt } from '../../span.ts';
import type { Span } from '../../model.ts';
import { TIME_WORDS } from './data/clauses.ts';
import { BETWEEN_SUBJECT_AND_CUE, CUE_OBJECTS, isCue, NAMING_FORMS } from './data/cues.ts';
import { countEndingAt } from './counts.ts';
import { DETERMINERS } from './data/speaker-nouns.ts';
import { verbBeforeObject } from './coordinated-objects.ts';
import { clauseSubject, isPartyTag } from './clause-subjects.ts';
import { antecedentOf, relativeClauseHead, restrictiveAntecedent, restrictiveClauseHead } from './relatives.ts';
import { appositionBefore, appositionClosing, parentheticalClosing, parentheticalOpening } from './appositions.ts';
import { nounPhraseEndingAt, speakerStartingAt } from './noun-phrases.ts';
import { phraseEndingAt, phraseStartingAt, type Phrase } from './phrases.ts';
import { prepositionBefore } from './prepositional.ts';
import { mainClauseSubject, opensParticiplePhrase, subordinatorBefore } from './participles.ts';
import { cueAfterDescribingPhrase } from './postmodifiers.ts';
import { quotingVerbBefore } from './quoting-verbs.ts';
import { MASK, SENTENCE_END, wordsOf, type Word } from './tokens.ts';

/** The cue a quote hangs on and the words that name its speaker (null: cue without a subject). */
export interface Attribution {
  readonly cue: Span & { readonly text: string };
  readonly phrase: Phrase | null;
}

/** How far (in characters) around a quote its cue is looked for. */
const REACH = 160;
const CLAUSE_LINKS = new Set(['and', 'but', ',', 'to', 'by', '-', '\u2013', '\u2014']);
/** Skipped words after which the word before is no longer the cue's subject ("his words and said"). */
const CLAUSE_LINK_WORDS = new Set(['and', 'to', 'on', 'went']);
const NOT_SKIPPED = new Set(['that', 'which', 'who', 'because', 'if', 'when', 'while', 'whom', 'whose']);
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'me', 'us', 'reporters', 'journalists']);


/** The cue word, with its object when that belongs to it ("told reporters"). */
function cueAt(words: readonly Word[], i: number, text: string): Attribution['cue'] {
  const word = words[i] as Word;
  const after = text.slice(word.end + 1, word.end + 40);
  const object = /^t[eo]l[dl]/i.test(word.lower) ? CUE_OBJECTS.exec(after)?.[0] : undefined;
  const end = object === undefined ? word.end : word.end + 1 + object.length;
  return { start: word.start, end, text: text.slice(word.start, end) };
}

/**
 * The subject of the cue at `cue`: a pronoun, role, name or count of people ("47% say") at most
 * `maxGap` plain words before it ("she did not accept and replied"). Possessives and relative clauses are never subjects.
 */
export function subjectBefore(words: readonly Word[], cue: number, maxGap: number): Phrase | null {
  let gap = 0;
  let linked = false;
  /** A prepositional phrase was skipped: "it" before it is an object ("put it in the file"). */
  let skippedPrepositionalPhrase = false;
  for (let j = cue - 1, skipped = 0; j >= 0 && skipped < 8; j--) {
    const w = words[j] as Word;
    if (w.text === ')' && (!phraseEndingAt(words, j) || isPartyTag(words, j))) {
      const open = parentheticalOpening(words, j);
      if (open > 0) {
        j = open;
        continue;
      }
    }
    if (w.text === ',') {
      const who = skipRelativeClause(words, j);
      if (who !== j) {
        j = who;
        continue;
      }
    }
    if (isTimeWord(w)) {
      skipped++;
      continue;
    }
    const adjacent = gap === 0 && !linked;
    if (w.text === ',' && adjacent && !(words[cue] as Word).lower.endsWith('ing')) return appositionBefore(words, j);
    const count = adjacent ? countEndingAt(words, j) : null;
    if (count) return count;
    const name = phraseEndingAt(words, j);
    const noun = name || !adjacent ? null : nounPhraseEndingAt(words, j);
    if (noun && isObjectOfParticiple(words, cue, noun)) return clauseSubject(words, sentenceStart(words, j), indexAt(words, noun.start));
    const phrase = name ?? noun;
    const preposition = phrase ? prepositionBefore(words, phrase, j) : -1;
    if (preposition >= 0) {
      j = preposition;
      skipped++;
      skippedPrepositionalPhrase = true;
      continue;
    }
    if (phrase?.text.toLowerCase() === 'it' && skippedPrepositionalPhrase) return null;
    const verb = phrase && linked && gap === 0 ? verbBeforeObject(words, phrase, j) : -1;
    if (verb >= 0) return subjectBefore(words, verb, maxGap);
    const described = phrase && phrase.kind !== 'pronoun' ? restrictiveClauseHead(words, indexAt(words, phrase.start)) : null;
    if (phrase) return described ?? (phrase.possessive ? null : phrase);
    if (RELATIVE_SUBJECTS.has(w.lower) && gap === 0 && !linked) return antecedentOf(words, j);
    if (RELATIVE_SUBJECTS.has(w.lower)) return restrictiveAntecedent(words, j);
    if (w.lower === 'that' && gap > 0 && !linked && !DETERMINERS.has(words[cue - 1]?.lower ?? '')) return relativeClauseHead(words, j);
    if (!w.isWord || w.cap || NOT_SKIPPED.has(w.lower)) return null;
    skipped++;
    if (CLAUSE_LINK_WORDS.has(w.lower)) linked = true;
    if (!BETWEEN_SUBJECT_AND_CUE.has(w.lower) && ++gap > maxGap) return null;
  }
  return null;
}

/** A time word before a cue ("The mayor earlier this month said"): skipped, never the subject; a capitalised one only when a weekday. */
function isTimeWord(w: Word): boolean {
  return w.isWord && TIME_WORDS.has(w.lower) && (!w.cap || WEEKDAYS.has(w.lower));
}
const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight']);

/** Index of the word starting at offset `start` (the first word when none does). */
function indexAt(words: readonly Word[], start: number): number {
  return Math.max(0, indexStartingAt(words, start));
}

/**
 * A noun phrase right before a participle cue that is the object of a verb or a preposition
 * ("Smith issued a statement saying", "in the past describing"): not the cue's subject.
 */
export function isObjectOfParticiple(words: readonly Word[], cue: number, noun: Phrase): boolean {
  if (!(words[cue] as Word).lower.endsWith('ing')) return false;
  let at = indexAt(words, noun.start) - 1;
  if (CURRENCY.test(words[at]?.text ?? '')) at--;
  const before = words[at];
  return before !== undefined && before.isWord && !before.cap && !CLAUSE_LINKS.has(before.lower);
}

/** A currency sign opening a noun phrase ("a $1 million campaign"). */
const CURRENCY = /^[$€£¥]$/u;

/** Relative pronouns that stand for the phrase before them as the subject of a cue ("Smith, who said"). */
const RELATIVE_SUBJECTS = new Set(['who']);

/** Relative pronouns opening an aside between commas (", who was speaking at ...,", ", whose firm ...,"). */
const CLAUSE_SKIPPED_RELATIVES = new Set(['who', 'which', 'whose']);

/** From the comma closing ", who was speaking at ...," back to the word before its opening comma. */
function skipRelativeClause(words: readonly Word[], comma: number): number {
  for (let k = comma - 1; k > 0 && k > comma - 25; k--) {
    const w = words[k] as Word;
    if (CLAUSE_SKIPPED_RELATIVES.has(w.lower) && words[k - 1]?.text === ',') return k - 1;
    if (SENTENCE_END.has(w.text)) break;
  }
  return comma;
}

/** Words that may stand between a link and its cue ("and then said", ", falsely suggesting"). */
const isLinkAdverb = (w: Word | undefined): boolean => w !== undefined && (LINK_ADVERBS.has(w.lower) || (w.lower.endsWith('ly') && w.lower.length > 4));
const LINK_ADVERBS = new Set(['then', 'also', 'later', 'again', 'still', 'only', 'now']);

/**
 * A cue whose subject is the clause's: after a comma, a dash or "and"/"but" ("..., saying",
 * "but said", "– saying", "..., then says", "..., falsely suggesting").
 */
export function sharedSubject(words: readonly Word[], cue: number, from: number): Phrase | null {
  let link = cue - 1;
  if (isLinkAdverb(words[link])) link--;
  return CLAUSE_LINKS.has(words[link]?.lower ?? '') ? clauseSubject(words, from, cue) : null;
}

/**
 * The subject of a cue opening its sentence (from word `from`) as a participle phrase: the main
 * clause's ("Noting that ..., Smith put", "Having said that ..., the mayor left"), else null.
 */
export function openingParticipleSubject(words: readonly Word[], cue: number, from: number): Phrase | null {
  return opensParticiplePhrase(words, cue, from) ? mainClauseSubject(words, cue) : null;
}

/**
 * The subject of "quoted X as saying" for the participle cue at `cue` (the sentence from word
 * `from`): whoever quoted the words ("The paper quoted an aide as saying" -> "The paper"), else null.
 */
export function quoterBefore(words: readonly Word[], cue: number, from: number): Phrase | null {
  const verb = quotingVerbBefore(words, cue, from);
  return verb < 0 ? null : (subjectBefore(words, verb, 4) ?? sharedSubject(words, verb, from));
}

/**
 * The subject of a participle cue tied to a clause by a subordinator: the subject of the clause
 * before it (`Smith said, while arguing that`, `declined, before predicting`), or of the main
 * clause after a sentence-opening phrase (`Since announcing that ..., Smith has`). `from` is the
 * first word of the sentence.
 */
export function subordinatedParticipleSubject(words: readonly Word[], cue: number, from: number): Phrase | null {
  if (!(words[cue] as Word).lower.endsWith('ing')) return null;
  const link = subordinatorBefore(words, cue);
  if (link < from) return null;
  return link === from ? mainClauseSubject(words, cue) : clauseSubject(words, from, link);
}

/**
 * The subject of a linked cue written before an earlier quote of its sentence (`Smith defended
 * “...,” saying`, the comma inside the masked quote): when the words searched started at that quote (`from`) with no sentence start
 * found (`start` 0), the clause is read again from further back in the masked text.
 */
function sharedBeforeQuote(text: string, from: number, start: number, cue: Word): Phrase | null {
  if (start !== 0 || from === 0) return null;
  const words = wordsOf(text, Math.max(0, cue.start - REACH * 2), cue.start);
  const opening = sentenceStart(words, words.length);
  const afterQuote = words[words.length - 1]?.text.startsWith(MASK) === true && cue.lower.endsWith('ing');
  return afterQuote ? clauseSubject(words, opening, words.length - 1) : sharedSubject(words, words.length, opening);
}

/**
 * The subject of the sentence a quote at `to` sits in, read back from its opening mark to the
 * sentence start (not before `from`): `Smith defended “...,” saying` gives Smith.
 */
export function subjectBeforeQuote(text: string, from: number, to: number): Phrase | null {
  const words = wordsOf(text, Math.max(from, to - REACH * 2), to);
  return clauseSubject(words, sentenceStart(words, words.length), words.length);
}

/** A common-noun speaker with the words describing it up to `last` ("a spokesman for the campaign"). */
function extendedTo(phrase: Phrase, last: Word, text: string): Phrase {
  return { ...phrase, end: last.end, text: text.slice(phrase.start, last.end) };
}

/** Past a second name joined by "and" at word `k` (`“...,” Ana Ruiz and Tom Reed wrote`): the next word; else `k`. */
function afterCoordinatedName(words: readonly Word[], k: number): number {
  if (words[k]?.lower !== 'and') return k;
  const partner = phraseStartingAt(words, k + 1);
  return partner?.phrase.kind === 'name' && !partner.phrase.possessive ? partner.last + 1 : k;
}

/**
 * The subject written after a cue that follows a quote (`“...,” said Smith`); a participle takes
 * none there, the name after it is its object (`“...,” telling Fox 35 that`).
 */
export function invertedSubject(words: readonly Word[], cue: number): Phrase | null {
  if ((words[cue] as Word).lower.endsWith('ing')) return null;
  return speakerStartingAt(words, cue + 1)?.phrase ?? null;
}

/** `“...,” she said` / `“...,” said Smith, who ...` : the cue right after the closing mark. */
export function cueAfter(text: string, from: number, to: number): Attribution | null {
  const words = wordsOf(text, from, Math.min(to, from + REACH));
  let i = 0;
  while (i < words.length && /^[,;'’\u2014\u2013-]$/.test((words[i] as Word).text)) i++;
  if (isCue(words[i])) return { cue: cueAt(words, i, text), phrase: invertedSubject(words, i) };
  const subject = speakerStartingAt(words, i);
  if (!subject || subject.phrase.possessive) return null;
  let phrase = subject.phrase;
  let k = subject.last + 1;
  if (words[k]?.text === '(') k = parentheticalClosing(words, k) + 1;
  if (words[k]?.text === ',') {
    const closing = appositionClosing(words, k);
    if (closing < 0) return null;
    const inner = phraseStartingAt(words, k + 1);
    if (inner?.phrase.kind === 'name' && inner.last === closing - 1 && phrase.kind !== 'name') phrase = inner.phrase;
    k = closing + 1;
  }
  k = afterCoordinatedName(words, k);
  const described = cueAfterDescribingPhrase(words, k);
  if (described >= 0) return { cue: cueAt(words, described, text), phrase: phrase.kind === 'noun' ? extendedTo(phrase, words[described - 1] as Word, text) : phrase };
  for (let gap = 0; gap <= 3 && k < words.length; gap++, k++) {
    if (isCue(words[k])) return { cue: cueAt(words, k, text), phrase };
    if (!BETWEEN_SUBJECT_AND_CUE.has(words[k]?.lower ?? '')) return null;
  }
  return null;
}

/** Index of the first word of the sentence that ends at the end of `words`. */
function sentenceStart(words: readonly Word[], end: number): number {
  for (let k = end - 1; k >= 0; k--) if (SENTENCE_END.has((words[k] as Word).text) && !isInsideClause(words, k)) return k + 1;
  return 0;
}

/** A period at `k` that a comma or a closing bracket follows (`(I-Vt.) visited`, `Pa., said`): an abbreviation's, not a sentence end. */
function isInsideClause(words: readonly Word[], k: number): boolean {
  const next = words[k + 1]?.text;
  return next === ',' || next === ')';
}

/**
 * "a group called “Project Blue”": a naming participle between a common noun and the opening mark
 * (the last of `words`) gives a name, not anyone's words (unlike "what he called “...”",
 * "Smith called ...", "officials called the plan “...”").
 */
export function namesTheQuote(words: readonly Word[], verb: number): boolean {
  const w = words[verb] as Word;
  const before = words[verb - 1];
  if (verb !== words.length - 1 || !NAMING_FORMS.has(w.lower) || !w.lower.endsWith('ed') || !before?.isWord || before.cap) return false;
  return phraseEndingAt(words, verb - 1)?.kind !== 'pronoun' && !BETWEEN_SUBJECT_AND_CUE.has(before.lower);
}

/**
 * The subject a linked cue at `cue` shares with its clause (`..., saying`, `but said`, `while
 * arguing`). When the words read start after an earlier quote of the sentence rather than at its
 * start (`Smith visited NBC’s “Today” to discuss ..., saying`), the clause is read from further back first.
 */
function linkedSubject(text: string, from: number, words: readonly Word[], cue: number, start: number): Phrase | null {
  const cueWord = words[cue] as Word;
  const fromFurtherBack = startsInClause(text, from, start) ? sharedBeforeQuote(text, from, start, cueWord) : null;
  return fromFurtherBack ?? sharedSubject(words, cue, start) ?? subordinatedParticipleSubject(words, cue, start) ?? sharedBeforeQuote(text, from, start, cueWord);
}

/** True when the words read from `from` (no sentence start among them) begin right after a quote that a lower-case word follows. */
function startsInClause(text: string, from: number, start: number): boolean {
  return start === 0 && from > 0 && text.charAt(from - 1) === MASK && /^\s{0,2}\p{Ll}/u.test(text.slice(from, from + 3));
}

/** `Smith said to her: “...”` / `She doubled down, saying, “...”`: the cue right before the mark. */
export function cueBefore(text: string, from: number, to: number): Attribution | null {
  const words = wordsOf(text, Math.max(from, to - REACH * 2), to);
  let j = words.length - 1;
  if (/^[,:?\u2014\u2013]$/.test(words[j]?.text ?? '')) j--;
  if (OBJECT_PRONOUNS.has(words[j]?.lower ?? '')) j -= words[j - 1]?.lower === 'to' ? 2 : 1;
  if (!isCue(words[j]) || namesTheQuote(words, j)) return null;
  const start = sentenceStart(words, j);
  const phrase = openingParticipleSubject(words, j, start) ?? quoterBefore(words, j, start) ?? subjectBefore(words, j, 0) ?? linkedSubject(text, from, words, j, start);
  return { cue: cueAt(words, j, text), phrase };
}

/**
 * A cue earlier in the quote's sentence (`replied that the plan is “dead.”`): the
 * last cue word before the mark, its subject a few words before it or the clause's subject.
 */
export function cueInSentence(text: string, from: number, to: number): Attribution | null {
  const words = wordsOf(text, Math.max(from, to - REACH * 2), to);
  const start = sentenceStart(words, words.length);
  for (let j = words.length - 1; j >= start; j--) {
    if (!isCue(words[j]) || namesTheQuote(words, j)) continue;
    const phrase = openingParticipleSubject(words, j, start) ?? quoterBefore(words, j, start) ?? subjectBefore(words, j, 4) ?? linkedSubject(text, from, words, j, start);
    return { cue: cueAt(words, j, text), phrase };
  }
  return null;
}
