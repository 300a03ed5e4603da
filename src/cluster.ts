/**
 * `cluster` at scale: articles stream in, a window at a time, through the stages grouping reads,
 * into a story index and a duplicate index; only their features and signatures stay in memory.
 */
import { articleFeatures } from './compare/features.ts';
import { duplicateEntry, duplicateParameters } from './compare/duplicates.ts';
import { groupingParameters, newStoryIndex } from './compare/group-stories.ts';
import { DuplicateIndex } from './compare/minhash-index.ts';
import { readInputs, type IngestOptions } from './ingest/index.ts';
import { extractAll, type AnalyzeEvents } from './analyze.ts';
import type { StoryIndex } from './compare/online/story-index.ts';
import type { RawArticle, Rejected } from './model.ts';
import type { Context } from './pipeline/stage.ts';

export interface ClusterRecord {
  readonly id: string;
  readonly story: string;
  readonly duplicateOf?: string;
}

export interface ClusterResult {
  /** One record per article, in the order the articles were read. */
  readonly records: readonly ClusterRecord[];
  readonly rejected: readonly Rejected[];
}

/**
 * Runs a window of articles through the stages grouping reads, into the story index and the
 * duplicate index (each article's words read once, for both).
 */
export function indexWindow(window: readonly RawArticle[], ctx: Context, stories: StoryIndex, duplicates: DuplicateIndex): void {
  const articles = extractAll(window, ctx);
  const features = articles.map(articleFeatures);
  stories.add(features);
  duplicates.addWindow(articles.map((article, i) => duplicateEntry(article, features[i])));
}

/**
 * Groups the inputs into stories and marks syndicated copies. Within a window (2,000 articles) the
 * order of the input does not matter; windows are taken as they arrive, as a stream is.
 */
export async function clusterInputs(inputs: readonly string[], ctx: Context, options: IngestOptions & AnalyzeEvents = {}): Promise<ClusterResult> {
  const stories = newStoryIndex(false);
  const duplicates = new DuplicateIndex(duplicateParameters);
  const order: string[] = [];
  const rejected: Rejected[] = [];
  let window: RawArticle[] = [];
  const flush = (): void => {
    indexWindow(window, ctx, stories, duplicates);
    window = [];
    options.onProgress?.(order.length, order.length);
  };
  for await (const item of readInputs(inputs, options)) {
    if (item.kind === 'rejected') {
      rejected.push(item.rejected);
      options.onRejected?.(item.rejected);
    } else if (item.kind === 'skipped') options.onSkipped?.(item.path, item.reason);
    else {
      order.push(item.article.id);
      window.push(item.article);
      if (window.length === groupingParameters.window) flush();
    }
  }
  if (window.length > 0) flush();
  const storyOf = new Map<string, string>();
  for (const story of stories.stories()) for (const id of story.articles) storyOf.set(id, story.id);
  const records = [...new Set(order)].map((id) => {
    const original = duplicates.originalOf(id);
    return { id, story: storyOf.get(id)!, ...(original === null ? {} : { duplicateOf: original }) };
  });
  return { records, rejected };
}
