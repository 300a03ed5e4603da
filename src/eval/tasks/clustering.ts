import { performance } from 'node:perf_hooks';
import { clusterArticles } from '../../compare/group-stories.ts';
import { extractAll } from '../../analyze.ts';
import { bcubed, labelsOf } from '../bcubed.ts';
import { loadClusteringDataset } from '../ecbplus.ts';
import { shuffled } from '../shuffle.ts';
import type { EvalTask } from '../types.ts';

const shuffleSeed = 20140526;

/**
 * Story grouping of a whole labelled set, scored with B-cubed; then again on shuffled input.
 * Grouping reads the extracted text only (not the annotations), so only extraction runs.
 */
export const clusteringTask: EvalTask = {
  name: 'clustering',
  dataset: 'ecbplus-dev',
  run(dataDir) {
    const began = performance.now();
    const { articles, gold } = loadClusteringDataset(dataDir);
    const annotated = extractAll(articles, { now: new Date().toISOString() });
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
