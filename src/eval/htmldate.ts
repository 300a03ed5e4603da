/**
 * htmldate's publication-date benchmark: `eval_default.json` lists, per URL, the page's file
 * (gzipped HTML under `eval/` or `cache/`, read like trafilatura's set) and its gold publication
 * day `date` (YYYY-MM-DD).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fail } from '../errors.ts';

export interface DatedPage {
  readonly url: string;
  /** The page's file name as the gold lists it, without `.gz`. */
  readonly file: string;
  /** The gold publication day, YYYY-MM-DD. */
  readonly date: string;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/u;

/** The pages of an `eval_default.json` document; a malformed record is a dataset error. */
export function parseDatedPages(json: string, file: string): DatedPage[] {
  const records = JSON.parse(json) as Record<string, unknown>;
  return Object.entries(records).map(([url, record]) => {
    const fields = (record ?? {}) as { file?: unknown; date?: unknown };
    if (typeof fields.file !== 'string' || typeof fields.date !== 'string' || !ISO_DAY.test(fields.date)) {
      fail('E_DATASET', `${file}: expected {"file": string, "date": "YYYY-MM-DD"} for ${url}, instead found ${JSON.stringify(record).slice(0, 80)}`);
    }
    return { url, file: fields.file, date: fields.date };
  });
}

/** Reads `eval_default.json` from the dataset folder. */
export function loadDatedPages(dataDir: string): DatedPage[] {
  const path = join(dataDir, 'eval_default.json');
  if (!existsSync(path)) fail('E_DATASET', `${path} is missing: the pubdate task needs eval_default.json in ${dataDir}`);
  return parseDatedPages(readFileSync(path, 'utf8'), path);
}

export type PubdateOutcomeKind = 'right' | 'wrong' | 'undated';

/** Our publication date (any ISO precision, or null) against the gold day. */
export function pubdateOutcome(ours: string | null, gold: string): PubdateOutcomeKind {
  if (ours === null) return 'undated';
  return ours.slice(0, 10) === gold ? 'right' : 'wrong';
}

const ratio = (part: number, whole: number): number => (whole === 0 ? 0 : part / whole);

/** Accuracy (right / pages), coverage (dated / pages) and precision (right / dated). */
export function pubdateMetrics(kinds: readonly PubdateOutcomeKind[]): Record<string, number> {
  const right = kinds.filter((k) => k === 'right').length;
  const dated = kinds.filter((k) => k !== 'undated').length;
  return {
    accuracy: ratio(right, kinds.length),
    coverage: ratio(dated, kinds.length),
    precision: ratio(right, dated),
    pages: kinds.length,
  };
}
