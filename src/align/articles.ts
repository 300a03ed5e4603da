import type { AnnotatedArticle, ReportArticle } from '../model.ts';

/** Publication date first (undated last), then id: the order every part of a report lists articles in. */
export function byPublication(a: AnnotatedArticle, b: AnnotatedArticle): number {
  const da = a.meta.publishedAt?.value;
  const db = b.meta.publishedAt?.value;
  if (da !== db) {
    if (da === undefined) return 1;
    if (db === undefined) return -1;
    return da < db ? -1 : 1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

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
