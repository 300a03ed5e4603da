/**
 * The plain, read-only data that flows through newsprism. Every annotation is a span
 * (`start`/`end`, UTF-16 offsets, end exclusive) into one immutable article text, and records
 * the stage that made it (`by`) and whether it was stated in the text or inferred.
 */

export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Which stage made an annotation, and whether it was stated in the text or inferred. */
export interface Provenance {
  readonly by: string;
  readonly inferred: boolean;
}

export type Severity = 'error' | 'warning' | 'info';

/** A problem found in content: reported, never thrown. */
export interface Diagnostic {
  readonly severity: Severity;
  readonly code: string;
  readonly stage: string;
  readonly message: string;
  readonly span?: Span;
}

/** An article record as users give it (JSONL input uses it directly); see docs/contracts.md. */
export interface ArticleInput {
  readonly id?: string;
  readonly text?: string;
  readonly html?: string;
  readonly url?: string;
  readonly source?: string;
  readonly title?: string;
  readonly publishedAt?: string;
  readonly author?: string;
  readonly language?: string;
  readonly path?: string;
}

/** An article as ingest hands it over: validated, with an id and the input it came from. */
export interface RawArticle {
  readonly id: string;
  readonly path: string;
  /** Plain text; for `.txt` input, the whole file including any crawler header line. */
  readonly text?: string;
  readonly html?: string;
  readonly url?: string;
  readonly source?: string;
  readonly title?: string;
  readonly publishedAt?: string;
  readonly author?: string;
  readonly language?: string;
  /** When the page was fetched (a WARC record's date, an HTTP response's time): never its publication date. */
  readonly fetchedAt?: string;
  /** What ingest remarked about the input (an encoding guessed or overruled): kept as info diagnostics. */
  readonly notes?: readonly string[];
}

/** A publication date read from a page's HTML, and where. */
export interface PageDate {
  /** ISO day (YYYY-MM-DD) or date-time as the page wrote it. */
  readonly value: string;
  readonly source: 'metadata' | 'url' | 'dateline' | 'text';
  /** Where it was read, e.g. "meta article:published_time". */
  readonly evidence: string;
}

/** An input that could not become an article, with the reason, for the user and the store. */
export interface Rejected {
  readonly path: string;
  /**
   * A short stable code: missing, empty, binary, invalid-utf8, too-large, malformed-jsonl,
   * unknown-extension, no-text, unreadable, malformed-feed, not-a-feed, malformed-warc; for URLs:
   * invalid-url, private-address, robots, timeout, too-many-redirects, http-status, not-html, network.
   */
  readonly code: string;
  /** One line for a person: what is wrong with this input. */
  readonly reason: string;
}

export type PublishedAtSource = 'input' | 'header' | 'dateline' | 'metadata' | 'url' | 'inferred';

/** Where a metadata value came from: a span of the text when it was read there. */
export interface MetaValue<T> {
  readonly value: T;
  readonly by: string;
  readonly inferred: boolean;
  /** How it was found, e.g. "input", "header", "dateline", "cue:reached out", "url". */
  readonly from: string;
  readonly span?: Span;
}

export interface Metadata {
  readonly source: MetaValue<string> | null;
  readonly title: MetaValue<string> | null;
  readonly author: MetaValue<string> | null;
  /** ISO date `YYYY-MM-DD` or date-time. */
  readonly publishedAt: MetaValue<string> | null;
  readonly publishedAtSource: PublishedAtSource | null;
  readonly language: MetaValue<string> | null;
}

/** A span of the text that cleaning marked as boilerplate; the text itself is never changed. */
export interface Removed extends Span {
  readonly reason: string;
  readonly by: string;
}

/** A word or punctuation mark of the content, as wink-nlp read it. */
export interface Token extends Span {
  readonly value: string;
  /** Universal POS tag (PROPN, NOUN, VERB, PUNCT, ...). */
  readonly pos: string;
}

export interface Sentence extends Span {
  /** Index of the paragraph (a non-empty line block) the sentence belongs to. */
  readonly paragraph: number;
}

export interface Mention extends Span, Provenance {}

export type EntityType = 'person' | 'organization' | 'place' | 'other';

export interface Entity {
  readonly id: string;
  readonly name: string;
  readonly type: EntityType;
  /** Distinct surface forms of the mentions, the canonical name first. */
  readonly aliases: readonly string[];
  readonly mentions: readonly Mention[];
  /** Roles and titles written before the name ("President", "Prime Minister"), lowercased. */
  readonly roles?: readonly string[];
  readonly by: string;
}

export interface Speaker {
  readonly name: string;
  /** The entity id (within the article) the speaker resolves to. */
  readonly entity?: string;
  /** The mention the attribution rests on (a name, or a pronoun resolved to `name`). */
  readonly start?: number;
  readonly end?: number;
  /** True when the speaker was resolved from a pronoun, a role or the article's protagonist. */
  readonly inferred: boolean;
}

export type QuoteKind = 'direct' | 'partial' | 'indirect';

export interface Quote extends Span, Provenance {
  /** The quoted words, without the quotation marks. */
  readonly text: string;
  readonly kind: QuoteKind;
  readonly speaker: Speaker | null;
  readonly cue?: string;
}

