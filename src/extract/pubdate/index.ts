/**
 * The publication date of a web page, read from its raw HTML in one SAX pass (no DOM): machine
 * metadata first, then date elements, the URL, and the text near the top. Pure: `now` bounds the
 * date. Null is an explicit unknown, returned rather than a guess.
 *
 *   scan.ts            a SAX reader (alone, or sharing the html stage's pass): JSON-LD, metas, date elements, text blocks
 *   from-metadata.ts   JSON-LD, <meta>, script JSON            -> source 'metadata'
 *   from-elements.ts   itemprop, <time>, <abbr>, date-named elements -> 'metadata' / 'dateline'
 *   ../dates/url-date.ts                                       -> 'url'
 *   from-text.ts       dates written near the top              -> 'text'
 *   choose.ts          refiners: plausible, most trusted, settle
 */
import { dateFromUrl } from '../dates/url-date.ts';
import type { PageDate } from '../../model.ts';
import type { DateCandidate } from './candidate.ts';
import { RANK, candidate } from './candidate.ts';
import { choose } from './choose.ts';
import { elementDates } from './from-elements.ts';
import { jsonLdDates, metaDates, scriptJsonDates } from './from-metadata.ts';
import { textDates } from './from-text.ts';
import type { PageScan } from './scan.ts';
import { scanPage } from './scan.ts';
import { numericOrderOf } from './text-dates.ts';

export type { FindingSource } from './candidate.ts';

/** A publication date read from the page (the model's `PageDate`). */
export type DateFinding = PageDate;

/** Every date the page proposes for its publication, with its trust rank and role (`scan`: the page's scan, when read already). */
export function pageDateCandidates(html: string, url: string | undefined, scan: PageScan = scanPage(html)): DateCandidate[] {
  const order = numericOrderOf(scan.language);
  const urlDay = url === undefined ? null : dateFromUrl(url);
  return [
    ...jsonLdDates(scan.jsonLd),
    ...metaDates(scan.metas),
    ...scriptJsonDates(html),
    ...elementDates(scan.elements, order),
    ...candidate(urlDay, 'url', 'url', RANK.url, 'published'),
    ...textDates(scan.blocks, order),
  ];
}

/** The page's publication date (`scan`: the page's scan from a pass shared with other readers, when there was one). */
export function publishedAtFromHtml(html: string, url: string | undefined, now: string, scan?: PageScan): DateFinding | null {
  const urlDay = url === undefined ? null : dateFromUrl(url);
  const chosen = choose(pageDateCandidates(html, url, scan), urlDay, now);
  return chosen === null ? null : { value: chosen.value, source: chosen.source, evidence: chosen.evidence };
}
