/** The benchmark corpus generator: base texts in, a seeded stream of articles with gold stories out. */
export { generateCorpus, isoDay, articleId, storyId, storyIndexOf, epochDay, type CorpusOptions, type GeneratedArticle } from './generate.ts';
export { loadSourceTexts } from './sources.ts';
export { compileSource, type SourceText } from './template.ts';
export { corpusStats, type CorpusStats } from './stats.ts';
export { lastDay, spanDays, maxStorySize, planShape } from './plan.ts';
export { goldLine, jsonlRecord, jsonString } from './jsonl.ts';
