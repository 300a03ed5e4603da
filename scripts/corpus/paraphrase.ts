/**
 * One article's body as a paraphrase of its story: drop 10-40% of the sentences, reorder a few,
 * vary the lead, change a few words, cut to the article's length (briefs keep only the top), and
 * group sentences into paragraphs. Each step is its own function over a list of sentences.
 */
import { synonyms } from './lexicon.ts';
import type { Rng } from './random.ts';
import type { StoryText } from './story.ts';

const briefShare = 0.05;
const swapShare = 0.12;
const reworded = 3;
const synonymPattern = new RegExp(`\\b(?:${[...synonyms.keys()].join('|')})\\b`);

/** Keeps each sentence with probability 1 - dropRate (rate 10-40%); the lead usually survives. */
export function dropSentences(rng: Rng, sentences: readonly string[]): string[] {
  const dropRate = 0.1 + rng.next() * 0.3;
  const kept = sentences.filter((_, i) => (i === 0 ? rng.chance(0.85) : !rng.chance(dropRate)));
  return kept.length > 0 ? kept : sentences.slice(0, 1);
}

/** Swaps a few neighbouring sentences after the lead. */
export function reorderSome(rng: Rng, sentences: string[]): string[] {
  for (let i = 1; i + 1 < sentences.length; i++) {
    if (!rng.chance(swapShare)) continue;
    [sentences[i], sentences[i + 1]] = [sentences[i + 1] as string, sentences[i] as string];
    i++;
  }
  return sentences;
}

/** Varies the lead: the second sentence first, a dateline, or as it was. */
export function varyLead(rng: Rng, sentences: string[], place: string): string[] {
  const r = rng.next();
  if (r < 0.2 && sentences.length > 1) {
    [sentences[0], sentences[1]] = [sentences[1] as string, sentences[0] as string];
  } else if (r < 0.5) {
    sentences[0] = `${place.toUpperCase()} — ${sentences[0] ?? ''}`;
  }
  return sentences;
}

/** Keeps the top sentences until `target` characters (at least one). */
export function cutToLength(sentences: readonly string[], target: number): string[] {
  const kept: string[] = [];
  let length = 0;
  for (const sentence of sentences) {
    if (kept.length > 0 && length >= target) break;
    kept.push(sentence);
    length += sentence.length + 1;
  }
  return kept;
}

/** Replaces one interchangeable word in each of a few random sentences. */
export function rewordSome(rng: Rng, sentences: string[]): string[] {
  for (let n = 0; n < reworded && sentences.length > 0; n++) {
    const i = rng.int(sentences.length);
    sentences[i] = (sentences[i] as string).replace(synonymPattern, (word) => rng.pick(synonyms.get(word) ?? [word]));
  }
  return sentences;
}

/** Groups sentences into paragraphs of 1-3 sentences, separated by blank lines. */
export function paragraphs(rng: Rng, sentences: readonly string[]): string {
  const parts: string[] = [];
  let left = 0;
  for (const sentence of sentences) {
    if (parts.length > 0) parts.push(left > 0 ? ' ' : '\n\n');
    if (left === 0) left = rng.between(1, 3);
    parts.push(sentence);
    left--;
  }
  return parts.join('');
}

/** The article's length: a 250-600 character brief now and then, otherwise around the story's scale. */
export function articleLength(rng: Rng, story: StoryText): number {
  return rng.chance(briefShare) ? rng.between(250, 600) : Math.round(story.scale * (0.75 + rng.next() * 0.4));
}

export interface Body {
  readonly sentences: readonly string[];
  readonly text: string;
}

export function paraphrase(rng: Rng, story: StoryText): Body {
  const target = articleLength(rng, story);
  const varied = varyLead(rng, reorderSome(rng, dropSentences(rng, story.sentences)), story.place);
  const sentences = rewordSome(rng, cutToLength(varied, target));
  return { sentences, text: paragraphs(rng, sentences) };
}
