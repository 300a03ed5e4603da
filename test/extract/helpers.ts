import type { AnnotatedArticle, RawArticle } from '../../src/model.ts';
import { emptyArticle, runArticleStages } from '../../src/pipeline/run.ts';
import { extractionStages } from '../../src/pipeline/default.ts';

export const NOW = '2026-01-01T00:00:00Z';

/** The stages of src/extract, in pipeline order. */
export const extractStages = extractionStages;

export function extract(input: Partial<RawArticle>, now = NOW): AnnotatedArticle {
  return runArticleStages(emptyArticle({ id: 't', path: 't.txt', ...input }), extractStages, { now });
}

/** The removed texts of an article, with their reasons. */
export function removedTexts(article: AnnotatedArticle): string[] {
  return article.removed.map((r) => `${r.reason}: ${article.text.slice(r.start, r.end)}`);
}
