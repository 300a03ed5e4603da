/**
 * Page metadata from the parsed page, without a DOM: title, byline, site name and language, from
 * JSON-LD, `<meta>` tags, `<title>`, the first `<h1>`, `rel="author"` and `<html lang>`. The
 * publication time is read apart (src/extract/pubdate/ works on the raw HTML).
 */
import type { PageMeta } from '../html/page-meta.ts';
import type { JsonRecord } from '../html/json-ld.ts';
import { articleRecords, firstField, isRecord } from '../html/json-ld.ts';
import type { Attributes, HtmlPage } from './tree.ts';
import { textOf } from './tree.ts';

/** The `content` of the first `<meta>` whose name, property, itemprop or http-equiv is one of `keys` (any case). */
export function metaContentOf(metas: readonly Attributes[], keys: readonly string[]): string | null {
  for (const key of keys) {
    for (const meta of metas) {
      const named = [meta['property'], meta['name'], meta['itemprop'], meta['http-equiv']].some((k) => k?.toLowerCase() === key);
      const content = named ? meta['content']?.trim() : undefined;
      if (content) return content;
    }
  }
  return null;
}

function firstOf(...values: readonly (string | null | undefined)[]): string | null {
  for (const value of values) {
    const clean = (value ?? '').replace(/\s+/g, ' ').trim();
    if (clean) return clean;
  }
  return null;
}

function bylineOf(page: HtmlPage, records: readonly JsonRecord[]): string | null {
  const articleAuthor = metaContentOf(page.metas, ['article:author']);
  return firstOf(
    firstField(records, 'author'),
    metaContentOf(page.metas, ['author', 'byl', 'parsely-author']),
    articleAuthor && !/^https?:/.test(articleAuthor) ? articleAuthor : null,
    page.authorLink === null ? null : textOf(page.authorLink),
  );
}

function publisherName(records: readonly JsonRecord[]): string | null {
  const publisher = records.map((r) => r['publisher']).find(isRecord);
  return typeof publisher?.['name'] === 'string' ? publisher['name'] : null;
}

/** Everything but the publication time (left null). */
export function readFastMeta(page: HtmlPage): PageMeta {
  const records = articleRecords(page.jsonLd);
  return {
    title: firstOf(
      firstField(records, 'headline'),
      metaContentOf(page.metas, ['og:title', 'twitter:title']),
      page.title,
      page.firstH1 === null ? null : textOf(page.firstH1),
    ),
    byline: bylineOf(page, records),
    publishedAt: null,
    siteName: firstOf(metaContentOf(page.metas, ['og:site_name']), publisherName(records), metaContentOf(page.metas, ['application-name'])),
    language: firstOf(page.lang, metaContentOf(page.metas, ['content-language', 'og:locale'])),
  };
}