/**
 * How much of the calendar a date pins down. `ref` is a reference without a calendar position
 * ("now", "recently", "the future"): its value is PRESENT_REF, PAST_REF or FUTURE_REF (TimeML).
 */
export type Precision = 'day' | 'week' | 'month' | 'quarter' | 'year' | 'decade' | 'ref';

/** The precisions of dates with a place in the calendar. */
export type CalendarPrecision = Exclude<Precision, 'ref'>;

export interface DateMention extends Span, Provenance {
  readonly text: string;
  /** "2025-05-03", "2025-W18", "2025-05", "2025-Q2", "2025", "201X", or "PAST_REF"... for `ref` */
  readonly value: string;
  readonly precision: Precision;
}

export interface Quantity extends Span, Provenance {
  readonly text: string;
  readonly value: number;
  readonly unit?: string;
  /** A vague count such as "several" or "dozens": `value` is then a rough figure. */
  readonly vague?: boolean;
}

/** One article with everything the per-article stages found. Built stage by stage. */
export interface AnnotatedArticle {
  readonly id: string;
  readonly path: string;
  readonly url?: string;
  /** The input as ingest gave it (html included), so that stages can re-read it. */
  readonly input: RawArticle;
  /** The text every offset refers to. */
  readonly text: string;
  readonly meta: Metadata;
  /** The title line when the title was found inside the text (it is then not a sentence). */
  readonly titleSpan?: Span;
  readonly removed: readonly Removed[];
  readonly sentences: readonly Sentence[];
  /**
   * The content's tokens, sorted, made once by the sentences stage for the stages after it. Derived
   * data: not kept by the store, not part of any output (stages re-tokenize when it is empty).
   */
  readonly tokens: readonly Token[];
  /**
   * The publication date the HTML stage read from the raw page (null: it found none), so that the
   * publication-date stage does not read the page again. Absent when no HTML stage ran.
   */
  readonly pageDate?: PageDate | null;
  readonly entities: readonly Entity[];
  readonly quotes: readonly Quote[];
  readonly dates: readonly DateMention[];
  readonly quantities: readonly Quantity[];
  /** Set by the corpus stages when the article is a near-identical copy of another. */
  readonly duplicateOf?: string;
  readonly diagnostics: readonly Diagnostic[];
}

/** A group of articles that report one real-world event. */
export interface Story {
  readonly id: string;
  /** Article ids, sorted. */
  readonly articles: readonly string[];
}

// ---- The story report (docs/contracts.md, "Story report") ----

export interface Evidence {
  readonly article: string;
  readonly start: number;
  readonly end: number;
}

export interface ReportArticle {
  readonly id: string;
  readonly path: string;
  readonly source: string | null;
  readonly title: string | null;
  readonly url: string | null;
  readonly publishedAt: string | null;
  readonly publishedAtSource: PublishedAtSource | null;
  readonly duplicateOf?: string;
}

export interface ReportEntity {
  readonly id: string;
  readonly name: string;
  readonly type: EntityType;
  readonly aliases: readonly string[];
  readonly articles: readonly string[];
}

export interface QuoteVariant extends Evidence {
  readonly text: string;
  /** How this rendering relates to the quote's canonical text. */
  readonly match: 'verbatim' | 'variant' | 'partial';
}

export interface ReportQuote {
  readonly id: string;
  readonly speaker: string | null;
  readonly text: string;
  readonly variants: readonly QuoteVariant[];
}

export interface Fact {
  readonly id: string;
  readonly text: string;
  readonly articles: readonly string[];
  readonly evidence: readonly Evidence[];
}

export interface TimelineEntry {
  readonly date: string;
  readonly precision: Precision;
  readonly text: string;
  readonly articles: readonly string[];
  readonly evidence: readonly Evidence[];
}

export type DiscrepancyKind =
  | 'date'
  | 'number'
  | 'place'
  | 'person'
  | 'organization'
  | 'wording'
  | 'other';

export interface DiscrepancyValue {
  readonly value: string;
  readonly articles: readonly string[];
  readonly evidence: readonly Evidence[];
}

export interface Discrepancy {
  readonly kind: DiscrepancyKind;
  readonly about: string;
  readonly values: readonly DiscrepancyValue[];
}

export interface SummarySentence {
  readonly text: string;
  readonly citations: readonly Evidence[];
}

/** Per outlet: facts only it reports, and facts most others report that it leaves out. */
export interface OutletCoverage {
  readonly article: string;
  readonly unique: readonly string[];
  readonly omitted: readonly string[];
}

export interface StoryReport {
  readonly schemaVersion: 1;
  readonly id: string;
  readonly title: string;
  readonly summary: readonly SummarySentence[];
  readonly articles: readonly ReportArticle[];
  readonly entities: readonly ReportEntity[];
  readonly quotes: readonly ReportQuote[];
  readonly facts: readonly Fact[];
  readonly timeline: readonly TimelineEntry[];
  readonly discrepancies: readonly Discrepancy[];
  readonly coverage: readonly OutletCoverage[];
}
