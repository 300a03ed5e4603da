/**
 * Dates the page states for machines: JSON-LD (`datePublished`, also inside `@graph`; an
 * article's above a web page's; `dateCreated` weaker; `dateModified` a later edit), `<meta>` tags
 * (Open Graph, Dublin Core, Parse.ly, Sailthru, `name=date`...) and `"datePublished": "..."` in
 * other scripts' JSON. Machine values with slashes are read month-first ("11/01/2023" is 1 November),
 * whatever the page's language.
 */
import type { DateCandidate, DateRole } from './candidate.ts';
import { RANK, candidate } from './candidate.ts';
import { readDateValue } from './read-value.ts';
import type { MetaTag } from './scan.ts';
import type { JsonRecord } from '../html/json-ld.ts';
import { jsonLdRecords, parseJson, typesOf } from '../html/json-ld.ts';

const ARTICLE_TYPES = /(?:Article|BlogPosting|Posting|Report|Review|Recipe)$/u;
const PAGE_TYPES = /(?:WebPage|ItemPage)$/u;

function rankOfType(record: JsonRecord): number {
  const types = typesOf(record);
  if (types.some((t) => ARTICLE_TYPES.test(t))) return RANK.articleJsonLd;
  return types.some((t) => PAGE_TYPES.test(t)) ? RANK.pageJsonLd : RANK.otherJsonLd;
}

const JSON_DATE_FIELDS: readonly (readonly [string, DateRole, number])[] = [
  ['datePublished', 'published', 0],
  ['dateCreated', 'published', RANK.otherJsonLd - RANK.articleJsonLd],
  ['uploadDate', 'published', RANK.otherJsonLd - RANK.articleJsonLd],
  ['dateModified', 'modified', 0],
];

export function jsonLdDates(scripts: readonly string[]): DateCandidate[] {
  return scripts.flatMap((script) =>
    jsonLdRecords(parseJson(script), ['@graph', 'mainEntity']).flatMap((record) =>
      JSON_DATE_FIELDS.flatMap(([field, role, weaker]) => {
        const raw = record[field];
        if (typeof raw !== 'string') return [];
        return candidate(readDateValue(raw), 'metadata', `json-ld ${field}`, rankOfType(record) + weaker, role);
      }),
    ),
  );
}

/** Meta keys (lower-case) to their rank and role. */
const META_KEYS: ReadonlyMap<string, readonly [number, DateRole]> = new Map([
  ...[
    'article:published_time', 'article:published', 'og:published_time', 'og:article:published_time', 'datepublished',
    'published_time', 'parsely-pub-date', 'sailthru.date', 'dc.date.issued', 'dcterms.issued', 'pubdate', 'publishdate',
    'publish-date', 'publish_date', 'publication_date', 'citation_publication_date', 'citation_date', 'article.published',
    'article_date_original', 'original-publish-date', 'cxenseparse:recs:publishtime', 'date.published', 'dc.date.published',
    'bt:pubdate', 'pub_date', 'rnews:datepublished', 'vr:published_time', 'sort_date', 'ga-publish-datetime',
  ].map((key): [string, readonly [number, DateRole]] => [key, [RANK.publishedMeta, 'published']]),
  ...[
    'date', 'dc.date', 'dcterms.date', 'dc.date.created', 'dcterms.created', 'created', 'datecreated', 'dc:date',
    'og:regdate', 'article.created', 'created_at', 'date_published', 'displaydate', 'dc.date.issued.utc', 'search_date',
  ].map((key): [string, readonly [number, DateRole]] => [key, [RANK.weakMeta, 'published']]),
  ...[
    'article:modified_time', 'og:updated_time', 'article:modified', 'datemodified', 'dc.date.modified', 'dcterms.modified',
    'last-modified', 'lastmod', 'modified', 'revised', 'og:modified_time', 'parsely-updated', 'updated_time',
  ].map((key): [string, readonly [number, DateRole]] => [key, [RANK.publishedMeta, 'modified']]),
]);

export function metaDates(metas: readonly MetaTag[]): DateCandidate[] {
  return metas.flatMap((meta) => {
    const known = META_KEYS.get(meta.key);
    if (known === undefined) return [];
    return candidate(readDateValue(meta.content), 'metadata', `meta ${meta.key}`, known[0], known[1]);
  });
}

const SCRIPT_DATE_PUBLISHED = /"(datePublished|publishedAt|publishedDate|published_at|publish_date|pubDate|firstPublishedAt)"\s{0,3}:\s{0,3}"([^"]{8,40})"/gu;
const MAX_SCRIPT_DATES = 20;

/** `"datePublished": "..."` anywhere in the page (scripts' state JSON), for pages whose metadata lacks it. */
export function scriptJsonDates(html: string): DateCandidate[] {
  const found: DateCandidate[] = [];
  for (const m of html.matchAll(SCRIPT_DATE_PUBLISHED)) {
    found.push(...candidate(readDateValue(m[2] ?? ''), 'metadata', `script ${m[1] ?? ''}`, RANK.scriptJson, 'published'));
    if (found.length >= MAX_SCRIPT_DATES) break;
  }
  return found;
}
