import type { PageDate } from '../../model.ts';
/** What every date reader proposes, and the trust ranks they propose it at. */

export type FindingSource = PageDate['source'];

/** Whether the evidence names the date as the publication's, as a later edit's, or neither. */
export type DateRole = 'published' | 'modified' | 'plain';

export interface DateCandidate {
  /** ISO day or date-time. */
  readonly value: string;
  readonly source: FindingSource;
  /** Where it was read, e.g. "meta article:published_time". */
  readonly evidence: string;
  /** Lower is more trusted; see `RANK`. */
  readonly rank: number;
  readonly role: DateRole;
}

/** Trust ranks, most trusted first. */
export const RANK = {
  articleJsonLd: 10,
  publishedMeta: 10,
  publishedItemprop: 12,
  pageJsonLd: 15,
  otherJsonLd: 20,
  weakMeta: 42,
  scriptJson: 25,
  publishedElement: 30,
  namedElement: 40,
  plainTime: 45,
  url: 50,
  labelledText: 55,
  text: 60,
  listedElement: 65,
} as const;

export function candidate(value: string | null, source: FindingSource, evidence: string, rank: number, role: DateRole): DateCandidate[] {
  return value === null ? [] : [{ value, source, evidence, rank, role }];
}
