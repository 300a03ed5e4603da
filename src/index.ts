/** The public library of newsprism. The CLI (and later the server) import only from here. */
export type * from './model.ts';
export type { ArticleStage, Context, Corpus, CorpusStage } from './pipeline/stage.ts';
export type { Store, StoreCounts, StoryDecision } from './store/store.ts';
export type { FeedLink, IngestItem, IngestOptions, WebOptions, WebReading } from './ingest/index.ts';
export type { FetchOptions, FetchResult, Fetcher } from './fetch/index.ts';
export type { AnalyzeEvents, AnalyzeResult, ReadResult } from './analyze.ts';
export type { EvalResult } from './eval/index.ts';

export { decideStories, explainArticle, findArticle, type RegroupResult, type StoryDecisionRequest, type StoryExplanation } from './stories.ts';
export { clusterInputs, type ClusterRecord, type ClusterResult } from './cluster.ts';
export { analyze, annotateAll, annotateArticle, extractAll, groupIntoStories, readAll } from './analyze.ts';
export { annotationStages, articleStages, corpusStages, extractionStages, groupingStages, storyStages } from './pipeline/default.ts';
export { emptyArticle, runArticleStages, runCorpusStages } from './pipeline/run.ts';
export { readInputs, articleId, DEFAULT_MAX_BYTES, webReading } from './ingest/index.ts';
export { createFetcher } from './fetch/index.ts';
export { extractPage, type PageExtract } from './extract/page.ts';
export { openSqliteStore } from './store/sqlite.ts';
export { renderJson, renderMarkdown, renderStoryHtml, renderIndexHtml } from './report/index.ts';
export { writeReports } from './report/write.ts';
export { annotationRecord, clusterRecords } from './records.ts';
export { evalTasks, checkFloors } from './eval/index.ts';
export { NewsprismError, errorCatalogue, type ErrorCode } from './errors.ts';
