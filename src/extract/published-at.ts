/**
 * The publication date, in order of trust: the input's, the crawler header's, then for an HTML
 * page the date `publishedAtFromHtml` settles on from the raw page (metadata, date elements, URL,
 * text near the top); otherwise the page metadata's (after a full day in the URL, when there is
 * one), a dateline near the top, the URL's. A date after `ctx.now` is dropped with a diagnostic;
 * none found leaves null for the corpus stage to infer. Datelines are marked removed either way.
 */
import type { AnnotatedArticle, Diagnostic, PublishedAtSource, Removed, Span } from '../model.ts';
import type { Line } from './lines.ts';
import type { ArticleStage, Context } from '../pipeline/stage.ts';
import { sortSpans } from '../span.ts';
import { contentLines, textLines } from './lines.ts';
import { metaValue } from './meta-value.ts';
import type { Dateline } from './dates/datelines.ts';
import { bylineDateline, dateOnlyLine, wireDateline } from './dates/datelines.ts';
import type { DateParts } from './dates/parse-date.ts';
import { fullDatesIn, isoDay, normaliseLooseDate } from './dates/parse-date.ts';
import { dateFromUrl } from './dates/url-date.ts';
import type { DateFinding } from './pubdate/index.ts';
import { publishedAtFromHtml } from './pubdate/index.ts';

const STAGE = 'published-at';
/** Datelines are looked for among the first content lines. */
const DATELINE_WINDOW = 6;
/** A dateline without a year borrows it from a full date within the first lines (captions included). */
const YEAR_WINDOW = 10;
const TRUST: readonly PublishedAtSource[] = ['input', 'header', 'metadata', 'dateline', 'url'];

export interface DateCandidate {
  readonly value: string;
  readonly source: PublishedAtSource;
  /** The stage that read it. */
  readonly by: string;
  readonly inferred: boolean;
  readonly span?: Span;
}

/** The datelines among the first content lines: every date-only line, and a wire dateline. */
export function findDatelines(lines: readonly Line[]): Dateline[] {
  const found: Dateline[] = [];
  for (const line of lines.slice(0, DATELINE_WINDOW)) {
    const dateline = dateOnlyLine(line) ?? (found.some((d) => d.kind === 'wire') ? null : wireDateline(line));
    if (dateline) found.push(dateline);
  }
  return found;
}

/** Bylines near the top that end with a date ("By Ana Torres | May 3, 2025"): boilerplate marked them already. */
export function bylineDatelines(article: AnnotatedArticle): Dateline[] {
  const bylines = article.removed.filter((r) => r.reason === 'byline');
  return textLines(article.text)
    .slice(0, DATELINE_WINDOW)
    .filter((line) => bylines.some((b) => b.start <= line.start && line.end <= b.end))
    .flatMap((line) => bylineDateline(line) ?? []);
}

/** The full dates written in the first lines (captions included), where a dateline without a year finds it. */
function nearbyDates(article: AnnotatedArticle): DateParts[] {
  return textLines(article.text).slice(0, YEAR_WINDOW).flatMap((line) => fullDatesIn(line.text));
}

/** The year for a month and day, from the full dates written near the top: same day first, then same month. */
export function yearFromNearby(parts: DateParts, nearby: readonly DateParts[]): number | null {
  const sameDay = nearby.find((d) => d.month === parts.month && d.day === parts.day);
  const sameMonth = nearby.find((d) => d.month === parts.month);
  return (sameDay ?? sameMonth ?? nearby[0])?.year ?? null;
}

function datelineCandidate(dateline: Dateline, nearby: () => readonly DateParts[], urlYear: number | null): DateCandidate | null {
  if (!dateline.date || dateline.updated) return null;
  const stated = dateline.date.year;
  const year = stated ?? yearFromNearby(dateline.date, nearby()) ?? urlYear;
  const value = year === null ? null : isoDay(year, dateline.date.month, dateline.date.day);
  return value ? { value, source: 'dateline', by: STAGE, inferred: stated === undefined, span: dateline.removed } : null;
}

/** The page's own finding as a candidate: a date read from the text near the top counts as a dateline. */
export function findingCandidate(finding: DateFinding): DateCandidate {
  return { value: finding.value, source: finding.source === 'text' ? 'dateline' : finding.source, by: STAGE, inferred: false };
}

/** The date the input gives (the most trusted candidate), when it is one. */
function inputCandidate(article: AnnotatedArticle): DateCandidate | null {
  const input = article.input.publishedAt;
  const value = input === undefined ? null : normaliseLooseDate(input);
  return value ? { value, source: 'input', by: STAGE, inferred: false } : null;
}

/**
 * The candidates of an article, most trusted first. A finding from the raw HTML (which already
 * weighed the page's metadata, elements, URL and top text) replaces the HTML stage's metadata
 * date and goes before the datelines and the URL.
 */
