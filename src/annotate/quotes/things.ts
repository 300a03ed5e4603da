import type { AnnotatedArticle, Token } from '../../model.ts';
import { indexStartingAt } from '../../span.ts';
import { SOURCE_NOUNS } from './data/sources.ts';
import { organisationBefore, type Group } from './groups.ts';
import { isRoleNoun } from '../../lexicon/titles.ts';
import { nounPhraseEndingAt, nounSubjectOpening } from './noun-phrases.ts';
import { sentenceAt, type Registry } from './registry.ts';
import { wordsOf, type Word } from './tokens.ts';

/** How many sentences back "it" may find what it stands for. */
const THING_WINDOW = 2;

/** The nearest singular source noun before `pos` in narration ("the report", "the company"). */
function sourceNounBefore(registry: Registry, from: number, pos: number): Group | null {
  const words = wordsOf(registry.masked, from, pos);
  for (let k = words.length - 1; k >= 0; k--) {
    const w = words[k] as Word;
    if (!SOURCE_NOUNS.has(w.lower)) continue;
    const phrase = nounPhraseEndingAt(words, k);
    if (phrase) return { start: phrase.start, end: w.end, name: phrase.text };
  }
  return null;
}

/** A singular thing, not a person or a group: "the email", "The Japanese constitution". */
function isThing(head: string): boolean {
  return !isRoleNoun(head) && !(head.endsWith('s') && !head.endsWith('ss'));
}

/** The last word of the noun phrase ending at `last` once a verb inside it is cut off ("The constitution makes no mention"). */
function beforeVerb(tokens: readonly Token[], words: readonly Word[], last: number): number {
  for (let k = 1; k <= last; k++) {
    const token = tokens[indexStartingAt(tokens, (words[k] as Word).start)];
    if (token?.pos === 'VERB' || token?.pos === 'AUX') return k - 1;
  }
  return last;
}

/**
 * The common-noun subject of the sentence "it" is in (before it) or of the one before, when it
 * names a singular thing ("The email includes a photo. At the bottom it reads").
 */
export function thingSubjectBefore(article: AnnotatedArticle, registry: Registry, pos: number): Group | null {
  const here = sentenceAt(registry.sentences, pos);
  for (let s = here; s >= Math.max(0, here - 1); s--) {
    const sentence = registry.sentences[s];
    if (!sentence) continue;
    const words = wordsOf(registry.masked, sentence.start, Math.min(sentence.end, pos));
    const phrase = nounSubjectOpening(words, 0, words.length);
    const last = phrase ? beforeVerb(article.tokens, words, words.findIndex((w) => w.end === phrase.end)) : 0;
    const head = words[last];
    if (phrase && head && last > 0 && isThing(head.lower)) return { start: phrase.start, end: head.end, name: registry.masked.slice(phrase.start, head.end) };
  }
  return null;
}

/**
 * What "it" stands for as a speaker: the nearest organisation or source noun ("the report", "the
 * company") written in narration before it, in its sentence or the one or two before.
 */
export function thingBefore(article: AnnotatedArticle, registry: Registry, pos: number): Group | null {
  const here = sentenceAt(registry.sentences, pos);
  const first = registry.sentences[Math.max(0, here - THING_WINDOW)];
  if (!first) return null;
  const subject = thingSubjectBefore(article, registry, pos);
  if (subject) return subject;
  const noun = sourceNounBefore(registry, first.start, pos);
  const organisation = organisationBefore(article, registry, first.start, pos);
  if (!noun || !organisation) return noun ?? organisation;
  return noun.end > organisation.end ? noun : organisation;
}
