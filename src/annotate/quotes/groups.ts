import type { AnnotatedArticle, Span } from '../../model.ts';
import { GROUP_NOUNS } from './data/speaker-nouns.ts';
import { nounPhraseEndingAt } from './noun-phrases.ts';
import { phraseEndingAt, phraseStartingAt, type Phrase } from './phrases.ts';
import { sentenceAt, type Registry } from './registry.ts';
import { wordsOf, type Word } from './tokens.ts';

/** How many sentences back "they" may find its group. */
const GROUP_WINDOW = 3;

/** A group "they" stands for: its name as written and where. */
export interface Group extends Span {
  readonly name: string;
}

/** The nearest plural group noun before `pos` in narration ("officials", "the two senators"). */
function groupNounBefore(registry: Registry, from: number, pos: number): Group | null {
  const words = wordsOf(registry.masked, from, pos);
  for (let k = words.length - 1; k >= 0; k--) {
    const w = words[k] as Word;
    if (!GROUP_NOUNS.has(w.lower)) continue;
    const phrase = nounPhraseEndingAt(words, k);
    return { start: phrase?.start ?? w.start, end: w.end, name: phrase?.text ?? w.text };
  }
  return null;
}

/** The nearest organisation the entities stage found before `pos`, from `from` on. */
export function organisationBefore(article: AnnotatedArticle, registry: Registry, from: number, pos: number): Group | null {
  let best: Group | null = null;
  for (const entity of article.entities) {
    if (entity.type !== 'organization') continue;
    for (const m of entity.mentions) {
      if (m.start < from || m.end > pos || (best && m.end <= best.end) || registry.masked.charAt(m.start) !== article.text.charAt(m.start)) continue;
      best = { start: m.start, end: m.end, name: entity.name };
    }
  }
  return best;
}

/** The nearest two people named together before `pos` ("Professors Ana Ruiz and Tom Reed"): both names. */
export function namedPairBefore(registry: Registry, from: number, pos: number): Group | null {
  const words = wordsOf(registry.masked, from, pos);
  for (let k = words.length - 2; k > 0; k--) {
    if ((words[k] as Word).lower !== 'and') continue;
    const first = phraseEndingAt(words, k - 1);
    const second = phraseStartingAt(words, k + 1)?.phrase;
    if (!isPersonName(first) || !isPersonName(second)) continue;
    return { start: first.start, end: second.end, name: `${first.text} and ${second.text}` };
  }
  return null;
}

const isPersonName = (phrase: Phrase | null | undefined): phrase is Phrase => phrase?.kind === 'name' && !phrase.nonPerson && !phrase.possessive;

/**
 * What "they" stands for: the nearest plural group noun, organisation or pair of people named
 * together in narration before it, in its sentence or the few before; null when there is none.
 */
export function groupBefore(article: AnnotatedArticle, registry: Registry, pos: number): Group | null {
  const here = sentenceAt(registry.sentences, pos);
  const first = registry.sentences[Math.max(0, here - GROUP_WINDOW)];
  if (!first) return null;
  const found = [groupNounBefore(registry, first.start, pos), organisationBefore(article, registry, first.start, pos), namedPairBefore(registry, first.start, pos)];
  return found.reduce<Group | null>((best, group) => (group && (!best || group.end > best.end) ? group : best), null);
}
