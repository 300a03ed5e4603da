import type { AnnotatedArticle, RawArticle } from '../../src/model.ts';
import type { ArticleStage } from '../../src/pipeline/stage.ts';
import { emptyArticle, runArticleStages } from '../../src/pipeline/run.ts';
import { readCrawlerHeader } from '../../src/extract/header.ts';
import { markBoilerplate } from '../../src/extract/boilerplate/index.ts';
import { findTitle } from '../../src/extract/title.ts';
import { findPublicationDate } from '../../src/extract/published-at.ts';
import { findOutlet } from '../../src/extract/outlet.ts';
import { findAuthor } from '../../src/extract/author.ts';
import { detectLanguage } from '../../src/extract/language.ts';
import { extractHtml } from '../../src/extract/html.ts';

export const NOW = '2026-01-01T00:00:00Z';

/** The stages of src/extract, in pipeline order. */
export const extractStages: readonly ArticleStage[] = [
  extractHtml,
  readCrawlerHeader,
  markBoilerplate,
  findTitle,
  findPublicationDate,
  findOutlet,
  findAuthor,
  detectLanguage,
];

export function extract(input: Partial<RawArticle>, now = NOW): AnnotatedArticle {
  return runArticleStages(emptyArticle({ id: 't', path: 't.txt', ...input }), extractStages, { now });
}

/** The removed texts of an article, with their reasons. */
export function removedTexts(article: AnnotatedArticle): string[] {
  return article.removed.map((r) => `${r.reason}: ${article.text.slice(r.start, r.end)}`);
}
