import type { Token } from '../../model.ts';
import { firstStartingAt } from '../../span.ts';
import type { Attribution } from './02-attribution.ts';
import { subjectBefore } from './02-attribution.ts';
import { BETWEEN_SUBJECT_AND_CUE } from './data/cues.ts';
import { speakerStartingAt } from './noun-phrases.ts';
import { wordsOf, type Word } from './tokens.ts';

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
    const token = tokens[firstStartingAt(tokens, word.start)];
    return token !== undefined && token.start === word.start && token.pos === 'VERB' && !NOT_SPEECH.has(word.lower);
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
  let k = subject.last + 1;
  while (k < words.length && k <= subject.last + 2 && BETWEEN_SUBJECT_AND_CUE.has((words[k] as Word).lower)) k++;
  const verb = words[k];
  if (!verb?.isWord || verb.cap) return null;
  return isVerb(verb) || (subject.phrase.kind !== 'noun' && isPastForm(verb)) ? { cue: cueOf(verb), phrase: subject.phrase } : null;
}

/**
 * `Rubio fired back: “...”` / `Kasich resisted: “...”`: a verb that is not a known cue right
 * before the colon opening a quote, its subject right before it.
 */
export function verbBefore(text: string, from: number, to: number, isVerb: VerbTest): Attribution | null {
  const words = wordsOf(text, Math.max(from, to - REACH), to);
  let j = words.length - 1;
  if (words[j]?.text !== ':') return null;
  j--;
  if (PARTICLES.has(words[j]?.lower ?? '') && words[j - 1]?.isWord) j--;
  const verb = words[j];
  if (!verb?.isWord || verb.cap || !isVerb(verb)) return null;
  const phrase = subjectBefore(words, j, 1);
  return phrase && phrase.kind !== 'noun' ? { cue: cueOf(verb), phrase } : null;
}
