/**
 * Page metadata on Mozilla Readability's 130 regression pages: each page goes through the
 * extraction stages (`extractPage`, no URL: the pages are local files) and its title, author,
 * publication time and site name are scored against Readability's own output (see
 * ../readability-pages.ts). A page that breaks extraction counts as giving nothing and in `failed`.
 * `title.within` also counts as right a title that is the expected one less a part (a site suffix
 * Readability keeps from `og:title` and we drop on purpose).
 */
import { performance } from 'node:perf_hooks';
import { extractPage } from '../../extract/page.ts';
import type { EvalTask } from '../types.ts';
import type { FieldOutcome, MetadataField, PageMetadata, ReadabilityCase } from '../readability-pages.ts';
import { METADATA_FIELDS, fieldMetrics, fieldOutcome, loadReadabilityCases, normaliseSpace } from '../readability-pages.ts';

const DATASET = 'readability-pages';

/** One page's result, kept so that errors can be read and counted. */
export interface MetadataOutcome {
  readonly name: string;
  readonly expected: PageMetadata;
  /** What we found, or null when the page broke extraction. */
  readonly found: PageMetadata | null;
  readonly fields: Readonly<Record<MetadataField, FieldOutcome>>;
}

/** Our metadata of one page, or null when extraction throws. */
export function extractMetadata(html: string, now: string): PageMetadata | null {
  try {
    const page = extractPage(html, undefined, now);
    return { title: page.title, byline: page.author, siteName: page.siteName, publishedTime: page.publishedAt };
  } catch {
    return null;
  }
}

/** One case, extracted and scored field by field. */
export function scoreCase(gold: ReadabilityCase, now: string): MetadataOutcome {
  const found = extractMetadata(gold.html, now);
  const fields = Object.fromEntries(
    METADATA_FIELDS.map((field) => [field, fieldOutcome(field, found?.[field] ?? null, gold.expected[field])]),
  ) as Record<MetadataField, FieldOutcome>;
  return { name: gold.name, expected: gold.expected, found, fields };
}

/** Our title is theirs less a leading or trailing part: "Headline" for "Headline | Site". */
export function titleWithin(ours: string | null, theirs: string | null): boolean {
  const a = normaliseSpace(ours);
  const b = normaliseSpace(theirs);
  return a !== null && b !== null && (a === b || ((b.startsWith(a) || b.endsWith(a)) && a.length >= b.length / 3));
}

/** The task's metrics from the outcomes. */
export function metadataMetrics(outcomes: readonly MetadataOutcome[]): Record<string, number> {
  const perField = METADATA_FIELDS.flatMap((field) => Object.entries(fieldMetrics(field, outcomes.map((o) => o.fields[field]))));
  const within = outcomes.filter((o) => titleWithin(o.found?.title ?? null, o.expected.title)).length;
  const titled = outcomes.filter((o) => normaliseSpace(o.expected.title) !== null).length;
  return {
    ...Object.fromEntries(perField),
    'title.within': titled === 0 ? 0 : within / titled,
    pages: outcomes.length,
    failed: outcomes.filter((o) => o.found === null).length,
  };
}

/** Every case of the dataset folder, extracted and scored. */
export function evaluateMetadata(dataDir: string, now: string): MetadataOutcome[] {
  return loadReadabilityCases(dataDir).map((gold) => scoreCase(gold, now));
}

export const metadataTask: EvalTask = {
  name: 'metadata',
  dataset: DATASET,
  run(dataDir) {
    const began = performance.now();
    const outcomes = evaluateMetadata(dataDir, new Date().toISOString());
    return Promise.resolve({
      task: 'metadata',
      dataset: DATASET,
      metrics: metadataMetrics(outcomes),
      articles: outcomes.length,
      seconds: (performance.now() - began) / 1000,
    });
  },
};
