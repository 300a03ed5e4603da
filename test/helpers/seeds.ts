import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RawArticle } from '../../src/model.ts';

const seeds = join(import.meta.dirname, '../fixtures/seeds');

/** The five articles of the reference story, with ids "000" to "004". */
export function seedArticles(): RawArticle[] {
  return readdirSync(seeds)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ id: f.slice(0, 3), path: f, text: readFileSync(join(seeds, f), 'utf8') }));
}
