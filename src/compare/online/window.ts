import { averageLinkage } from '../cluster.ts';
import type { SharedNeighbourOptions } from '../neighbours.ts';
import { sharedNeighbourScores } from '../neighbours.ts';
import type { ScoredPair } from '../similarity.ts';
import { timeFactor } from '../similarity.ts';
import type { Accumulator, Postings, RetrievalLimits, RetrievalTerms } from './retrieve.ts';
import { retrieveCandidates } from './retrieve.ts';
import type { CompactVector } from './weigh.ts';
import type { DenseVector } from './weigh.ts';

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
}

/** What clustering a window reads of the index. */
export interface WindowIndex {
  readonly size: number;
  readonly postings: Postings;
  readonly found: Accumulator;
  /** Scratch dense vector for cosines (reused: it spans every term id). */
  readonly dense: DenseVector;
  /** Whether the article has aged out (it is never a candidate). */
  aged(slot: number): boolean;
  day(slot: number): number | undefined;
  key(slot: number): string;
  vector(slot: number): CompactVector;
  storyOfSlot(slot: number): number;
  storyMembers(story: number): readonly number[];
  /** The smallest content key among the story's members. */
  storyKey(story: number): string;
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


/**
 * The scored pairs of the window: each new article against the candidates it retrieves (new or
 * already placed), each pair once, kept when it reaches the floor. The window's slots are
 * consecutive, in its canonical order; a pair of two new articles may be found from either side,
 * so those are deduplicated by their positions in the window (small integers).
 */
function windowPairs(
  index: WindowIndex,
  slots: readonly number[],
  searches: readonly RetrievalTerms['search'][],
  p: WindowParameters,
): ScoredPair[] {
  const pairs: ScoredPair[] = [];
  const first = slots[0] ?? 0;
  const size = slots.length;
  const newPairs = new Set<number>();
  const dense = index.dense;
  slots.forEach((a, i) => {
    dense.load(index.vector(a));
    for (const b of retrieveCandidates(index.postings, index, a, searches[i]!, p.retrieval, index.found)) {
      const j = b - first;
      if (j >= 0 && j < size) {
        const position = Math.min(i, j) * size + Math.max(i, j);
        if (newPairs.has(position)) continue;
        newPairs.add(position);
      }
      const score = dense.cosine(index.vector(b)) * timeFactor(index.day(a), index.day(b), p.windowDays, p.minimumTimeFactor);
      if (score >= p.floor) pairs.push({ a: Math.min(a, b), b: Math.max(a, b), score });
    }
  });
  return pairs;
}

/**
 * Clusters a window of new articles (slots already indexed; `searches` holds each one's search terms) with the stories they reach: pairs are
 * weighted by shared neighbours, then average linkage runs over the new articles and the existing
 * stories as whole groups (a story counts all its members; members not retrieved count as 0).
 */
export function clusterWindow(
  index: WindowIndex,
  slots: readonly number[],
  searches: readonly RetrievalTerms['search'][],
  p: WindowParameters,
): WindowGroup[] {
  const pairs = windowPairs(index, slots, searches, p);
  const articleNodes = new Map<number, number>();
  const articleSlots: number[] = [];
  const articleNode = (slot: number): number => {
    let node = articleNodes.get(slot);
    if (node === undefined) {
      node = articleSlots.length;
      articleNodes.set(slot, node);
      articleSlots.push(slot);
    }
    return node;
  };
  for (const slot of slots) articleNode(slot);
  const nodePairs = pairs.map((pair) => ({ a: articleNode(pair.a), b: articleNode(pair.b), score: pair.score }));
  const weighted = sharedNeighbourScores(nodePairs, articleSlots.map((s) => index.key(s)), p.neighbours);
  return groupNodes(index, slots, articleSlots, weighted, p.threshold);
}

/** Average linkage over new articles (size 1) and the existing stories of the other articles. */
function groupNodes(
  index: WindowIndex,
  slots: readonly number[],
  articleSlots: readonly number[],
  weighted: readonly ScoredPair[],
  threshold: number,
): WindowGroup[] {
  const fresh = slots.length;
  const storyNodes = new Map<number, number>();
  const keys = slots.map((s) => index.key(s));
  const sizes = slots.map(() => 1);
  const nodeStories: number[] = [];
  const nodeOf = (articleNodeIndex: number): number => {
    if (articleNodeIndex < fresh) return articleNodeIndex;
    const story = index.storyOfSlot(articleSlots[articleNodeIndex]!);
    let node = storyNodes.get(story);
    if (node === undefined) {
      node = keys.length;
      storyNodes.set(story, node);
      keys.push(index.storyKey(story));
      sizes.push(index.storyMembers(story).length);
      nodeStories.push(story);
    }
    return node;
  };
  const links = weighted.flatMap((pair) => {
    const a = nodeOf(pair.a);
    const b = nodeOf(pair.b);
    return a === b ? [] : [{ a: Math.min(a, b), b: Math.max(a, b), score: pair.score }];
  });
  const storiesIn = (nodes: readonly number[]): number[] => nodes.filter((n) => n >= fresh).map((n) => nodeStories[n - fresh]!);
  const canJoin = (x: readonly number[], y: readonly number[]): boolean => {
    const theirs = storiesIn(y);
    return !storiesIn(x).some((a) => theirs.some((b) => index.kept(a, b)));
  };
  return averageLinkage(keys, links, threshold, sizes, index.keepsApart ? canJoin : undefined).map((members) => ({
    articles: members.filter((n) => n < fresh).map((n) => slots[n]!),
    stories: members.filter((n) => n >= fresh).map((n) => nodeStories[n - fresh]!),
  }));
}
