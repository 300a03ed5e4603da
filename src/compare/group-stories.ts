import { createHash } from 'node:crypto';
import type { AnnotatedArticle, Story } from '../model.ts';
import type { CorpusStage } from '../pipeline/stage.ts';
import { articleFeatures } from './features.ts';
import type { OnlineParameters } from './online/story-index.ts';
import { StoryIndex } from './online/story-index.ts';
import type { GroupingState } from './online/state.ts';

/** The one parameter set grouping runs with (chosen on ECB+ topics 1-35, never at run time). */
export const groupingParameters: OnlineParameters = {
  /** Namespace weights: content words, name words, numbers. */
  blocks: { 'w:': 1, 'e:': 1.5, 'n:': 0.5 },
  /** Mean (shared-neighbour weighted) similarity two groups need to be one story. */
  threshold: 0.08,
  /** Pairs below this similarity are not kept (they count as 0 in the means). */
  floor: 0.02,
  /** Publication dates further apart than two weeks start to lower a similarity ... */
  windowDays: 14,
  /** ... down to half at ten times that. */
  minimumTimeFactor: 0.5,
  /** Neighbourhoods: the 5 most similar articles that reach 0.08; a tenth of a score is kept regardless. */
  neighbours: { k: 5, minScore: 0.08, base: 0.1 },
  /**
   * Two new articles left out of every story join one of 3 or more whose members they match at 0.15
   * on average (plain cosine). ECB+ 0.9496 -> 0.9536 (0.12: 0.9557, 0.18: 0.9518, 0.2: none joins);
   * on 40k generated articles B-cubed 0.870 -> 0.866 (lone articles too: 0.850, so they never join).
   */
  stragglers: { size: 2, minStory: 3, minSimilarity: 0.15 },
  /** Terms kept per article vector: its 300 heaviest (a longread's tail of rare words adds cost, not grouping). */
  vectorTerms: 300,
  /**
   * Retrieval: an article is indexed under its 35 heaviest terms and its 35 heaviest terms that
   * other articles hold too, and searched by the latter; each posting list's newest 60 entries are
   * read; the 40 best candidates are compared; articles published more than 60 days apart are not
   * compared (stories age out). Reading 150 entries gave the same ECB+ stories, on 100k generated
   * articles B-cubed 0.8908 (60: 0.8903) with about 20% more grouping time; 500 entries of 40 lists
   * gave worse generated stories (0.889). Fewer terms (30: on 100k generated 0.897) split an
   * 11-article fixture story. 40 candidates: the same ECB+ stories as 50, on 100k generated
   * articles B-cubed 0.891 (50: 0.890) with about 10% less grouping time; 30 lowered ECB+ to 0.951.
   */
  retrieval: { indexTerms: 35, postingsRead: 60, candidates: 40, maxGapDays: 60 },
  /** Articles clustered together at a time. */
  window: 2000,
};

/** Changes whenever grouping would put the same articles differently: a saved state of another version is rebuilt. */
export const groupingVersion = `features-1:${createHash('sha256').update(JSON.stringify(groupingParameters)).digest('hex').slice(0, 12)}`;

/** A new, empty story index with the grouping parameters (`saved: false` when it is never saved). */
export function newStoryIndex(saved = true): StoryIndex {
  return new StoryIndex(groupingParameters, groupingVersion, saved);
}

/** The saved state as an index, or a new one when there is none or it was built by another version. */
export function restoreStoryIndex(state: GroupingState | undefined): StoryIndex {
  return state === undefined || state.version !== groupingVersion ? newStoryIndex() : StoryIndex.restore(groupingParameters, state);
}

/** Adds the articles the index does not hold yet. */
export function indexArticles(articles: readonly AnnotatedArticle[], index: StoryIndex = newStoryIndex()): StoryIndex {
  index.add(articles.filter((a) => !index.has(a.id)).map(articleFeatures));
  return index;
}

/** Groups articles into stories; every article lands in exactly one. */
export function clusterArticles(articles: readonly AnnotatedArticle[]): Story[] {
  return indexArticles(articles).stories();
}

export const groupStories: CorpusStage = {
  name: 'stories',
  run(corpus) {
    const held = new Set(corpus.articles.map((a) => a.id));
    const stories = indexArticles(corpus.articles, corpus.grouping)
      .stories()
      .map((story) => ({ ...story, articles: story.articles.filter((id) => held.has(id)) }))
      .filter((story) => story.articles.length > 0);
    return { ...corpus, stories };
  },
};
