/**
 * Publication dates on htmldate's benchmark, two ways: each page through `extractPage` (its
 * `publishedAt`, reduced to the day, against the gold day; a page that cannot be read or extracted
 * counts as undated and in `failed`), and each page straight through `publishedAtFromHtml` (the
 * `html.*` metrics: overall, on a fixed random half used for development and on the other half,
 * and pages per second of that function alone).
 */
import { performance } from 'node:perf_hooks';
import { extractPage } from '../../extract/page.ts';
import { publishedAtFromHtml } from '../../extract/pubdate/index.ts';
import type { EvalTask } from '../types.ts';
import type { DatedPage, PubdateOutcomeKind } from '../htmldate.ts';
import { loadDatedPages, pubdateMetrics, pubdateOutcome } from '../htmldate.ts';
import { shuffled } from '../shuffle.ts';
import { readStoredPage } from '../trafilatura.ts';

const DATASET = 'htmldate-eval';
/** The seed of the development / held-out split of the pages. */
export const SPLIT_SEED = 25;

/** One page's result, kept so that errors can be read and counted. */
export interface PubdateOutcome {
  readonly gold: DatedPage;
  readonly ours: string | null;
  readonly kind: PubdateOutcomeKind;
  readonly failed: boolean;
}

/** Reads a page's publication date; undefined when the page breaks the reader. */
export type PubdateReader = (html: string, url: string, now: string) => string | null | undefined;

/** The publication date `extractPage` finds, or undefined when the page breaks extraction. */
export const throughExtractPage: PubdateReader = (html, url, now) => {
  try {
    return extractPage(html, url, now).publishedAt;
  } catch {
    return undefined;
  }
};

/** The publication date `publishedAtFromHtml` finds on the raw page. */
export const straightFromHtml: PubdateReader = (html, url, now) => publishedAtFromHtml(html, url, now)?.value ?? null;

interface StoredPage {
  readonly gold: DatedPage;
  readonly html: string | null;
}

function loadPages(dataDir: string): StoredPage[] {
  return loadDatedPages(dataDir).map((gold) => ({ gold, html: readStoredPage(dataDir, gold.file) }));
}

function score(pages: readonly StoredPage[], now: string, read: PubdateReader): PubdateOutcome[] {
  return pages.map(({ gold, html }) => {
    const found = html === null ? undefined : read(html, gold.url, now);
    const ours = found ?? null;
    return { gold, ours, kind: pubdateOutcome(ours, gold.date), failed: found === undefined };
  });
}

/** Every page of the dataset, scored with `read` (by default through `extractPage`). */
export function evaluatePubdates(dataDir: string, now: string, read: PubdateReader = throughExtractPage): PubdateOutcome[] {
  return score(loadPages(dataDir), now, read);
}

/** The development half (the first half, in the gold file's order, after a seeded shuffle) and the held-out half, as URLs. */
export function splitHalves(pages: readonly DatedPage[]): { dev: Set<string>; holdout: Set<string> } {
  const order = shuffled(pages.map((p) => p.url), SPLIT_SEED);
  const half = Math.ceil(order.length / 2);
  return { dev: new Set(order.slice(0, half)), holdout: new Set(order.slice(half)) };
}

/** `publishedAtFromHtml` alone: accuracy, coverage and precision overall, accuracy per half, pages/s. */
export function directMetrics(pages: readonly StoredPage[], now: string): Record<string, number> {
  const began = performance.now();
  const outcomes = score(pages, now, straightFromHtml);
  const seconds = (performance.now() - began) / 1000;
  const { dev, holdout } = splitHalves(pages.map((p) => p.gold));
  const accuracyOf = (urls: Set<string>): number =>
    pubdateMetrics(outcomes.filter((o) => urls.has(o.gold.url)).map((o) => o.kind))['accuracy'] ?? 0;
  const overall = pubdateMetrics(outcomes.map((o) => o.kind));
  return {
    'html.accuracy': overall['accuracy'] ?? 0,
    'html.coverage': overall['coverage'] ?? 0,
    'html.precision': overall['precision'] ?? 0,
    'html.dev.accuracy': accuracyOf(dev),
    'html.holdout.accuracy': accuracyOf(holdout),
    'html.pagesPerSecond': seconds === 0 ? 0 : outcomes.length / seconds,
  };
}

export const pubdateTask: EvalTask = {
  name: 'pubdate',
  dataset: DATASET,
  run(dataDir) {
    const began = performance.now();
    const now = new Date().toISOString();
    const pages = loadPages(dataDir);
    const outcomes = score(pages, now, throughExtractPage);
    return Promise.resolve({
      task: 'pubdate',
      dataset: DATASET,
      metrics: {
        ...pubdateMetrics(outcomes.map((o) => o.kind)),
        failed: outcomes.filter((o) => o.failed).length,
        ...directMetrics(pages, now),
      },
      articles: outcomes.length,
      seconds: (performance.now() - began) / 1000,
    });
  },
};
