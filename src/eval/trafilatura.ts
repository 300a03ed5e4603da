/**
 * Trafilatura's main-text benchmark: `evaldata.json` lists, per URL, the page's file (gzipped HTML
 * under `eval/` or `cache/`), snippets its main text must contain (`with`) and boilerplate it must
 * not contain (`without`). Scored the way trafilatura's evaluation does: every `with` snippet found
 * is a true positive, missing a false negative; every `without` snippet found a false positive.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { fail } from '../errors.ts';
import { decodeHtmlFile } from '../ingest/decode.ts';
import type { Removed } from '../model.ts';
import { sortSpans } from '../span.ts';

export interface SnippetCase {
  readonly url: string;
  /** The page's file name as the gold lists it, without `.gz`. */
  readonly file: string;
  readonly with: readonly string[];
  readonly without: readonly string[];
}

export interface SnippetCounts {
  readonly truePositives: number;
  readonly falseNegatives: number;
  readonly falsePositives: number;
  readonly trueNegatives: number;
}

/** The folders, in order, where a page's gzipped HTML may be. */
const PAGE_FOLDERS = ['eval', 'cache'] as const;

function stringList(value: unknown): string[] | null {
  return Array.isArray(value) && value.every((v) => typeof v === 'string') ? value : null;
}

/** The cases of an `evaldata.json` document; a malformed record is a dataset error. */
export function parseSnippetCases(json: string, file: string): SnippetCase[] {
  const records = JSON.parse(json) as Record<string, unknown>;
  return Object.entries(records).map(([url, record]) => {
    const fields = (record ?? {}) as { file?: unknown; with?: unknown; without?: unknown };
    const withSnippets = stringList(fields.with ?? []);
    const withoutSnippets = stringList(fields.without ?? []);
    if (typeof fields.file !== 'string' || withSnippets === null || withoutSnippets === null) {
      fail('E_DATASET', `${file}: expected {"file": string, "with": string[], "without": string[]} for ${url}, instead found ${JSON.stringify(record).slice(0, 80)}`);
    }
    return { url, file: fields.file, with: withSnippets, without: withoutSnippets };
  });
}

/** Reads `evaldata.json` from the dataset folder. */
export function loadSnippetCases(dataDir: string): SnippetCase[] {
  const path = join(dataDir, 'evaldata.json');
  if (!existsSync(path)) fail('E_DATASET', `${path} is missing: the main-text task needs evaldata.json in ${dataDir}`);
  return parseSnippetCases(readFileSync(path, 'utf8'), path);
}

/**
 * The HTML of a page stored gzipped under `eval/` or `cache/` (plain files are accepted too),
 * decoded like ingest decodes HTML; null when the file is missing or cannot be decoded.
 */
export function readStoredPage(dataDir: string, file: string): string | null {
  for (const folder of PAGE_FOLDERS) {
    for (const name of [`${file}.gz`, file]) {
      const path = join(dataDir, folder, name);
      if (!existsSync(path)) continue;
      const raw = readFileSync(path);
      const bytes = name.endsWith('.gz') ? gunzipSync(raw) : raw;
      const decoded = decodeHtmlFile(bytes);
      return decoded.ok ? decoded.text : null;
    }
  }
  return null;
}

/** Runs of whitespace (any kind, non-breaking spaces included) as one space, trimmed. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** What a reader gets: the text without its removed spans (overlapping spans allowed), one piece a line. */
export function readerText(text: string, removed: readonly Removed[]): string {
  const pieces: string[] = [];
  let cursor = 0;
  for (const span of sortSpans(removed)) {
    if (span.start > cursor) pieces.push(text.slice(cursor, span.start));
    cursor = Math.max(cursor, span.end);
  }
  pieces.push(text.slice(cursor));
  return pieces.join('\n');
}

/** One page's counts; `text` null (no extraction) misses every `with` snippet and finds no `without`. */
export function scoreSnippets(text: string | null, gold: Pick<SnippetCase, 'with' | 'without'>): SnippetCounts {
  if (text === null) return { truePositives: 0, falseNegatives: gold.with.length, falsePositives: 0, trueNegatives: gold.without.length };
  const haystack = collapseWhitespace(text);
  const found = (snippet: string): boolean => haystack.includes(collapseWhitespace(snippet));
  const withFound = gold.with.filter(found).length;
  const withoutFound = gold.without.filter(found).length;
  return {
    truePositives: withFound,
    falseNegatives: gold.with.length - withFound,
    falsePositives: withoutFound,
    trueNegatives: gold.without.length - withoutFound,
  };
}

/** Counts of several pages added up. */
export function sumCounts(all: readonly SnippetCounts[]): SnippetCounts {
  return all.reduce(
    (sum, c) => ({
      truePositives: sum.truePositives + c.truePositives,
      falseNegatives: sum.falseNegatives + c.falseNegatives,
      falsePositives: sum.falsePositives + c.falsePositives,
      trueNegatives: sum.trueNegatives + c.trueNegatives,
    }),
    { truePositives: 0, falseNegatives: 0, falsePositives: 0, trueNegatives: 0 },
  );
}

const ratio = (part: number, whole: number): number => (whole === 0 ? 0 : part / whole);

/** Precision, recall and F1 over snippet counts, as trafilatura reports them. */
export function snippetMetrics(counts: SnippetCounts): { precision: number; recall: number; f1: number } {
  const precision = ratio(counts.truePositives, counts.truePositives + counts.falsePositives);
  const recall = ratio(counts.truePositives, counts.truePositives + counts.falseNegatives);
  return { precision, recall, f1: ratio(2 * precision * recall, precision + recall) };
}
