/**
 * Publication dates on htmldate's benchmark: each page goes through `extractPage` and its
 * `publishedAt`, reduced to the day, is compared with the gold day. A page that cannot be read
 * or extracted counts as undated (and in `failed`).
 */
import { performance } from 'node:perf_hooks';
import { extractPage } from '../../extract/page.ts';
import type { EvalTask } from '../types.ts';
import type { DatedPage, PubdateOutcomeKind } from '../htmldate.ts';
import { loadDatedPages, pubdateMetrics, pubdateOutcome } from '../htmldate.ts';
import { readStoredPage } from '../trafilatura.ts';

const DATASET = 'htmldate-eval';

/** One page's result, kept so that errors can be read and counted. */
export interface PubdateOutcome {
  readonly gold: DatedPage;
  readonly ours: string | null;
  readonly kind: PubdateOutcomeKind;
  readonly failed: boolean;
}

/** The publication date `extractPage` finds, or undefined when the page breaks extraction. */
function extractedDate(html: string, url: string, now: string): string | null | undefined {
  try {
    return extractPage(html, url, now).publishedAt;
  } catch {
    return undefined;
  }
}

/** Every page of the dataset, extracted and scored. */
export function evaluatePubdates(dataDir: string, now: string): PubdateOutcome[] {
  return loadDatedPages(dataDir).map((gold) => {
    const html = readStoredPage(dataDir, gold.file);
    const found = html === null ? undefined : extractedDate(html, gold.url, now);
    const ours = found ?? null;
    return { gold, ours, kind: pubdateOutcome(ours, gold.date), failed: found === undefined };
  });
}

export const pubdateTask: EvalTask = {
  name: 'pubdate',
  dataset: DATASET,
  run(dataDir) {
    const began = performance.now();
    const outcomes = evaluatePubdates(dataDir, new Date().toISOString());
    return Promise.resolve({
      task: 'pubdate',
      dataset: DATASET,
      metrics: { ...pubdateMetrics(outcomes.map((o) => o.kind)), failed: outcomes.filter((o) => o.failed).length },
      articles: outcomes.length,
      seconds: (performance.now() - began) / 1000,
    });
  },
};
