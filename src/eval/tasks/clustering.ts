import { performance } from 'node:perf_hooks';
import { splitSentences } from '../../annotate/sentences.ts';
import { clusterArticles } from '../../compare/group-stories.ts';
import type { AnnotatedArticle } from '../../model.ts';
import { emptyArticle, runArticleStages } from '../../pipeline/run.ts';
import type { ArticleStage, Context } from '../../pipeline/stage.ts';
import { bcubed, labelsOf } from '../bcubed.ts';
import { loadClusteringDataset } from '../ecbplus.ts';
import { shuffled } from '../shuffle.ts';
import type { EvalTask } from '../types.ts';

/** The per-article stages the task runs before grouping. */
const articleStages: readonly ArticleStage[] = [splitSentences];

const shuffleSeed = 20140526;

export function annotateAll(
  records: readonly { id: string; text: string; path: string }[],
  stages: readonly ArticleStage[],
  ctx: Context,
): AnnotatedArticle[] {
  return records.map((r) => runArticleStages(emptyArticle({ id: r.id, path: r.path, text: r.text }), stages, ctx));
}

/** Story grouping of a whole labelled set, scored with B-cubed; then again on shuffled input. */
export const clusteringTask: EvalTask = {
  name: 'clustering',
  dataset: 'ecbplus-dev',
  run(dataDir) {
    const began = performance.now();
    const { articles, gold } = loadClusteringDataset(dataDir);
    const annotated = annotateAll(articles, articleStages, { now: new Date().toISOString() });
    const score = bcubed(labelsOf(clusterArticles(annotated).map((s) => s.articles)), gold);
    const shuffledScore = bcubed(labelsOf(clusterArticles(shuffled(annotated, shuffleSeed)).map((s) => s.articles)), gold);
    return Promise.resolve({
      task: 'clustering',
      dataset: 'ecbplus-dev',
      metrics: {
        bcubed_precision: score.precision,
        bcubed_recall: score.recall,
        bcubed_f1: score.f1,
        bcubed_f1_shuffled: shuffledScore.f1,
      },
      articles: articles.length,
      seconds: (performance.now() - began) / 1000,
    });
  },
};
