import { averageLinkage } from '../cluster.ts';
import type { SharedNeighbourOptions } from '../neighbours.ts';
import { sharedNeighbourScores } from '../neighbours.ts';
import { timeFactor } from '../similarity.ts';
import { PairList } from '../pair-list.ts';
import { grown } from '../grown.ts';
import type { KeyOrder } from '../key-order.ts';
import { RowList } from '../row-list.ts';
import type { Accumulator, RetrievalLimits, WindowSearches } from './retrieve.ts';
import type { Postings } from './postings.ts';
import { retrieveCandidates } from './retrieve.ts';
import type { LoadedVector } from './weigh.ts';
import type { VectorStore } from './vector-store.ts';

export interface WindowParameters {
  /** Mean (shared-neighbour weighted) similarity two groups need to be one story. */
  readonly threshold: number;
  /** Pairs below this similarity are not kept (they count as 0 in the means). */
  readonly floor: number;
  /** Publication dates further apart than this start to lower a similarity ... */
  readonly windowDays: number;
  /** ... down to this factor at ten windows apart. */
  readonly minimumTimeFactor: number;
  readonly neighbours: SharedNeighbourOptions;
  readonly retrieval: RetrievalLimits;
  readonly stragglers: StragglerParameters;
}

/** What clustering a window reads of the index. */
export interface WindowIndex {
  readonly size: number;
  readonly postings: Postings;
  readonly found: Accumulator;
  /** Scratch table for cosines (reused from one article to the next). */
  readonly loaded: LoadedVector;
  /** Whether the article has aged out (it is never a candidate). */
  aged(slot: number): boolean;
  day(slot: number): number | undefined;
  /** See `Indexed.liveDay`. */
  liveDay(slot: number): number;
  /** Content-key order of two article slots (see `Indexed.compareKeys`). */
  compareKeys(slotA: number, slotB: number): number;
  readonly vectors: VectorStore;
  storyOfSlot(slot: number): number;
  storyMembers(story: number): readonly number[];
  /** The member slot with the story's smallest content key. */
  storyKeySlot(story: number): number;
  /** Whether users kept any stories apart (if not, any two groups may join). */
  readonly keepsApart: boolean;
  /** Whether a user split these two stories apart. */
  kept(storyA: number, storyB: number): boolean;
}

/** One outcome of a window: its new articles and the existing stories they join (none: a new story). */
export interface WindowGroup {
  readonly articles: readonly number[];
  readonly stories: readonly number[];
}


/** Scratch lists reused from one window to the next (one window is clustered at a time). */
const slotPairs = new PairList();
const nodePairs = new PairList();
const links = new PairList();
/** The window positions each new article of the window retrieved. */
const windowCandidates = new RowList();
/** Node + 1 of each article slot met in the window's pairs (0: none), reset after each window. */
let nodeOfSlot = new Int32Array(1024);

/**
 * The scored pairs of the window, into `pairs`: each new article against the candidates it
 * retrieves (new or already placed), each pair once, kept when it reaches the floor. The window's
 * slots are consecutive, in its canonical order; a pair of two new articles may be found from
 * either side, so one found again from the later article's side is skipped.
 */
function windowPairs(index: WindowIndex, slots: readonly number[], searches: WindowSearches, p: WindowParameters, pairs: PairList): void {
  pairs.clear();
  const first = slots[0] ?? 0;
  const size = slots.length;
  windowCandidates.clear();
  const loaded = index.loaded;
  slots.forEach((a, i) => {
    loaded.loadSlot(index.vectors, a);
    for (const b of retrieveCandidates(index.postings, index, a, searches, i, p.retrieval, index.found)) {
      const j = b - first;
      if (j >= 0 && j < size) {
        windowCandidates.push(j);
        if (j < i && windowCandidates.holds(j, i)) continue;
      }
      const score = loaded.cosineSlot(index.vectors, b) * timeFactor(index.day(a), index.day(b), p.windowDays, p.minimumTimeFactor);
      if (score >= p.floor) pairs.push(Math.min(a, b), Math.max(a, b), score);
    }
    windowCandidates.close();
  });
}

