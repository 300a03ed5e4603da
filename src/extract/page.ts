import type { RawArticle } from '../model.ts';
import { extractionStages } from '../pipeline/default.ts';
import { emptyArticle, runArticleStages } from '../pipeline/run.ts';

/** What `newsprism extract` prints for one page. */
export interface PageExtract {
  readonly schemaVersion: 1;
  readonly title: string | null;
  readonly text: string;
  readonly author: string | null;
  readonly publishedAt: string | null;
  readonly siteName: string | null;
  readonly language: string | null;
  readonly removed: readonly { readonly text: string; readonly reason: string }[];
}

/** The extraction stages, run on one page. `now` (ISO) bounds the publication date. */
export function extractPage(html: string, url?: string, now: string = new Date().toISOString()): PageExtract {
  const input: RawArticle = { id: 'page', path: url ?? 'page.html', html, ...(url === undefined ? {} : { url }) };
  const article = runArticleStages(emptyArticle(input), extractionStages, { now });
  return {
    schemaVersion: 1,
    title: article.meta.title?.value ?? null,
    text: article.text,
    author: article.meta.author?.value ?? null,
    publishedAt: article.meta.publishedAt?.value ?? null,
    siteName: article.meta.source?.value ?? null,
    language: article.meta.language?.value ?? null,
    removed: article.removed.map((r) => ({ text: article.text.slice(r.start, r.end), reason: r.reason })),
  };
}
