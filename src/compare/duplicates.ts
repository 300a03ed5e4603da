import type { AnnotatedArticle } from '../model.ts';
import type { CorpusStage } from '../pipeline/stage.ts';
import { contentKey, publicationDay } from './features.ts';
import type { DuplicateEntry, DuplicateParameters } from './minhash-index.ts';
import { DuplicateIndex } from './minhash-index.ts';
import type { ArticleFeatures } from './features.ts';
import { articleSignature, signatureOf } from './minhash.ts';
import { shingleHashes } from './shingles.ts';

export { contentKey } from './features.ts';

/**
 * The one parameter set duplicate detection runs with (chosen on the synthetic corpus, seed 1,
 * where independent reports of a story share up to 90% of their shingles: a containment of 0.95
 * keeps them apart and still takes copies with leftover boilerplate or a few edited words).
 */
export const duplicateParameters: DuplicateParameters = {
  minLengthRatio: 0.5,
  minContainment: 0.95,
  /**
   * 32 bands of 4 of the 128 values: pairs of Jaccard 0.7 share a band with p = 0.9998, 0.5 with
   * p = 0.87, 0.46 (a copy half as long, at the containment threshold) with p = 0.77, 0.3 with
   * p = 0.23, 0.1 with p = 0.003.
   */
  banding: { bands: 32, rows: 4 },
  maxBucketRead: 200,
  /**
   * Originals are held 60 days after publication (the horizon of story grouping): copies appear
   * within a day or two of their original, and this bounds memory over a long stream.
   */
  maxGapDays: 60,
};

/** What the duplicate index needs of an article (from its grouping features, when computed already). */
export function duplicateEntry(article: AnnotatedArticle, features?: ArticleFeatures): DuplicateEntry {
  const day = features === undefined ? publicationDay(article) : features.day;
  const key = features?.key ?? contentKey(article);
  const signature = features === undefined ? articleSignature(article) : signatureOf(shingleHashes(features.contentWords));
  return { id: article.id, key, ...(day === undefined ? {} : { day }), signature };
}

/** Id of each copy -> id of the earliest original it copies, across all the articles given. */
export function findDuplicates(articles: readonly AnnotatedArticle[]): Map<string, string> {
  const index = new DuplicateIndex(duplicateParameters);
  index.addWindow(articles.map((article) => duplicateEntry(article)));
  const duplicateOf = new Map<string, string>();
  for (const article of articles) {
    const original = index.originalOf(article.id);
    if (original !== null) duplicateOf.set(article.id, original);
  }
  return duplicateOf;
}

function withoutDuplicateMark(article: AnnotatedArticle): AnnotatedArticle {
  const { duplicateOf, ...rest } = article;
  return duplicateOf === undefined ? article : rest;
}

/** Marks copies across the whole corpus: a copy is a copy even when grouping put it in another story. */
export const markDuplicates: CorpusStage = {
  name: 'duplicates',
  run(corpus) {
    const duplicateOf = findDuplicates(corpus.articles);
    const articles = corpus.articles.map((article) => {
      const original = duplicateOf.get(article.id);
      const clean = withoutDuplicateMark(article);
      return original === undefined ? clean : { ...clean, duplicateOf: original };
    });
    return { ...corpus, articles };
  },
};
