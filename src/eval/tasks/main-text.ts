/**
 * Main-text extraction on trafilatura's benchmark: each page goes through the extraction stages
 * (what `extractPage` runs) and what a reader gets, the text minus its removed spans, is scored
 * with trafilatura's snippet measure. A page that cannot be read or extracted counts as `failed`
 * and misses all its `with` snippets. The pages are also scored in two fixed halves (a seeded
 * shuffle): tune on `a`, check on `b`, so that a gain is not fitted to the pages. `fallback_rate`
 * is the share of pages the fast path left to Readability.
 */
import { performance } from 'node:perf_hooks';
import { extractionStages } from '../../pipeline/default.ts';
import { emptyArticle, runArticleStages } from '../../pipeline/run.ts';
import type { EvalTask } from '../types.ts';
import { shuffled } from '../shuffle.ts';
import type { SnippetCase, SnippetCounts } from '../trafilatura.ts';
import { loadSnippetCases, readStoredPage, readerText, scoreSnippets, snippetMetrics, sumCounts } from '../trafilatura.ts';

const DATASET = 'trafilatura-eval';

/** One page's result, kept so that errors can be read and counted. */
export interface MainTextOutcome {
  readonly gold: SnippetCase;
  /** The reader's text, or null when the page could not be read or extracted. */
  readonly text: string | null;
  readonly counts: SnippetCounts;
  /** The fast path found too little text and Readability read the page. */
  readonly fallback: boolean;
  /** Which fixed half of the dataset the page is in. */
  readonly half: 'a' | 'b';
}

/** The seed of the shuffle that splits the pages into halves; never change it. */
const HALVES_SEED = 26;

/** The reader's text of one page (extraction stages, then the text without its removed spans), and whether Readability read it. */
export function extractReaderText(html: string, url: string, now: string): { text: string; fallback: boolean } | null {
  try {
    const article = runArticleStages(emptyArticle({ id: 'page', path: url, html, url }), extractionStages, { now });
    const fallback = article.diagnostics.some((d) => d.code === 'readability-fallback');
    return { text: readerText(article.text, article.removed), fallback };
  } catch {
    return null;
  }
}

/** The urls of the first half of the cases, after a seeded shuffle. */
export function firstHalf(cases: readonly SnippetCase[]): Set<string> {
  return new Set(shuffled(cases, HALVES_SEED).slice(0, Math.ceil(cases.length / 2)).map((c) => c.url));
}

/** Every page of the dataset, extracted and scored. */
export function evaluateMainText(dataDir: string, now: string): MainTextOutcome[] {
  const cases = loadSnippetCases(dataDir);
  const halfA = firstHalf(cases);
  return cases.map((gold) => {
    const html = readStoredPage(dataDir, gold.file);
    const found = html === null ? null : extractReaderText(html, gold.url, now);
    const text = found?.text ?? null;
    return { gold, text, counts: scoreSnippets(text, gold), fallback: found?.fallback ?? false, half: halfA.has(gold.url) ? 'a' : 'b' };
  });
}

function f1Of(outcomes: readonly MainTextOutcome[]): number {
  return snippetMetrics(sumCounts(outcomes.map((o) => o.counts))).f1;
}

/** The task's metrics from the outcomes. */
export function mainTextMetrics(outcomes: readonly MainTextOutcome[]): Record<string, number> {
  return {
    ...snippetMetrics(sumCounts(outcomes.map((o) => o.counts))),
    f1_half_a: f1Of(outcomes.filter((o) => o.half === 'a')),
    f1_half_b: f1Of(outcomes.filter((o) => o.half === 'b')),
    pages: outcomes.length,
    failed: outcomes.filter((o) => o.text === null).length,
    fallback_rate: outcomes.length === 0 ? 0 : outcomes.filter((o) => o.fallback).length / outcomes.length,
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
