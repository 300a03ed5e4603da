import type { AnnotatedArticle, Story } from '../model.ts';
import type { CorpusStage } from '../pipeline/stage.ts';
import { averageLinkage } from './cluster.ts';
import { articleFeatures, type ArticleFeatures } from './features.ts';
import { similarPairs, timeFactor, type ScoredPair } from './similarity.ts';
import { sharedNeighbourScores } from './neighbours.ts';
import { makeStory, sortStories } from './story-id.ts';
import { tfidfVectors, type BlockWeights } from './vectors.ts';

/** The one parameter set grouping runs with. */
export const groupingParameters = {
  /** Namespace weights: content words, name words, numbers, months of resolved dates. */
  blocks: { 'w:': 1, 'e:': 1.5, 'n:': 0.5, 'd:': 0.5 } satisfies BlockWeights,
  /** Mean (shared-neighbour weighted) similarity two groups need to be one story. */
  threshold: 0.08,
  /** Pairs below this similarity are not kept (they count as 0 in the means). */
  floor: 0.02,
  /** Publication dates further apart than this start to lower a similarity ... */
  windowDays: 7,
  /** ... down to this factor at ten windows apart. */
  minimumTimeFactor: 0.5,
  /** Neighbourhoods: the 5 most similar articles that reach 0.08; a tenth of a score is kept regardless. */
  neighbours: { k: 5, minScore: 0.08, base: 0.1 },
} as const;

/** Similar pairs, each lowered by how far apart the two articles were published. */
export function scoredPairs(features: readonly ArticleFeatures[]): ScoredPair[] {
  const p = groupingParameters;
  const vectors = tfidfVectors(features, p.blocks);
  return similarPairs(vectors, p.floor).map((pair) => ({
    ...pair,
    score: pair.score * timeFactor(features[pair.a]!.day, features[pair.b]!.day, p.windowDays, p.minimumTimeFactor),
  }));
}

/** Groups articles into stories; every article lands in exactly one. */
export function clusterArticles(articles: readonly AnnotatedArticle[]): Story[] {
  const features = articles.map(articleFeatures);
  const keys = features.map((f) => `${f.key}|${f.id}`);
  const pairs = sharedNeighbourScores(scoredPairs(features), keys, groupingParameters.neighbours);
  const clusters = averageLinkage(keys, pairs, groupingParameters.threshold);
  return sortStories(clusters.map((members) => makeStory(members.map((i) => features[i]!.id))));
}

export const groupStories: CorpusStage = {
  name: 'stories',
  run(corpus) {
    return { ...corpus, stories: clusterArticles(corpus.articles) };
  },
};
