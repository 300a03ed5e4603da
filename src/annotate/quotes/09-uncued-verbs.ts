import type { Token } from '../../model.ts';
import type { Attribution } from './02-attribution.ts';
import { subjectBefore } from './02-attribution.ts';
import { BETWEEN_SUBJECT_AND_CUE } from './data/cues.ts';
import { speakerStartingAt } from './noun-phrases.ts';
import type { Phrase } from './phrases.ts';
import { MASK, tagAt, wordsOf, type Word } from './tokens.ts';

/** Tells whether a word is a verb, as the tokenizer tagged it. */
export type VerbTest = (word: Word) => boolean;

/** How far (in characters) after a closing mark the subject and verb are looked for. */
const REACH = 80;
/** Adverbial particles of phrasal verbs before a quote ("shot back", "cut in"). */
const PARTICLES = new Set(['back', 'in', 'out', 'up', 'on']);
/** Verbs that never introduce what follows as someone's words. */
const NOT_SPEECH = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'has', 'have', 'had', 'do', 'does', 'did', 'include', 'includes', 'included', 'including']);

/** A verb test over the article's tagged tokens: the token starting where the word starts is a VERB. */
export function verbTagger(tokens: readonly Token[]): VerbTest {
  return (word) => {
    return tagAt(tokens, word.start) === 'VERB' && !NOT_SPEECH.has(word.lower);
  };
}

const cueOf = (w: Word): Attribution['cue'] => ({ start: w.start, end: w.end, text: w.text });

/** A past form the tagger may read as an adjective ("Smith fumed."): after a named subject, its verb. */
const isPastForm = (w: Word): boolean => /^[a-z]{3,}ed$/.test(w.lower) && !NOT_SPEECH.has(w.lower);

/**
 * `“...,” Smith barked.` / `“...!” beamed Jane Doe.`: after a quote ending in a comma, question or
 * exclamation mark, a subject then a verb that is not a known cue (or the verb then a name) still
 * says who spoke.
 */
export function verbAfter(text: string, from: number, to: number, isVerb: VerbTest): Attribution | null {
  const words = wordsOf(text, from, Math.min(to, from + REACH));
  const first = words[0];
  if (first?.isWord && !first.cap && isVerb(first)) {
    const inverted = speakerStartingAt(words, 1);
    return inverted?.phrase.kind === 'name' && !inverted.phrase.possessive ? { cue: cueOf(first), phrase: inverted.phrase } : null;
  }
  const subject = speakerStartingAt(words, 0);
  if (!subject || subject.phrase.possessive) return null;
  const swallowed = verbEndingNounPhrase(words, subject.last, isVerb);
  if (swallowed) return { cue: cueOf(words[swallowed.verb] as Word), phrase: swallowed.phrase };
  const closing = (k: number): boolean => isClosingVerb(words, k) && (subject.phrase.kind !== 'noun' || isVerb(words[k] as Word) || !isPastForm(words[k] as Word));
  if (closing(subject.last + 1)) return { cue: cueOf(words[subject.last + 1] as Word), phrase: subject.phrase };
  let k = subject.last + 1;
  while (k < words.length && k <= subject.last + 2 && BETWEEN_SUBJECT_AND_CUE.has((words[k] as Word).lower)) k++;
  const verb = words[k];
  if (!verb?.isWord || verb.cap) return null;
  return closing(k) || isVerb(verb) || (subject.phrase.kind !== 'noun' && isPastForm(verb)) ? { cue: cueOf(verb), phrase: subject.phrase } : null;
}

/** What closes an attribution after its verb: punctuation, the next quote, or the end of the paragraph. */
const CLOSING_MARKS: ReadonlySet<string> = new Set(['.', ',', ';', '!', '?', MASK]);
/** Lower-case words that may close a phrase after a quote without being its verb (`“...,” Smith too.`). */
const NOT_VERBS: ReadonlySet<string> = new Set(['too', 'alone', 'aside', 'instead', 'included', 'first', 'here', 'there', 'himself', 'herself', 'themselves', 'itself']);

/**
 * True when the word at `k` is a lower-case word that ends the attribution, an adverbial particle
 * perhaps after it (`“...,” Conway notes.`, `“...,” Trump went on, as if`): in that slot, right
 * after a subject after a quote, it is the verb whatever the tagger read (a noun, "read").
 */
export function isClosingVerb(words: readonly Word[], k: number): boolean {
  const verb = words[k];
  if (!verb?.isWord || verb.cap || NOT_VERBS.has(verb.lower) || NOT_SPEECH.has(verb.lower) || PARTICLES.has(verb.lower)) return false;
  const next = PARTICLES.has(words[k + 1]?.lower ?? '') ? k + 2 : k + 1;
  const after = words[next];
  return after === undefined || CLOSING_MARKS.has(after.text) || after.text.startsWith(MASK);
}

/**
 * A common-noun phrase that took the verb closing the attribution for its head (`“...,” the email
 * read.`, `the crowd cried out,`): the phrase without it, when the words before still make one. A
 * past form the tagger did not read as a verb stays an adjective (`the committee undecided`).
 */
function verbEndingNounPhrase(words: readonly Word[], last: number, isVerb: VerbTest): { phrase: Phrase; verb: number } | null {
  const verb = PARTICLES.has((words[last] as Word).lower) ? last - 1 : last;
  if (verb < 2 || !isClosingVerb(words, verb) || (isPastForm(words[verb] as Word) && !isVerb(words[verb] as Word))) return null;
  const shorter = speakerStartingAt(words.slice(0, verb), 0);
  return shorter?.phrase.kind === 'noun' && shorter.last === verb - 1 ? { phrase: shorter.phrase, verb } : null;
}

/** An adverb of manner between a verb and its colon ("fired back forcefully:"). */
const isMannerAdverb = (w: Word | undefined): boolean => w !== undefined && w.isWord && !w.cap && /^[a-z]{4,}ly$/.test(w.lower);

/**
 * `Rubio fired back: “...”` / `Kasich resisted: “...”`: a verb that is not a known cue right
 * before the colon opening a quote (an adverb of manner perhaps between: "fired back forcefully:"),
 * its subject right before it.
 */
export function verbBefore(text: string, from: number, to: number, isVerb: VerbTest): Attribution | null {
  const words = wordsOf(text, Math.max(from, to - REACH), to);
  let j = words.length - 1;
  if (words[j]?.text !== ':') return null;
  j--;
  if (isMannerAdverb(words[j])) j--;
  if (PARTICLES.has(words[j]?.lower ?? '') && words[j - 1]?.isWord) j--;
  const verb = words[j];
  if (!verb?.isWord || verb.cap || !isVerb(verb)) return null;
  const phrase = subjectBefore(words, j, 1);
  return phrase && phrase.kind !== 'noun' ? { cue: cueOf(verb), phrase } : null;
}
