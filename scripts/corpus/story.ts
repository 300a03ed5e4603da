/**
 * The text of one story: sentences sampled from 1-3 base texts (more for longreads), rendered
 * with the story's own invented names, numbers, years and months. Every article of the story is
 * a paraphrase of this pool. Built from the story's own random stream, so any story can be
 * rebuilt alone.
 */
import { months } from './lexicon.ts';
import { givenNames, inventAcronym, inventWord, nameWord } from './names.ts';
import { Rng, streams } from './random.ts';
import type { Slot, SourceText, Template } from './template.ts';

export interface StoryText {
  readonly sentences: readonly string[];
  /** The usual length of its articles, in characters. */
  readonly scale: number;
  /** A place name for datelines. */
  readonly place: string;
}

const longreadShare = 0.03;
const famousShare = 0.12;
const poolSlack = 1.45;
const maxBaseTexts = 10;

/** The usual article length of a story: lognormal around 3 KB, a few longreads of 10-16 KB. */
export function storyScale(rng: Rng): number {
  if (rng.chance(longreadShare)) return rng.between(10_000, 16_000);
  return Math.min(9000, Math.max(1200, Math.round(rng.lognormal(3000, 0.35))));
}

function baseTextCount(rng: Rng): number {
  const r = rng.next();
  return r < 0.5 ? 1 : r < 0.85 ? 2 : 3;
}

interface PoolPart {
  readonly source: SourceText;
  readonly templates: readonly Template[];
  readonly length: number;
}

/** Takes sentences from `start` until `budget` characters are used (at least one). */
function run(source: SourceText, start: number, budget: number): PoolPart {
  const templates: Template[] = [];
  let length = 0;
  for (let i = start; i < source.sentences.length && (templates.length === 0 || length < budget); i++) {
    const sentence = source.sentences[i] as Template;
    templates.push(sentence);
    length += sentence.length + 1;
  }
  return { source, templates, length };
}

/** The base sentences of a story: the first base text from its start, the others from a random point. */
export function samplePool(rng: Rng, sources: readonly SourceText[], target: number): PoolPart[] {
  const count = baseTextCount(rng);
  const parts: PoolPart[] = [];
  let size = 0;
  for (let i = 0; size < target && i < maxBaseTexts; i++) {
    const source = rng.pick(sources);
    const budget = i >= count ? target - size : i === 0 ? target * (count === 1 ? 1 : 0.6) : (target * 0.4) / (count - 1);
    const start = i === 0 ? 0 : rng.int(Math.ceil(source.sentences.length / 2));
    const part = run(source, start, budget);
    parts.push(part);
    size += part.length;
  }
  return parts;
}

/** Consistent per-story substitutions: the same slot of a base text always gets the same invented word. */
class Substitutions {
  private readonly words = new Map<Slot, string>();
  private readonly monthShift: number;

  constructor(
    private readonly rng: Rng,
    private readonly year: number,
  ) {
    this.monthShift = rng.int(12);
  }

  private invent(slot: Slot): string {
    switch (slot.kind) {
      case 'given':
        return this.rng.pick(givenNames);
      case 'name':
        return nameWord(this.rng, famousShare);
      case 'acronym':
        return inventAcronym(this.rng);
      default:
        return this.digits(slot.word);
    }
  }

  private digits(number: string): string {
    let out = '';
    for (let i = 0; i < number.length; i++) {
      const c = number.charCodeAt(i);
      const isDigit = c >= 48 && c <= 57;
      out += !isDigit ? number[i] : i === 0 && c !== 48 ? String(1 + this.rng.int(9)) : String(this.rng.int(10));
    }
    return out;
  }

  slot(slot: Slot, source: SourceText): string {
    if (slot.kind === 'year') return String(this.year - ((source.latestYear ?? Number(slot.word)) - Number(slot.word)));
    if (slot.kind === 'month') return months[(months.indexOf(slot.word as (typeof months)[number]) + this.monthShift) % 12] ?? slot.word;
    let word = this.words.get(slot);
    if (word === undefined) {
      word = this.invent(slot);
      this.words.set(slot, word);
    }
    return word;
  }

  render(template: Template, source: SourceText): string {
    let text = template.pieces[0] ?? '';
    for (let i = 0; i < template.slots.length; i++) {
      text += this.slot(template.slots[i] as Slot, source) + (template.pieces[i + 1] ?? '');
    }
    return text;
  }
}

export function buildStory(seed: number, storyIndex: number, year: number, sources: readonly SourceText[]): StoryText {
  const rng = new Rng(seed, streams.story, storyIndex);
  const scale = storyScale(rng);
  const parts = samplePool(rng, sources, scale * poolSlack);
  const substitutions = new Substitutions(rng, year);
  const sentences: string[] = [];
  for (const part of parts) for (const template of part.templates) sentences.push(substitutions.render(template, part.source));
  return { sentences, scale, place: inventWord(rng) };
}
