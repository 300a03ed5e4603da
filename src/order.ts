import type { AnnotatedArticle } from './model.ts';

/** Earliest first: known publication date, then id; undated articles after dated ones. */
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
