import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fail } from '../errors.ts';

export interface DatasetArticle {
  readonly id: string;
  readonly text: string;
  /** Where the record came from, `FILE:LINE`. */
  readonly path: string;
}

export interface ClusteringDataset {
  readonly articles: readonly DatasetArticle[];
  /** Article id -> gold story label. */
  readonly gold: ReadonlyMap<string, string>;
}

function readRequired(dir: string, file: string): string {
  const path = join(dir, file);
  if (!existsSync(path)) fail('E_DATASET', `${path} is missing: the clustering task needs ${file} in ${dir}`);
  return readFileSync(path, 'utf8');
}

/** `articles.jsonl` records `{id, text}`, one a line. */
export function parseArticles(jsonl: string, file: string): DatasetArticle[] {
  const articles: DatasetArticle[] = [];
  jsonl.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    const record = JSON.parse(line) as { id?: unknown; text?: unknown };
    if (typeof record.id !== 'string' || typeof record.text !== 'string') {
      fail('E_DATASET', `${file}:${i + 1}: expected {"id": string, "text": string}, instead found ${line.slice(0, 80)}`);
    }
    articles.push({ id: record.id, text: record.text, path: `${file}:${i + 1}` });
  });
  return articles;
}

/** `gold.tsv` lines `id TAB story`. */
export function parseGold(tsv: string, file: string): Map<string, string> {
  const gold = new Map<string, string>();
  tsv.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    const [id, story] = line.split('\t');
    if (id === undefined || story === undefined || story.trim() === '') {
      fail('E_DATASET', `${file}:${i + 1}: expected "id<TAB>story", instead found ${line.slice(0, 80)}`);
    }
    gold.set(id.trim(), story.trim());
  });
  return gold;
}

/** Loads an ECB+-style clustering set (`articles.jsonl`, `gold.tsv`) from `dir`. */
export function loadClusteringDataset(dir: string): ClusteringDataset {
  const articlesFile = join(dir, 'articles.jsonl');
  const goldFile = join(dir, 'gold.tsv');
  const articles = parseArticles(readRequired(dir, 'articles.jsonl'), articlesFile);
  const gold = parseGold(readRequired(dir, 'gold.tsv'), goldFile);
  const unlabelled = articles.filter((a) => !gold.has(a.id));
  if (unlabelled.length > 0) {
    fail('E_DATASET', `${goldFile} has no story for ${unlabelled.length} articles, e.g. ${unlabelled[0]!.id}`);
  }
  return { articles, gold: new Map(articles.map((a) => [a.id, gold.get(a.id)!])) };
}
