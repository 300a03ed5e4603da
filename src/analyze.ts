import { readInputs, type IngestOptions } from './ingest/index.ts';
import type { AnnotatedArticle, RawArticle, Rejected, Story, StoryReport } from './model.ts';
import { restoreStoryIndex } from './compare/group-stories.ts';
import { articleStages, corpusStages, groupingStages, storyStages } from './pipeline/default.ts';
import { emptyArticle, runArticleStages, runCorpusStages } from './pipeline/run.ts';
import type { Context, Corpus } from './pipeline/stage.ts';
import type { Store } from './store/store.ts';

/** What a caller hears while inputs are read and annotated. */
export interface AnalyzeEvents {
  readonly onRejected?: (rejected: Rejected) => void;
  readonly onSkipped?: (path: string, reason: string) => void;
  /** Called after each article is annotated, with the number done and the number read. */
  readonly onProgress?: (done: number, total: number) => void;
}

export interface ReadResult {
  readonly articles: RawArticle[];
  readonly rejected: Rejected[];
  readonly skipped: { readonly path: string; readonly reason: string }[];
}

/** Reads every input, keeping articles, rejections and skipped files apart (the only I/O here). */
export async function readAll(inputs: readonly string[], options: IngestOptions & AnalyzeEvents = {}): Promise<ReadResult> {
  const result: ReadResult = { articles: [], rejected: [], skipped: [] };
  for await (const item of readInputs(inputs, options)) {
    if (item.kind === 'article') result.articles.push(withNotes(item.article, item.notes, item.fetchedAt));
    else if (item.kind === 'rejected') {
      result.rejected.push(item.rejected);
      options.onRejected?.(item.rejected);
    } else {
      result.skipped.push({ path: item.path, reason: item.reason });
      options.onSkipped?.(item.path, item.reason);
    }
  }
  return result;
}

/** The article with what ingest noted about it. */
function withNotes(article: RawArticle, notes: readonly string[] | undefined, fetchedAt: string | undefined): RawArticle {
  return {
    ...article,
    ...(notes === undefined || notes.length === 0 ? {} : { notes }),
    ...(fetchedAt === undefined ? {} : { fetchedAt }),
  };
}

/** Runs the per-article stages on one input. */
export function annotateArticle(raw: RawArticle, ctx: Context): AnnotatedArticle {
  return runArticleStages(emptyArticle(raw), articleStages, ctx);
}

export function annotateAll(raws: readonly RawArticle[], ctx: Context, events: AnalyzeEvents = {}): AnnotatedArticle[] {
  return raws.map((raw, i) => {
    const annotated = annotateArticle(raw, ctx);
    events.onProgress?.(i + 1, raws.length);
    return annotated;
  });
}

/** Runs only the stages grouping reads (clean text, title, date): what `cluster` needs. */
export function extractArticle(raw: RawArticle, ctx: Context): AnnotatedArticle {
  return runArticleStages(emptyArticle(raw), groupingStages, ctx);
}

/** `extractArticle` on each article. */
export function extractAll(raws: readonly RawArticle[], ctx: Context): AnnotatedArticle[] {
  return raws.map((raw) => extractArticle(raw, ctx));
}

/** Groups annotated articles into stories and infers what a story tells about each article. */
export function groupIntoStories(articles: readonly AnnotatedArticle[], ctx: Context): Corpus {
  return runCorpusStages({ articles, stories: [], reports: [] }, storyStages, ctx);
}

/** Articles are committed in batches of this size, so a crash loses at most one batch of work. */
const COMMIT_EVERY = 100;

export interface AnalyzeResult {
  /** Every article in the store after this run, as the corpus stages left them. */
  readonly articles: readonly AnnotatedArticle[];
  readonly stories: readonly Story[];
  readonly reports: readonly StoryReport[];
  /** Ids of the articles read in this run. */
  readonly read: readonly string[];
  /** How many of them the store did not hold before. */
  readonly added: number;
  readonly rejected: readonly Rejected[];
  readonly skipped: ReadResult['skipped'];
}

/**
 * The main job: read and annotate the inputs, keep them in the store, regroup everything the store
 * holds into stories and build one report per story. Re-running on the same inputs adds nothing.
 */
export async function analyze(
  inputs: readonly string[],
  store: Store,
  ctx: Context,
  options: IngestOptions & AnalyzeEvents = {},
): Promise<AnalyzeResult> {
  const read = await readAll(inputs, options);
  store.transaction(() => read.rejected.forEach((r) => store.putRejected(r)));
  const annotated: AnnotatedArticle[] = [];
  let added = 0;
  for (let from = 0; from < read.articles.length; from += COMMIT_EVERY) {
    const batch = read.articles.slice(from, from + COMMIT_EVERY).map((raw) => annotateArticle(raw, ctx));
    added += store.transaction(() => batch.filter((article) => store.putArticle(article)).length);
    annotated.push(...batch);
    options.onProgress?.(annotated.length, read.articles.length);
  }
  const grouping = restoreStoryIndex(store.grouping());
  const corpus = runCorpusStages({ articles: store.articles(), stories: [], reports: [], grouping }, corpusStages, ctx);
  store.transaction(() => {
    store.saveGrouping(grouping.takeChanges());
    store.replaceStories(corpus.stories, corpus.reports);
  });
  return {
    articles: corpus.articles,
    stories: corpus.stories,
    reports: corpus.reports,
    read: [...new Set(annotated.map((a) => a.id))],
    added,
    rejected: read.rejected,
    skipped: read.skipped,
  };
}
