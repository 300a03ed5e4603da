/**
 * Page metadata, read before Readability changes the document: title, byline, publication time,
 * site name and language, from JSON-LD, `<meta>` tags, `<time datetime>`, date-named elements
 * (the last resort for the publication time) and `<html lang>`.
 */
import type { DomDocument } from './dom.ts';
import { cleanText, metaContent } from './dom.ts';
import { dateFromElements } from './date-elements.ts';
import { firstField, jsonLdArticles } from './json-ld.ts';
import { normaliseLooseDate } from '../dates/parse-date.ts';

export interface PageMeta {
  readonly title: string | null;
  readonly byline: string | null;
  readonly publishedAt: string | null;
  readonly siteName: string | null;
  readonly language: string | null;
}

const PUBLISHED_META = [
  'meta[property="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="article:published_time"]',
  'meta[property="og:published_time"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="publish-date"]',
  'meta[name="parsely-pub-date"]',
  'meta[name="sailthru.date"]',
  'meta[name="dc.date.issued"]',
  'meta[name="DC.date.issued"]',
  'meta[name="dcterms.created"]',
  'meta[name="date"]',
];

function firstOf(...values: readonly (string | null | undefined)[]): string | null {
  for (const value of values) {
    const clean = cleanText(value);
    if (clean) return clean;
  }
  return null;
}

function publishedAtOf(doc: DomDocument, jsonLd: ReturnType<typeof jsonLdArticles>): string | null {
  const time = doc.querySelector('time[itemprop="datePublished"]') ?? doc.querySelector('time[datetime]');
  const raw = [firstField(jsonLd, 'datePublished'), metaContent(doc, PUBLISHED_META), time?.getAttribute('datetime')];
  for (const value of raw) {
    const iso = value ? normaliseLooseDate(value) : null;
    if (iso) return iso;
  }
  return dateFromElements(doc);
}

function bylineOf(doc: DomDocument, jsonLd: ReturnType<typeof jsonLdArticles>): string | null {
  const articleAuthor = metaContent(doc, ['meta[property="article:author"]']);
  return firstOf(
    firstField(jsonLd, 'author'),
    metaContent(doc, ['meta[name="author"]', 'meta[name="byl"]', 'meta[name="parsely-author"]']),
    articleAuthor && !/^https?:/.test(articleAuthor) ? articleAuthor : null,
    doc.querySelector('[rel="author"]')?.textContent,
  );
}

export function readPageMeta(doc: DomDocument): PageMeta {
  const jsonLd = jsonLdArticles(doc);
  const publisher = jsonLd.map((r) => r['publisher']).find((p) => typeof p === 'object' && p !== null) as
    | Readonly<Record<string, unknown>>
    | undefined;
  return {
    title: firstOf(
      firstField(jsonLd, 'headline'),
      metaContent(doc, ['meta[property="og:title"]', 'meta[name="twitter:title"]']),
      doc.querySelector('title')?.textContent,
      doc.querySelector('h1')?.textContent,
    ),
    byline: bylineOf(doc, jsonLd),
    publishedAt: publishedAtOf(doc, jsonLd),
    siteName: firstOf(
      metaContent(doc, ['meta[property="og:site_name"]']),
      typeof publisher?.['name'] === 'string' ? publisher['name'] : null,
      metaContent(doc, ['meta[name="application-name"]']),
    ),
    language: firstOf(
      doc.documentElement.getAttribute('lang'),
      metaContent(doc, ['meta[http-equiv="content-language"]', 'meta[http-equiv="Content-Language"]', 'meta[property="og:locale"]']),
    ),
  };
}
