import { fail } from '../../errors.ts';
import type { Story } from '../../model.ts';
import type { GroupingFeatures } from '../features.ts';
import { Heap } from '../heap.ts';
import { grown } from '../grown.ts';
import { StringIds } from '../string-ids.ts';
import { StringSlab } from '../string-slab.ts';
import { makeStory, sortStories } from '../story-id.ts';
import type { BlockWeights, CompactVector } from './weigh.ts';
import { LoadedVector, weighTerms } from './weigh.ts';
import { TermTable } from './terms.ts';
import { VectorStore } from './vector-store.ts';
import type { RetrievalLimits } from './retrieve.ts';
import { Accumulator, AGED_DAY, keyPrefix, retrievalTerms, UNDATED_DAY } from './retrieve.ts';
import { RowList } from '../row-list.ts';
import { Postings } from './postings.ts';
import type { WindowGroup, WindowParameters } from './window.ts';
import { clusterWindow } from './window.ts';
import type { ApartRow, ArticleRow, GroupingState } from './state.ts';
import { concatenatedCounts } from './state.ts';

export interface OnlineParameters extends WindowParameters {
  readonly blocks: BlockWeights;
  /** Terms kept per article vector. */
  readonly vectorTerms: number;
  readonly retrieval: RetrievalLimits;
  /** Articles clustered together at a time, in canonical order. */
  readonly window: number;
}