/**
 * Clusters a window of new articles (slots already indexed; `searches` holds each one's search terms) with the stories they reach: pairs are
 * weighted by shared neighbours, then average linkage runs over the new articles and the existing
 * stories as whole groups (a story counts all its members; members not retrieved count as 0).
 */
export function clusterWindow(
  index: WindowIndex,
  slots: readonly number[],
  searches: WindowSearches,
  p: WindowParameters,
): WindowGroup[] {
  windowPairs(index, slots, searches, p, slotPairs);
  const articleSlots: number[] = [];
  const articleNode = (slot: number): number => {
    if (slot >= nodeOfSlot.length) nodeOfSlot = grown(nodeOfSlot, slot);
    let node = nodeOfSlot[slot]! - 1;
    if (node < 0) {
      node = articleSlots.length;
      nodeOfSlot[slot] = node + 1;
      articleSlots.push(slot);
    }
    return node;
  };
  for (const slot of slots) articleNode(slot);
  nodePairs.clear();
  for (let i = 0; i < slotPairs.size; i++) nodePairs.push(articleNode(slotPairs.a(i)), articleNode(slotPairs.b(i)), slotPairs.score(i));
  for (const slot of articleSlots) nodeOfSlot[slot] = 0;
  const weighted = sharedNeighbourScores(nodePairs, slotKeyOrder(index, articleSlots), p.neighbours);
  return attachStragglers(index, slots, groupNodes(index, slots, articleSlots, nodePairs, weighted, p.threshold), slotPairs, p.stragglers);
}

/** A group of this many new articles, left on its own by the linkage, may join a story ... */
export interface StragglerParameters {
  readonly size: number;
  /** ... of at least this many articles ... */
  readonly minStory: number;
  /** ... when its mean plain similarity with that story's members reaches this. */
  readonly minSimilarity: number;
}

/**
 * Stragglers: two new articles that the linkage put together but left out of every story (two
 * briefs, two blog posts: few words in common with the core of the coverage, so no member counts
 * them among its nearest neighbours) join the story they are most similar to on plain similarity,
 * averaged over all that story's members, when that mean is high. A lone article never does: one
 * article has no second opinion, and attaching lone ones merged other stories of a kind. Each
 * group decides on its own and ties go to the earlier target, so the result does not depend on the
 * input order.
 */
