/**
 * HTML pages: the main content as text (one line per block, blank lines between) and the page
 * metadata (title, byline, publication time, site name, language), each recorded
 * `from: 'metadata'`. The fast path (src/extract/fast/, no DOM) reads most pages; when it finds too
 * little text, Readability over linkedom tries; no article found -> the body's text, with a warning.
 */
import { createRequire } from 'node:module';
import type * as ReadabilityModule from '@mozilla/readability';
import type { AnnotatedArticle, Diagnostic, Metadata, Removed } from '../model.ts';
import type { ArticleStage, Context } from '../pipeline/stage.ts';
import type { BlockText } from './html/blocks.ts';
import { PAGE_CHROME, blockText } from './html/blocks.ts';
import type { DomDocument, DomElement } from './html/dom.ts';
import { cleanText, parsePage } from './html/dom.ts';
import type { PageMeta } from './html/page-meta.ts';
import { mainText } from './fast/index.ts';
import { readFastMeta } from './fast/meta.ts';
import type { HtmlPage } from './fast/tree.ts';
import { treeReader } from './fast/tree.ts';
import { publishedAtFromHtml, type DateFinding } from './pubdate/index.ts';
import type { PageScan } from './pubdate/scan.ts';
import { dateScanReader } from './pubdate/scan.ts';
import { runSax } from './html/sax.ts';
import { stripSiteSuffix } from './html/title-suffix.ts';
import { metaValue } from './meta-value.ts';
import { normaliseLooseDate } from './dates/parse-date.ts';
import { cleanAuthor } from './author-clean.ts';
import { primaryLanguage } from './language.ts';

const STAGE = 'html';

/** Readability loads with the first page (see html/dom.ts). */
const load = createRequire(import.meta.url);
let readability: typeof ReadabilityModule | undefined;

interface ReadabilityResult {
  readonly content: DomElement | null;
  readonly title: string | null;
  readonly byline: string | null;
  readonly siteName: string | null;
  readonly publishedTime: string | null;
  readonly lang: string | null;
}

/** Readability's article, or null when it finds none (or fails on the page). */
function readArticle(doc: DomDocument): ReadabilityResult | null {
  try {
    const { Readability } = (readability ??= load('@mozilla/readability') as typeof ReadabilityModule);
    const parsed = new Readability<DomElement>(doc, { serializer: (node: unknown) => node as DomElement }).parse();
    if (!parsed) return null;
    return {
      content: parsed.content ?? null,
      title: parsed.title ?? null,
      byline: parsed.byline ?? null,
      siteName: parsed.siteName ?? null,
      publishedTime: parsed.publishedTime ?? null,
      lang: parsed.lang ?? null,
    };
  } catch {
    return null;
  }
}

/** Page metadata completed with what Readability found. */
function mergeMeta(page: PageMeta, found: ReadabilityResult | null): PageMeta {
  const siteName = page.siteName ?? (cleanText(found?.siteName) || null);
  const title = page.title ?? (cleanText(found?.title) || null);
  return {
    title: title === null ? null : stripSiteSuffix(title, siteName) || null,
    byline: page.byline ?? (cleanText(found?.byline) || null),
    publishedAt: page.publishedAt ?? normaliseLooseDate(cleanText(found?.publishedTime)),
    siteName,
    language: page.language ?? (cleanText(found?.lang) || null),
  };
}

function toMetadata(page: PageMeta, base: Metadata): Metadata {
  const author = page.byline === null ? null : cleanAuthor(page.byline);
  const language = page.language === null ? null : primaryLanguage(page.language);
  return {
    ...base,
    title: page.title ? metaValue(page.title, STAGE, 'metadata', false) : base.title,
    author: author ? metaValue(author, STAGE, 'metadata', false) : base.author,
    publishedAt: page.publishedAt ? metaValue(page.publishedAt, STAGE, 'metadata', false) : base.publishedAt,
    publishedAtSource: page.publishedAt ? 'metadata' : base.publishedAtSource,
    source: page.siteName ? metaValue(page.siteName, STAGE, 'metadata', false) : base.source,
    language: language ? metaValue(language, STAGE, 'metadata', false) : base.language,
  };
}

/** The main text by Readability over linkedom, with what it adds to the metadata; a warning when it finds none. */
function readabilityText(html: string, page: PageMeta, diagnostics: Diagnostic[]): { body: BlockText; meta: PageMeta } {
  const doc = parsePage(html);
  const found = readArticle(doc);
  let body = found?.content ? blockText(found.content) : null;
  if (!body?.text) {
    diagnostics.push({
      severity: 'warning',
      code: 'no-article',
      stage: STAGE,
      message: 'Readability found no article in the page; using the text of the whole body',
    });
    body = blockText(parsePage(html).body ?? doc.documentElement, PAGE_CHROME);
  }
  return { body, meta: mergeMeta(page, found) };
}

/** The page's tree and its date scan, from one pass over its tokens. */
export function parseOnce(html: string): { tree: HtmlPage; scan: PageScan } {
  const tree = treeReader();
  const scan = dateScanReader();
  runSax(html, tree.handler, scan.handler);
  return { tree: tree.result(), scan: scan.result() };
}

/**
 * Text, caption spans, metadata and diagnostics of one page. `now` (ISO) bounds the publication
 * time; `url` helps date it.
 */
export function readPage(
  html: string,
  now: string,
  url?: string,
): { body: BlockText; meta: PageMeta; published: DateFinding | null; diagnostics: Diagnostic[] } {
  const { tree: parsed, scan } = parseOnce(html);
  const published = publishedAtFromHtml(html, url, now, scan);
  const page = { ...readFastMeta(parsed), publishedAt: published?.source === 'metadata' ? published.value : null };
  const diagnostics: Diagnostic[] = [];
  const fastMeta = mergeMeta(page, null);
  const fast = mainText(parsed, fastMeta.title, published !== null);
  if (fast === null) {
    diagnostics.push({ severity: 'info', code: 'readability-fallback', stage: STAGE, message: 'the fast path found too little text; Readability read the page' });
  }
  const { body, meta } = fast === null ? readabilityText(html, page, diagnostics) : { body: fast, meta: fastMeta };
  if (!body.text) diagnostics.push({ severity: 'warning', code: 'no-text', stage: STAGE, message: 'the page has no text' });
  return { body, meta, published, diagnostics };
}

export const extractHtml: ArticleStage = {
  name: STAGE,
  run(article: AnnotatedArticle, ctx: Context): AnnotatedArticle {
    const { html, text, url } = article.input;
    if (html === undefined || text !== undefined) return article;
    const { body, meta, published, diagnostics } = readPage(html, ctx.now, url);
    const captions = body.captions.map((span): Removed => ({ ...span, reason: 'caption', by: STAGE }));
    return {
      ...article,
      text: body.text,
      removed: [...article.removed, ...captions],
      meta: toMetadata(meta, article.meta),
      pageDate: published,
      diagnostics: [...article.diagnostics, ...diagnostics],
    };
  },
};
