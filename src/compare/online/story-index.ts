import type { Story } from '../../model.ts';
import type { ArticleFeatures } from '../features.ts';
import { makeStory, sortStories } from '../story-id.ts';
import type { BlockWeights, CompactVector } from './weigh.ts';
import { weighTerms } from './weigh.ts';
import { TermTable } from './terms.ts';
import type { RetrievalLimits, RetrievalTerms } from './retrieve.ts';
import { Accumulator, Postings, retrievalTerms } from './retrieve.ts';
import type { WindowParameters } from './window.ts';
import { clusterWindow } from './window.ts';

export interface OnlineParameters extends WindowParameters {
  readonly blocks: BlockWeights;
  /** Terms kept per article vector. */
  readonly vectorTerms: number;
  readonly retrieval: RetrievalLimits;
  /** Articles clustered together at a time, in canonical order. */
  readonly window: number;
}

/** Earlier dates first (undated after dated), then content key: the order articles are taken in. */
export function canonicalOrder(a: ArticleFeatures, b: ArticleFeatures): number {
  const da = a.day ?? Number.POSITIVE_INFINITY;
  const db = b.day ?? Number.POSITIVE_INFINITY;
  if (da !== db) return da - db;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

/**
 * The clustering state: every article seen (its compact vector, date, content key and story), the
 * term statistics, an inverted index over each article's heaviest terms, and the stories. Articles
 * arrive in windows; each window is sorted canonically and clustered against the stories its
 * articles retrieve, so the result does not depend on input order or ids, and the cost of adding an
 * article does not grow with the size of the index.
 */
export class StoryIndex {
  readonly terms: TermTable;
  readonly postings = new Postings();
  /** Scratch sums for retrieval. */
  readonly found = new Accumulator();
  private readonly ids: string[] = [];
  private readonly keys: string[] = [];
  private readonly days: (number | undefined)[] = [];
  private readonly vectors: CompactVector[] = [];
  /** Story slot of each article slot. */
  private readonly storyOf: number[] = [];
  /** Article slots of each story slot; an emptied story (merged away) is []. */
  private readonly members: number[][] = [];
  private readonly slotById = new Map<string, number>();

  constructor(readonly parameters: OnlineParameters) {
    this.terms = new TermTable((term) => parameters.blocks[term.slice(0, 2)] ?? 1);
  }

  get size(): number {
    return this.ids.length;
  }

  has(id: string): boolean {
    return this.slotById.has(id);
  }

  slot(id: string): number | undefined {
    return this.slotById.get(id);
  }

  id(slot: number): string {
    return this.ids[slot]!;
  }

  key(slot: number): string {
    return this.keys[slot]!;
  }

  day(slot: number): number | undefined {
    return this.days[slot];
  }

  shared(term: number): boolean {
    return this.terms.frequency(term) > 1;
  }

  vector(slot: number): CompactVector {
    return this.vectors[slot]!;
  }

  storyOfSlot(slot: number): number {
    return this.storyOf[slot]!;
  }

  storyMembers(story: number): readonly number[] {
    return this.members[story] ?? [];
  }

  /** Adds articles (those already indexed are ignored), a window at a time, in canonical order. */
  add(features: readonly ArticleFeatures[]): void {
    const fresh = dedupe(features.filter((f) => !this.slotById.has(f.id))).sort(canonicalOrder);
    for (let from = 0; from < fresh.length; from += this.parameters.window) {
      this.addWindow(fresh.slice(from, from + this.parameters.window));
    }
  }

  /** Every story, as lists of article ids. */
  stories(): Story[] {
    return sortStories(this.members.filter((m) => m.length > 0).map((m) => makeStory(m.map((s) => this.ids[s]!))));
  }

  private addWindow(window: readonly ArticleFeatures[]): void {
    const counted = window.map((f) => this.terms.count(f.terms));
    const first = this.ids.length;
    const searches: RetrievalTerms['search'][] = [];
    window.forEach((f, i) => {
      const slot = this.ids.length;
      const vector = weighTerms(counted[i]!, this.terms, this.parameters.vectorTerms);
      this.ids.push(f.id);
      this.keys.push(f.key);
      this.days.push(f.day);
      this.vectors.push(vector);
      this.storyOf.push(-1);
      this.slotById.set(f.id, slot);
      const terms = retrievalTerms(vector, this.parameters.retrieval, (term) => this.shared(term));
      for (const term of terms.index) this.postings.add(term, slot);
      searches.push(terms.search);
    });
    const slots = Array.from({ length: window.length }, (_, i) => first + i);
    for (const group of clusterWindow(this, slots, searches, this.parameters)) this.place(group);
  }

  /** Puts new article slots and whole existing stories into one story (the earliest story kept). */
  private place(group: { readonly articles: readonly number[]; readonly stories: readonly number[] }): void {
    const [kept, ...merged] = [...group.stories].sort((a, b) => a - b);
    const story = kept ?? this.members.length;
    if (kept === undefined) this.members.push([]);
    const target = this.members[story]!;
    for (const other of merged) {
      for (const slot of this.members[other]!) {
        this.storyOf[slot] = story;
        target.push(slot);
      }
      this.members[other] = [];
    }
    for (const slot of group.articles) {
      this.storyOf[slot] = story;
      target.push(slot);
    }
  }
}

/** The first of several records with one id. */
function dedupe(features: readonly ArticleFeatures[]): ArticleFeatures[] {
  const seen = new Set<string>();
  return features.filter((f) => !seen.has(f.id) && seen.add(f.id));
}
