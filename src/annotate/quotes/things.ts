import type { AnnotatedArticle } from '../../model.ts';
import { SOURCE_NOUNS } from './data/sources.ts';
import { organisationBefore, type Group } from './groups.ts';
import { nounPhraseEndingAt } from './noun-phrases.ts';
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

/**
 * What "it" stands for as a speaker: the nearest organisation or source noun ("the report", "the
 * company") written in narration before it, in its sentence or the one or two before.
 */
export function thingBefore(article: AnnotatedArticle, registry: Registry, pos: number): Group | null {
  const here = sentenceAt(registry.sentences, pos);
  const first = registry.sentences[Math.max(0, here - THING_WINDOW)];
  if (!first) return null;
  const noun = sourceNounBefore(registry, first.start, pos);
  const organisation = organisationBefore(article, registry, first.start, pos);
  if (!noun || !organisation) return noun ?? organisation;
  return noun.end > organisation.end ? noun : organisation;
}
