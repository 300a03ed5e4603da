/**
 * Main-text extraction on trafilatura's benchmark: each page goes through the extraction stages
 * (what `extractPage` runs) and what a reader gets, the text minus its removed spans, is scored
 * with trafilatura's snippet measure. A page that cannot be read or extracted counts as `failed`
 * and misses all its `with` snippets.
 */
import { performance } from 'node:perf_hooks';
import { extractionStages } from '../../pipeline/default.ts';
import { emptyArticle, runArticleStages } from '../../pipeline/run.ts';
import type { EvalTask } from '../types.ts';
import type { SnippetCase, SnippetCounts } from '../trafilatura.ts';
import { loadSnippetCases, readStoredPage, readerText, scoreSnippets, snippetMetrics, sumCounts } from '../trafilatura.ts';

const DATASET = 'trafilatura-eval';

/** One page's result, kept so that errors can be read and counted. */
export interface MainTextOutcome {
  readonly gold: SnippetCase;
  /** The reader's text, or null when the page could not be read or extracted. */
  readonly text: string | null;
  readonly counts: SnippetCounts;
}

/** The reader's text of one page: extraction stages, then the text without its removed spans. */
export function extractReaderText(html: string, url: string, now: string): string | null {
  try {
    const article = runArticleStages(emptyArticle({ id: 'page', path: url, html, url }), extractionStages, { now });
    return readerText(article.text, article.removed);
  } catch {
    return null;
  }
}

/** Every page of the dataset, extracted and scored. */
export function evaluateMainText(dataDir: string, now: string): MainTextOutcome[] {
  return loadSnippetCases(dataDir).map((gold) => {
    const html = readStoredPage(dataDir, gold.file);
    const text = html === null ? null : extractReaderText(html, gold.url, now);
    return { gold, text, counts: scoreSnippets(text, gold) };
  });
}

/** The task's metrics from the outcomes. */
export function mainTextMetrics(outcomes: readonly MainTextOutcome[]): Record<string, number> {
  return {
    ...snippetMetrics(sumCounts(outcomes.map((o) => o.counts))),
    pages: outcomes.length,
    failed: outcomes.filter((o) => o.text === null).length,
  };
}

export const mainTextTask: EvalTask = {
  name: 'main-text',
  dataset: DATASET,
  run(dataDir) {
    const began = performance.now();
    const outcomes = evaluateMainText(dataDir, new Date().toISOString());
    return Promise.resolve({
      task: 'main-text',
      dataset: DATASET,
      metrics: mainTextMetrics(outcomes),
      articles: outcomes.length,
      seconds: (performance.now() - began) / 1000,
    });
  },
};