export function dateCandidates(article: AnnotatedArticle, datelines: readonly Dateline[], fromHtml: DateFinding | null = null): DateCandidate[] {
  const candidates: DateCandidate[] = [];
  const input = inputCandidate(article);
  if (input) candidates.push(input);
  const known = article.meta.publishedAt;
  const knownSource = article.meta.publishedAtSource;
  if (fromHtml) {
    if (known && knownSource === 'header') candidates.push({ value: known.value, source: 'header', by: known.by, inferred: known.inferred });
    return [...candidates, findingCandidate(fromHtml)];
  }
  if (known && knownSource) candidates.push({
      value: known.value,
      source: knownSource,
      by: known.by,
      inferred: known.inferred,
      ...(known.span ? { span: known.span } : {}),
    });
  const urlDate = article.url === undefined ? null : dateFromUrl(article.url);
  let nearby: DateParts[] | null = null;
  const nearbyOnce = (): DateParts[] => (nearby ??= nearbyDates(article));
  const urlYear = urlDate === null ? null : Number(urlDate.slice(0, 4));
  for (const dateline of datelines) {
    const candidate = datelineCandidate(dateline, nearbyOnce, urlYear);
    if (candidate) candidates.push(candidate);
  }
  if (urlDate) candidates.push({ value: urlDate, source: 'url', by: STAGE, inferred: false });
  return urlBeforeMetadata(candidates.sort((a, b) => TRUST.indexOf(a.source) - TRUST.indexOf(b.source)));
}

/**
 * A full day in the URL goes before a page metadata date of another day: sites put the local day
 * of publication in the path, while their metadata often holds a UTC time stamp or a later edit.
 * On the same day the metadata stays first, for its time.
 */
export function urlBeforeMetadata(candidates: readonly DateCandidate[]): DateCandidate[] {
  const url = candidates.find((c) => c.source === 'url');
  const metadataAt = candidates.findIndex((c) => c.source === 'metadata');
  const metadata = candidates[metadataAt];
  if (url === undefined || metadata === undefined || metadata.value.slice(0, 10) === url.value) return [...candidates];
  const others = candidates.filter((c) => c !== url);
  return [...others.slice(0, metadataAt), url, ...others.slice(metadataAt)];
}

/** The day after `now` (ISO), or null when `now` is not a date; the last one asked is kept (a run has one `now`). */
let lastLatestDay: { readonly now: string; readonly day: string | null } | null = null;

function latestDay(now: string): string | null {
  if (lastLatestDay?.now !== now) {
    const nowTime = Date.parse(now);
    const day = Number.isNaN(nowTime) ? null : new Date(nowTime + 24 * 3600 * 1000).toISOString().slice(0, 10);
    lastLatestDay = { now, day };
  }
  return lastLatestDay.day;
}

/** True when the date is later than the day after `now` (one day of slack for time zones). */
export function isAfterNow(value: string, now: string): boolean {
  const latest = latestDay(now);
  return latest !== null && value.slice(0, 10) > latest;
}

/** The date the HTML stage read from the page; read here only when that stage did not run. */
function pageDate(article: AnnotatedArticle, now: string): DateFinding | null {
  const html = article.input.html;
  if (html === undefined) return null;
  return article.pageDate !== undefined ? article.pageDate : publishedAtFromHtml(html, article.url, now);
}

export const findPublicationDate: ArticleStage = {
  name: STAGE,
  run(article: AnnotatedArticle, ctx: Context): AnnotatedArticle {
    const datelines = findDatelines(contentLines(article));
    const diagnostics: Diagnostic[] = [...article.diagnostics];
    const input = inputCandidate(article);
    if (article.input.publishedAt !== undefined && input === null) {
      diagnostics.push({
        severity: 'warning',
        code: 'invalid-date',
        stage: STAGE,
        message: `expected an ISO 8601 publication date, instead found "${article.input.publishedAt}"`,
      });
    }
    // The input's date, when it is not after now, comes first whatever the others are: they are not read.
    const candidates =
      input && !isAfterNow(input.value, ctx.now)
        ? [input]
        : dateCandidates(article, [...datelines, ...bylineDatelines(article)], pageDate(article, ctx.now));
    let chosen: DateCandidate | null = null;
    for (const candidate of candidates) {
      if (!isAfterNow(candidate.value, ctx.now)) {
        chosen = candidate;
        break;
      }
      diagnostics.push({
        severity: 'warning',
        code: 'future-date',
        stage: STAGE,
        message: `publication date ${candidate.value} (${candidate.source}) is after the run's time ${ctx.now}; ignored`,
        ...(candidate.span ? { span: candidate.span } : {}),
      });
    }
    const removed: Removed[] = sortSpans([
      ...article.removed,
      ...datelines.map((d): Removed => ({ ...d.removed, reason: 'dateline', by: STAGE })),
    ]);
    const publishedAt = chosen
      ? metaValue(chosen.value, chosen.by, chosen.source, chosen.inferred, chosen.span)
      : null;
    return {
      ...article,
      removed,
      diagnostics,
      meta: { ...article.meta, publishedAt, publishedAtSource: chosen?.source ?? null },
    };
  },
};