export function attachStragglers(index: WindowIndex, slots: readonly number[], groups: WindowGroup[], pairs: PairList, p: StragglerParameters): WindowGroup[] {
  const first = slots[0] ?? 0;
  /** Window position -> its group: the window's slots are consecutive. */
  const groupAt = new Int32Array(slots.length).fill(-1);
  const byStory = new Map<number, number>();
  groups.forEach((group, g) => {
    for (const slot of group.articles) groupAt[slot - first] = g;
    for (const story of group.stories) byStory.set(story, g);
  });
  const inWindow = (slot: number): boolean => slot >= first && slot < first + slots.length;
  const groupOf = (slot: number): number => (inWindow(slot) ? groupAt[slot - first]! : (byStory.get(index.storyOfSlot(slot)) ?? -1));
  const stragglerOf = (slot: number): number => {
    const g = inWindow(slot) ? groupAt[slot - first]! : -1;
    return g >= 0 && groups[g]!.stories.length === 0 && groups[g]!.articles.length === p.size ? g : -1;
  };
  const sizes = new Map<number, number>();
  const sizeOf = (g: number): number => {
    let size = sizes.get(g);
    if (size === undefined) {
      const group = groups[g]!;
      size = group.articles.length + group.stories.reduce((sum, story) => sum + index.storyMembers(story).length, 0);
      sizes.set(g, size);
    }
    return size;
  };
  const sums = new Map<number, Map<number, number>>();
  const add = (small: number, target: number, score: number): void => {
    if (small < 0 || target < 0 || small === target || sizeOf(target) < p.minStory) return;
    const row = sums.get(small) ?? new Map<number, number>();
    sums.set(small, row);
    row.set(target, (row.get(target) ?? 0) + score);
  };
  for (let i = 0; i < pairs.size; i++) {
    const a = stragglerOf(pairs.a(i));
    const b = stragglerOf(pairs.b(i));
    if (a >= 0) add(a, groupOf(pairs.b(i)), pairs.score(i));
    if (b >= 0) add(b, groupOf(pairs.a(i)), pairs.score(i));
  }
  const extras = new Map<number, number[]>();
  for (const [small, row] of sums) {
    let best = -1;
    let bestMean = p.minSimilarity;
    for (const [target, sum] of [...row].sort((x, y) => x[0] - y[0])) {
      const mean = sum / (p.size * sizeOf(target));
      if (mean > bestMean || (best < 0 && mean === bestMean)) {
        best = target;
        bestMean = mean;
      }
    }
    if (best >= 0) extras.set(best, [...(extras.get(best) ?? []), small]);
  }
  if (extras.size === 0) return groups;
  const joined = new Set([...extras.values()].flat());
  return groups.flatMap((group, g) => {
    if (joined.has(g)) return [];
    const extra = (extras.get(g) ?? []).flatMap((small) => groups[small]!.articles);
    return extra.length === 0 ? [group] : [{ articles: [...group.articles, ...extra], stories: group.stories }];
  });
}

/**
 * Average linkage over new articles (size 1) and the existing stories of the other articles, on
 * the article pairs (`articlePairs`, article nodes) with their weighted scores.
 */
function groupNodes(
  index: WindowIndex,
  slots: readonly number[],
  articleSlots: readonly number[],
  articlePairs: PairList,
  weighted: Float64Array,
  threshold: number,
): WindowGroup[] {
  const fresh = slots.length;
  const storyNodes = new Map<number, number>();
  /** The slot whose key is each node's key. */
  const keySlots = [...slots];
  const sizes = slots.map(() => 1);
  const nodeStories: number[] = [];
  const nodeOf = (articleNodeIndex: number): number => {
    if (articleNodeIndex < fresh) return articleNodeIndex;
    const story = index.storyOfSlot(articleSlots[articleNodeIndex]!);
    let node = storyNodes.get(story);
    if (node === undefined) {
      node = keySlots.length;
      storyNodes.set(story, node);
      keySlots.push(index.storyKeySlot(story));
      sizes.push(index.storyMembers(story).length);
      nodeStories.push(story);
    }
    return node;
  };
  links.clear();
  for (let i = 0; i < articlePairs.size; i++) {
    const a = nodeOf(articlePairs.a(i));
    const b = nodeOf(articlePairs.b(i));
    if (a !== b) links.push(Math.min(a, b), Math.max(a, b), weighted[i]!);
  }
  const storiesIn = (nodes: readonly number[]): number[] => nodes.filter((n) => n >= fresh).map((n) => nodeStories[n - fresh]!);
  const canJoin = (x: readonly number[], y: readonly number[]): boolean => {
    const theirs = storiesIn(y);
    return !storiesIn(x).some((a) => theirs.some((b) => index.kept(a, b)));
  };
  return averageLinkage(slotKeyOrder(index, keySlots), links, threshold, sizes, index.keepsApart ? canJoin : undefined).map((members) => ({
    articles: members.filter((n) => n < fresh).map((n) => slots[n]!),
    stories: members.filter((n) => n >= fresh).map((n) => nodeStories[n - fresh]!),
  }));
}

/** Nodes in the order of the content keys of their slots (`slots[node]`). */
function slotKeyOrder(index: WindowIndex, slots: readonly number[]): KeyOrder {
  return { count: slots.length, compare: (x, y) => index.compareKeys(slots[x]!, slots[y]!) };
}