/** Earlier dates first (undated after dated), then content key: the order articles are taken in. */
export function canonicalOrder(a: GroupingFeatures, b: GroupingFeatures): number {
  const da = a.day ?? Number.POSITIVE_INFINITY;
  const db = b.day ?? Number.POSITIVE_INFINITY;
  if (da !== db) return da - db;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

/**
 * The clustering state: every article seen (its compact vector, date, content key and story), the
 * term statistics, an inverted index over each article's heaviest terms, the stories, and the
 * stories users split apart. Articles arrive in windows; each window is sorted canonically and
 * clustered against the stories its articles retrieve, so the result does not depend on input order
 * or ids, and the cost of adding an article does not grow with the size of the index. What changed
 * since the last `takeChanges` can be saved, and `restore` picks up from saved rows.
 */
export class StoryIndex {
  readonly terms: TermTable;
  readonly postings: Postings;
  /** Scratch sums for retrieval. */
  readonly found = new Accumulator();
  /** The search terms of the window being added. */
  private readonly searches = new RowList();
  /** Scratch table the window's cosines load each new article into. */
  readonly loaded = new LoadedVector();
  private readonly ids: string[] = [];
  /** Content key of each slot. */
  private readonly keys = new StringSlab();
  /** Publication day of each slot (`UNDATED_DAY` when unknown), and the same until it ages out (then `AGED_DAY`): typed, as retrieval reads one for every posting. */
  private days = new Int32Array(1024);
  private liveDays = new Int32Array(1024);
  /** `keyPrefix` of each slot's key. */
  private keyPrefixes = new Float64Array(1024);
  /** The vectors of the articles not aged out. */
  readonly vectors = new VectorStore();
  /** Story slot of each article slot. */
  private readonly storyOf: number[] = [];
  /** Article slots of each story slot; an emptied story (merged away) is []. */
  private readonly members: number[][] = [];
  /** Per story slot, the member slot with the smallest content key, plus one (0: none, an emptied story). */
  private storyKeySlots = new Int32Array(1024);
  /** Slot of each id (confirmed on `ids`: exact). */
  private readonly slotById = new StringIds(16);
  /** Story slot -> the story slots it must never be joined with. */
  private readonly apartFrom = new Map<number, Set<number>>();
  /** Terms made or forgotten since the last `takeChanges`. */
  private readonly changedTerms = new Set<number>();
  /** Term ids counted since the last `takeChanges` (see `GroupingState.counted`). */
  private counted: Int32Array[] = [];
  /** Terms made since the last `takeChanges`: their rows carry their whole frequency, and the log leaves them out. */
  private readonly madeSinceTake = new Set<number>();
  /** The id space at the last `takeChanges`: a term made below it may take the id of one the store still has counts for. */
  private idsAtTake = 0;
  private readonly changedSlots = new Set<number>();
  private newApart: ApartRow[] = [];
  /** Dated slots not aged out yet, earliest publication day first. */
  private readonly living = new Heap<number>((a, b) => this.days[a]! < this.days[b]! || (this.days[a] === this.days[b] && a < b));
  private newestDay = Number.NEGATIVE_INFINITY;
  /** The day before which articles had aged out at the last sweep. */
  private cutoff = Number.NEGATIVE_INFINITY;

  constructor(
    readonly parameters: OnlineParameters,
    /** Fingerprint of the parameters and features: a saved state of another version is not reused. */
    readonly version = 'unversioned',
    /** Whether changes are kept for `takeChanges` (an index that is never saved need not; `snapshot` starts it). */
    private tracksChanges = true,
  ) {
    this.terms = new TermTable((term) => parameters.blocks[term.slice(0, 2)] ?? 1);
    this.postings = new Postings(parameters.retrieval.postingsRead);
  }

  /** An index holding a saved state. */
  static restore(parameters: OnlineParameters, state: GroupingState): StoryIndex {
    const index = new StoryIndex(parameters, state.version);
    let lastId = -1;
    for (const row of state.terms) {
      if (row.id <= lastId) fail('E_STORE', `grouping terms are not stored by ascending id (term ${row.id} after ${lastId})`);
      index.terms.restore(row.id, row.term, row.df);
      lastId = row.id;
    }
    index.terms.recount(state.counted);
    index.terms.documents = state.documents;
    index.idsAtTake = index.terms.size;
    state.articles.forEach((row, i) => {
      if (row.slot !== i) fail('E_STORE', `grouping articles are not stored densely by slot (slot ${row.slot} at ${i})`);
      index.push(row.id, row.key, row.day ?? undefined, { terms: row.terms, weights: row.weights }, row.indexed);
      index.join(row.slot, row.story);
      if (row.day !== null && row.day > index.newestDay) index.newestDay = row.day;
    });
    for (const { a, b } of state.apart) index.keepApart(a, b);
    index.forgotten(index.terms.forgetUnheld());
    index.ageOut();
    index.takeChanges();
    return index;
  }

  get size(): number {
    return this.ids.length;
  }

  has(id: string): boolean {
    return this.slot(id) !== undefined;
  }

  slot(id: string): number | undefined {
    const slot = this.slotById.get(id, this.ids);
    return slot < 0 ? undefined : slot;
  }

  id(slot: number): string {
    return this.ids[slot]!;
  }

  /** Content-key order of two slots: by the keys' prefixes (numbers), then by the keys. */
  compareKeys(slotA: number, slotB: number): number {
    const prefixA = this.keyPrefixes[slotA]!;
    const prefixB = this.keyPrefixes[slotB]!;
    return prefixA !== prefixB ? prefixA - prefixB : this.keys.compare(slotA, slotB);
  }

  day(slot: number): number | undefined {
    const day = this.days[slot];
    return day === undefined || day === UNDATED_DAY ? undefined : day;
  }

  liveDay(slot: number): number {
    return this.liveDays[slot] ?? UNDATED_DAY;
  }

  /** Whether the article has aged out: its vector is gone, it only keeps its story. */
  aged(slot: number): boolean {
    return this.liveDays[slot] === AGED_DAY;
  }

  shared(term: number): boolean {
    return this.terms.frequency(term) > 1;
  }

  /** A copy of the article's vector (empty once it aged out). */
  vector(slot: number): CompactVector {
    return this.vectors.vector(slot);
  }

  storyOfSlot(slot: number): number {
    return this.storyOf[slot]!;
  }

  storyMembers(story: number): readonly number[] {
    return this.members[story] ?? [];
  }

  /** The member slot with the story's smallest content key (-1: none, an emptied story). */
  storyKeySlot(story: number): number {
    return (this.storyKeySlots[story] ?? 0) - 1;
  }

  /** Whether users kept any stories apart. */
  get keepsApart(): boolean {
    return this.apartFrom.size > 0;
  }

  /** Whether a user split these two stories apart. */
  kept(storyA: number, storyB: number): boolean {
    return this.apartFrom.get(storyA)?.has(storyB) ?? false;
  }

  /** Adds articles (those already indexed are ignored), a window at a time, in canonical order. */
  add(features: readonly GroupingFeatures[]): void {
    const fresh = dedupe(features.filter((f) => !this.has(f.id))).sort(canonicalOrder);
    for (let from = 0; from < fresh.length; from += this.parameters.window) {
      this.addWindow(fresh.slice(from, from + this.parameters.window));
    }
  }

  /** Every story, as lists of article ids. */
  stories(): Story[] {
    return sortStories(this.members.filter((m) => m.length > 0).map((m) => makeStory(m.map((s) => this.ids[s]!))));
  }

  /** A user's decision: the stories of two articles are one story, from now on. */
  merge(slotA: number, slotB: number): void {
    const a = this.storyOf[slotA]!;
    const b = this.storyOf[slotB]!;
    if (a === b) return;
    this.apartFrom.get(a)?.delete(b);
    this.apartFrom.get(b)?.delete(a);
    this.place({ articles: [], stories: [a, b] });
  }

  /**
   * A user's decision: the article leaves its story for a story of its own, and grouping never
   * puts the two together again (later articles may join either).
   */
  split(slot: number): void {
    const old = this.storyOf[slot]!;
    if (this.members[old]!.length === 1) return;
    this.members[old] = this.members[old]!.filter((s) => s !== slot);
    this.storyKeySlots[old] = this.members[old]!.reduce((x, y) => (this.compareKeys(y, x) < 0 ? y : x)) + 1;
    const story = this.members.length;
    this.members.push([]);
    this.join(slot, story);
    this.keepApart(old, story);
  }

  /** What changed since the last call (all of it, the first time): rows to save. */
  takeChanges(): GroupingState {
    if (!this.tracksChanges) fail('E_STORE', 'takeChanges on a story index made without change tracking');
    const made = this.madeSinceTake;
    const changes: GroupingState = {
      version: this.version,
      documents: this.terms.documents,
      terms: [...this.changedTerms].sort((a, b) => a - b).map((id) => ({ id, term: this.terms.name(id), df: made.has(id) ? this.terms.frequency(id) : 0 })),
      counted: concatenatedCounts(this.counted).filter((id) => !made.has(id)),
      reusesIds: [...made].some((id) => id < this.idsAtTake),
      articles: [...this.changedSlots].sort((a, b) => a - b).map((slot) => this.row(slot)),
      apart: this.newApart,
    };
    this.startTracking();
    return changes;
  }

  /**
   * The whole state as rows (held terms with their frequencies, every article, the stories kept
   * apart), whatever was taken before; from now on changes are tracked for `takeChanges`.
   */
  snapshot(): GroupingState {
    const apart: ApartRow[] = [];
    for (const [a, others] of this.apartFrom) for (const b of others) if (a < b) apart.push({ a, b });
    const state: GroupingState = {
      version: this.version,
      documents: this.terms.documents,
      terms: this.terms.heldIds().map((id) => ({ id, term: this.terms.name(id), df: this.terms.frequency(id) })),
      counted: new Int32Array(0),
      articles: this.ids.map((_, slot) => this.row(slot)),
      apart: apart.sort((x, y) => x.a - y.a || x.b - y.b),
    };
    this.tracksChanges = true;
    this.startTracking();
    return state;
  }

  /** Changes are counted from now on. */
  private startTracking(): void {
    this.changedTerms.clear();
    this.changedSlots.clear();
    this.madeSinceTake.clear();
    this.newApart = [];
    this.counted = [];
    this.idsAtTake = this.terms.size;
  }

  private row(slot: number): ArticleRow {
    const vector = this.vectors.vector(slot);
    return {
      slot,
      id: this.ids[slot]!,
      key: this.keys.get(slot),
      day: this.day(slot) ?? null,
      story: this.storyOf[slot]!,
      terms: vector.terms,
      weights: vector.weights,
      indexed: this.vectors.indexedOf(slot),
    };
  }

  private push(id: string, key: string, day: number | undefined, vector: CompactVector, indexed: Int32Array): number {
    const slot = this.ids.length;
    this.ids.push(id);
    this.keys.push(key);
    if (slot >= this.days.length) {
      this.days = grown(this.days, slot);
      this.liveDays = grown(this.liveDays, slot);
      this.keyPrefixes = grown(this.keyPrefixes, slot);
    }
    this.days[slot] = day ?? UNDATED_DAY;
    this.liveDays[slot] = day ?? UNDATED_DAY;
    this.keyPrefixes[slot] = keyPrefix(key);
    this.vectors.set(slot, vector, indexed);
    this.storyOf.push(-1);
    this.slotById.set(id, slot, this.ids);
    this.terms.hold(vector.terms, day);
    if (day !== undefined) this.living.push(slot);
    for (const term of indexed) this.postings.add(term, slot);
    this.changed(slot);
    return slot;
  }

  private addWindow(window: readonly GroupingFeatures[]): void {
    const counted = this.terms.countWindow(window.map((f) => f.terms));
    if (this.tracksChanges) {
      window.forEach((_, i) => this.counted.push(counted.ids.slice(counted.starts[i]!, counted.starts[i + 1]!)));
      for (const id of this.terms.madeIds) {
        this.changedTerms.add(id);
        this.madeSinceTake.add(id);
      }
    }
    this.searches.clear();
    const slots = window.map((f, i) => {
      const vector = weighTerms(counted, this.terms, this.parameters.vectorTerms, counted.starts[i]!, counted.starts[i + 1]!);
      const indexed = retrievalTerms(vector, this.parameters.retrieval, (term) => this.shared(term), this.searches);
      return this.push(f.id, f.key, f.day, vector, indexed);
    });
    for (const group of clusterWindow(this, slots, this.searches, this.parameters)) this.place(group);
    for (const f of window) if (f.day !== undefined && f.day > this.newestDay) this.newestDay = f.day;
    this.forgotten(this.terms.forgetUnheld());
    this.ageOut();
  }

  /**
   * Frees the vectors (and index entries) of articles published more than `maxGapDays` before the
   * newest one, whatever their order of arrival: retrieval never compares dated articles that far
   * apart, so they only keep their story. Then forgets the terms only they held.
   */
  private ageOut(): void {
    const cutoff = this.newestDay - this.parameters.retrieval.maxGapDays;
    const advanced = cutoff > this.cutoff;
    if (advanced) this.cutoff = cutoff;
    for (let slot = this.living.peek(); slot !== undefined && this.days[slot]! < this.cutoff; slot = this.living.peek()) {
      this.living.pop();
      if (!advanced) this.forgotten(this.terms.forgetIn(this.vectors.termsOf(slot), this.cutoff));
      this.vectors.free(slot);
      this.liveDays[slot] = AGED_DAY;
      this.changed(slot);
    }
    if (advanced) this.forgotten(this.terms.forgetBefore(cutoff));
  }

  private forgotten(terms: readonly number[]): void {
    for (const term of terms) {
      this.postings.drop(term);
      if (this.tracksChanges) this.changedTerms.add(term);
    }
  }

  /** Puts new article slots and whole existing stories into one story (the earliest story kept). */
  private place(group: WindowGroup): void {
    const [kept, ...merged] = [...group.stories].sort((a, b) => a - b);
    const story = kept ?? this.members.length;
    if (kept === undefined) this.members.push([]);
    for (const other of merged) {
      for (const slot of this.members[other]!) this.join(slot, story);
      this.members[other] = [];
      this.storyKeySlots[other] = 0;
      for (const apart of this.apartFrom.get(other) ?? []) this.keepApart(story, apart);
    }
    for (const slot of group.articles) this.join(slot, story);
  }

  private join(slot: number, story: number): void {
    while (this.members.length <= story) this.members.push([]);
    if (story >= this.storyKeySlots.length) this.storyKeySlots = grown(this.storyKeySlots, story);
    this.storyOf[slot] = story;
    this.members[story]!.push(slot);
    const least = this.storyKeySlot(story);
    if (least < 0 || this.compareKeys(slot, least) < 0) this.storyKeySlots[story] = slot + 1;
    this.changed(slot);
  }

  private changed(slot: number): void {
    if (this.tracksChanges) this.changedSlots.add(slot);
  }

  private keepApart(a: number, b: number): void {
    if (this.kept(a, b)) return;
    for (const [x, y] of [
      [a, b],
      [b, a],
    ] as const) {
      const set = this.apartFrom.get(x) ?? new Set<number>();
      set.add(y);
      this.apartFrom.set(x, set);
    }
    this.newApart.push({ a: Math.min(a, b), b: Math.max(a, b) });
  }
}

/** The first of several records with one id. */
function dedupe(features: readonly GroupingFeatures[]): GroupingFeatures[] {
  const seen = new Set<string>();
  return features.filter((f) => !seen.has(f.id) && seen.add(f.id));
}
