import { byPublication } from '../order.ts';
import type { AnnotatedArticle, ReportArticle } from '../model.ts';

export function sortArticles(articles: readonly AnnotatedArticle[]): AnnotatedArticle[] {
  return [...articles].sort(byPublication);
}

/** Sorts ids by the rank of their article in `order` (ids not in it last, by id). */
export function sortIds(ids: Iterable<string>, order: readonly string[]): string[] {
  const rank = (id: string): number => {
    const at = order.indexOf(id);
    return at < 0 ? order.length : at;
  };
  return [...new Set(ids)].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
}

export function reportArticle(article: AnnotatedArticle): ReportArticle {
  return {
    id: article.id,
    path: article.path,
    source: article.meta.source?.value ?? null,
    title: article.meta.title?.value ?? null,
    url: article.url ?? article.input.url ?? null,
    publishedAt: article.meta.publishedAt?.value ?? null,
    publishedAtSource: article.meta.publishedAtSource,
    ...(article.duplicateOf === undefined ? {} : { duplicateOf: article.duplicateOf }),
  };
}

/** The articles of a story as the report lists them: by publication date, then id. */
export function reportArticles(articles: readonly AnnotatedArticle[]): ReportArticle[] {
  return sortArticles(articles).map(reportArticle);
}
