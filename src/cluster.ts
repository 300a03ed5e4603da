/**
 * `cluster` at scale: articles stream in, a window at a time, through the stages grouping reads,
 * into a story index and a duplicate index; only their features and signatures stay in memory.
 */
import { articleFeatures, groupingFeatures, type GroupingFeatures } from './compare/features.ts';
import { duplicateEntry, duplicateParameters } from './compare/duplicates.ts';
import { groupingParameters, newStoryIndex } from './compare/group-stories.ts';
import { DuplicateIndex, type DuplicateEntry } from './compare/minhash-index.ts';
import { readInputs, type IngestOptions } from './ingest/index.ts';
import { extractArticle, type AnalyzeEvents } from './analyze.ts';
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

/** What grouping keeps of an article until its window is clustered: its features and its duplicate entry. */
export interface Indexable {
  readonly features: GroupingFeatures;
  readonly entry: DuplicateEntry;
}

/** The parts of the cluster work: an article's reading, then its window's indexing. */
export type ClusterStep = 'extraction' | 'features' | 'signature' | 'storyIndex' | 'duplicateIndex';

/** Called as each part ends (a benchmark reads its clock there). */
export type StepDone = (step: ClusterStep) => void;

/**
 * Runs an article through the stages grouping reads as soon as it arrives and keeps only what the
 * indexes need (its words read once, for both): the annotated article is garbage at once, rather
 * than a window of them living long enough to be promoted to the old generation.
 */
export function indexable(raw: RawArticle, ctx: Context, done?: StepDone): Indexable {
  const article = extractArticle(raw, ctx);
  done?.('extraction');
  const features = articleFeatures(article);
  done?.('features');
  const entry = duplicateEntry(article, features);
  done?.('signature');
  return { features: groupingFeatures(features), entry };
}

/** Adds a window of articles into the story index and the duplicate index. */
export function indexWindow(window: readonly Indexable[], stories: StoryIndex, duplicates: DuplicateIndex, done?: StepDone): void {
  stories.add(window.map((w) => w.features));
  done?.('storyIndex');
  duplicates.addWindow(window.map((w) => w.entry));
  done?.('duplicateIndex');
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
  let window: Indexable[] = [];
  const flush = (): void => {
    indexWindow(window, stories, duplicates);
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
      window.push(indexable(item.article, ctx));
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
