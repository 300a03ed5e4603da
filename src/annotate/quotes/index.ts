import type { AnnotatedArticle, Quote, QuoteKind, Sentence, Span, Speaker } from '../../model.ts';
import type { ArticleStage } from '../../pipeline/stage.ts';
import { dropOverlaps, overlapsAny, withinAny } from '../../span.ts';
import { findQuotedSpans, type QuotedSpan } from './01-marks.ts';
import { cueAfter, cueBefore, cueInSentence, subjectBeforeQuote, type Attribution } from './02-attribution.ts';
import { looksLikeHeadline, opensSentence, quoteKind, wordCount } from './03-kind.ts';
import { findIndirect } from './04-indirect.ts';
import { finiteTagger } from './finite-verbs.ts';
import { clauseCueIndices } from './cue-positions.ts';
import { noteSpeaker, resolvePhrase, type Resolved } from './05-resolve.ts';
import { continuedFrom } from './06-continuations.ts';
import { findTrailingCue } from './07-trailing-cues.ts';
import { colonAttribution, introAttribution, introSentence } from './08-intro.ts';
import { verbAfter, verbBefore, verbTagger, type VerbTest } from './09-uncued-verbs.ts';
import { accordingAfter, accordingBefore } from './10-according.ts';
import { paragraphSubject, previousSentenceSubject, sentenceSubject } from './11-narration.ts';
import { cueClosingSentence } from './12-sentence-end.ts';
import { cueSharedWith } from './13-shared-cue.ts';
import { withPollSource } from './14-poll-sources.ts';
import { nestedSourceAfterCue } from './15-nested-sources.ts';
import { chooseSpeakers } from './16-speaker-model.ts';
import { signOffAttribution } from './17-sign-off.ts';
import { withReporterOfUnsaidCues } from './18-unsaid-cues.ts';
import { sentenceFrames, withFramingSources } from './19-according-frames.ts';
import { SPEAKER_MODEL } from './data/speaker-model.ts';
import { buildRegistry, sentenceAt, type Registry } from './registry.ts';
import { mapWithClauses } from './reported-clauses.ts';
import { sentenceWords, type SentenceWords } from './sentence-words.ts';
import { speakerContext, type SpeakerContext } from './speaker-context.ts';
import { maskSpans } from './tokens.ts';

const STAGE = 'quotes';
/** A fragment this short without any cue is a name or a scare quote ("Project Blue"), not a quote. */
const MIN_UNCUED_PARTIAL_WORDS = 3;
/** The last character inside a quote that hands over to its attribution ("...,” she said). */
const ATTRIBUTED_ENDING = /^[,?!]$/;
/** A capitalised word starting right after a closing mark. */
const NEW_SENTENCE = /^\s{1,2}\p{Lu}/u;
/** What may follow a quote that is its paragraph alone. */
const PARAGRAPH_REST = /^[\s.,;:!?]{0,3}$/u;
/** Text before an opening mark that ends a sentence (or a masked quote). */
const SENTENCE_ENDED = /[.!?…\u25a1]\s*$/u;

interface Located extends QuotedSpan {
  readonly paragraph: number;
  readonly container: Span;
}

interface Candidate {
  readonly quote: Located;
  readonly attribution: Attribution | null;
  readonly kind: QuoteKind;
  readonly opensParagraph: boolean;
  resolved: Resolved | null;
  cue: string | null;
}

/** Paragraph spans, from the first to the last sentence of each paragraph. */
function paragraphSpans(sentences: readonly Sentence[]): Map<number, Span> {
  const spans = new Map<number, Span>();
  for (const s of sentences) {
    const known = spans.get(s.paragraph);
    spans.set(s.paragraph, known ? { start: known.start, end: s.end } : { start: s.start, end: s.end });
  }
  return spans;
}

/** Quoted stretches of every paragraph (parents as global indices), none over removed text. */
function locateQuotes(article: AnnotatedArticle): Located[] {
  const located: Located[] = [];
  for (const [paragraph, span] of paragraphSpans(article.sentences)) {
    const local = findQuotedSpans(article.text, span);
    const offset = located.length;
    local.forEach((q) => {
      const parent = q.parent === null ? null : q.parent + offset;
      const container = parent === null ? span : (located[parent] as Located);
      const { start, end, open, close, after, depth } = q;
      located.push({ start, end, open, close, after, depth, parent, paragraph, container: { start: container.start, end: container.end } });
    });
  }
  return located;
}

/** For each depth, the text with that depth's quotes (marks included) masked; depth 0's is `topMasked`. */
function masksByDepth(text: string, topMasked: string, quotes: readonly Located[]): string[] {
  const depth = Math.max(-1, ...quotes.map((q) => q.depth));
  return Array.from({ length: depth + 1 }, (_, d) =>
    d === 0 ? topMasked : maskSpans(text, quotes.filter((q) => q.depth === d).map((q) => ({ start: q.open, end: q.after }))),
  );
}

/** The cue and subject of the colon-ended sentence introducing a quote paragraph, if any. */
function introduced(article: AnnotatedArticle, masked: string, quote: Located): Attribution | null {
  const intro = introSentence(article.sentences, article.text, quote.paragraph, quote.open);
  return intro ? introAttribution(masked, intro) : null;
}

/** A top-level quote followed by a sign-off line naming its speaker ("— Jane Roe"). */
function signedOff(article: AnnotatedArticle, masked: string, quote: Located): Attribution | null {
  return quote.depth === 0 ? signOffAttribution(masked, article.sentences, quote.paragraph, quote.after) : null;
}

/**
 * A verb that is not a known cue after a quote that opens its sentence and ends in `,` `?` `!`
 * ("“Go away,” he barked"), or before its opening mark.
 */
function uncuedVerb(original: string, masked: string, quote: Located, lo: number, hi: number, isVerb: VerbTest): Attribution | null {
  const standsAlone = quote.open === lo || SENTENCE_ENDED.test(masked.slice(Math.max(lo, quote.open - 20), quote.open));
  const found = standsAlone && ATTRIBUTED_ENDING.test(original.charAt(quote.close - 1)) ? verbAfter(masked, quote.after, hi, isVerb) : null;
  return found ?? verbBefore(masked, lo, quote.open, isVerb);
}

/** A quote ending in a period with a new sentence after it (“... dead.” Critics said): the cue after is not its own. */
function closesSentence(text: string, quote: Located): boolean {
  return text.charAt(quote.close - 1) === '.' && NEW_SENTENCE.test(text.slice(quote.after, quote.after + 3));
}

/** A participle after a quote (`“...,” adding that`): its subject is the one of the clause the quote is in. */
const PARTICIPLE = /ing$/u;

/**
 * The cue right after a quote; a subject-less participle there (`said that it is “...,” adding
 * that ...`) gives way to a cue earlier in the sentence that has a subject.
 */
function ownCueAfter(masked: string, quote: Located, lo: number, hi: number): Attribution | null {
  const after = cueAfter(masked, quote.after, hi) ?? accordingAfter(masked, quote.after, hi);
  if (!after || after.phrase || !PARTICIPLE.test(after.cue.text)) return after;
  const earlier = cueInSentence(masked, lo, quote.open);
  if (earlier?.phrase) return earlier;
  const subject = subjectBeforeQuote(masked, lo, quote.open);
  return subject ? { ...after, phrase: subject } : after;
}

/** An attribution written after its quote, or the source nested in it (`“...,” Smith said, according to CNN`). */
function withNestedSource(masked: string, attribution: Attribution | null, hi: number): Attribution | null {
  if (!attribution) return null;
  const from = Math.max(attribution.cue.end, attribution.phrase?.end ?? 0);
  return nestedSourceAfterCue(masked, from, hi) ?? attribution;
}

/** Cue and kind of each quoted stretch; headlines and uncued scare quotes dropped. */
function attributeAll(article: AnnotatedArticle, quotes: readonly Located[], words: SentenceWords): Candidate[] {
  const masks = masksByDepth(article.text, words.masked, quotes);
  const groups = new Map<string, Located[]>();
  const position = new Map<Located, number>();
  for (const q of quotes) {
    const key = `${q.paragraph}:${q.parent ?? ''}`;
    const group = groups.get(key) ?? [];
    if (group.length === 0) groups.set(key, group);
    position.set(q, group.length);
    group.push(q);
  }
  const headlines = new Map<number, boolean>();
  const isHeadline = (q: Located): boolean => {
    const known = headlines.get(q.paragraph);
    if (known !== undefined) return known;
    const found = looksLikeHeadline(article.text.slice(q.container.start, q.container.end));
    headlines.set(q.paragraph, found);
    return found;
  };
  const isVerb = verbTagger(article.tokens);
  const candidates: Candidate[] = [];
  quotes.forEach((quote) => {
    if (overlapsAny(quote, article.removed)) return;
    const siblings = groups.get(`${quote.paragraph}:${quote.parent ?? ''}`) ?? [];
    const at = position.get(quote) ?? 0;
    const previous = siblings[at - 1];
    const next = siblings[at + 1];
    const lo = previous ? previous.after : quote.container.start;
    const hi = next ? next.open : quote.container.end;
    const text = masks[quote.depth] ?? article.text;
    const after = closesSentence(article.text, quote) ? null : withNestedSource(text, ownCueAfter(text, quote, lo, hi), hi);
    const before = after ? null : (cueBefore(text, lo, quote.open) ?? accordingBefore(text, lo, quote.open));
    const opensParagraph = quote.depth === 0 && quote.open === quote.container.start;
    const closing = after || before || quote.depth > 0 ? null : withNestedSource(text, cueClosingSentence(article.text, text, quote.after, hi), hi);
    const uncued = after || before || closing || quote.depth > 0 ? null : uncuedVerb(article.text, text, quote, lo, hi, isVerb);
    const found = after ?? before ?? closing ?? uncued ?? cueInSentence(text, lo, quote.open) ?? colonAttribution(text, lo, quote.open) ?? (opensParagraph ? introduced(article, text, quote) : null) ?? signedOff(article, text, quote);
    const attribution = quote.depth === 0 ? withPollSource(found, quote.open, article.sentences, words) : found;
    const quoted = article.text.slice(quote.start, quote.end);
    const kind = quoteKind(quoted, after !== null || before !== null || opensSentence(text.slice(Math.max(lo, quote.open - 20), quote.open)));
    if (quote.depth === 0 && isHeadline(quote)) return;
    if (!attribution && kind === 'partial' && wordCount(quoted) < MIN_UNCUED_PARTIAL_WORDS) return;
    candidates.push({ quote, attribution, kind, opensParagraph, resolved: null, cue: attribution?.cue.text ?? null });
  });
  return candidates;
}

/** Speakers in text order: outer quotes before the quotes nested in them, continuations last. */
function resolveAll(article: AnnotatedArticle, registry: Registry, located: readonly Located[], candidates: Candidate[]): void {
  const byQuote = new Map(candidates.map((c) => [c.quote, c]));
  for (const candidate of candidates) {
    const parent = candidate.quote.parent === null ? undefined : located[candidate.quote.parent];
    const outer = parent ? byQuote.get(parent)?.resolved : undefined;
    const phrase = candidate.attribution?.phrase ?? null;
    candidate.resolved = resolvePhrase(phrase, { article, registry, ...(outer ? { outer } : {}) });
    if (candidate.resolved && phrase && candidate.quote.depth === 0) noteSpeaker(registry, candidate.resolved, phrase.start);
  }
  const view = candidates.map((c) => ({
    depth: c.quote.depth,
    paragraph: c.quote.paragraph,
    sentence: sentenceAt(article.sentences, c.quote.open),
    kind: c.kind,
    hasCue: c.attribution !== null,
    opensParagraph: c.opensParagraph,
  }));
  candidates.forEach((candidate, i) => {
    const from = continuedFrom(view, i);
    const source = from === null ? undefined : candidates[from];
    const sharing = from === null ? cueSharedWith(registry.masked, candidates, i) : null;
    if (source?.resolved) {
      candidate.resolved = source.resolved;
      candidate.cue = source.cue;
    } else if (sharing?.resolved) {
      candidate.resolved = { ...sharing.resolved, speaker: { ...sharing.resolved.speaker, inferred: true } };
    } else {
      candidate.resolved ??= narratedSpeaker(article, registry, candidate);
    }
  });
  for (const candidate of candidates) inheritOuterSpeaker(candidate, byQuote, located);
}

/**
 * The speaker of a cue-less quote from the narration around it, as inferred: for a quote that is
 * its paragraph alone, the person the paragraph before is about; for a fragment, its sentence's
 * subject. Only a person counts.
 */
function narratedSpeaker(article: AnnotatedArticle, registry: Registry, candidate: Candidate): Resolved | null {
  const { quote, kind } = candidate;
  if (candidate.attribution || quote.depth !== 0) return null;
  const phrase =
    kind === 'direct' && isParagraphAlone(article.text, quote) ? paragraphSubject(registry.masked, article.sentences, quote.paragraph, quote.open)
    : kind === 'direct' ? previousSentenceSubject(registry.masked, article.sentences, quote.open)
    : kind === 'partial' ? sentenceSubject(registry.masked, article.sentences, quote.open)
    : null;
  const resolved = resolvePhrase(phrase, { article, registry });
  return resolved?.person ? { ...resolved, speaker: { ...resolved.speaker, inferred: true } } : null;
}

/** True when a quote is its whole paragraph, a final period aside. */
function isParagraphAlone(text: string, quote: Located): boolean {
  return quote.open === quote.container.start && PARAGRAPH_REST.test(text.slice(quote.after, quote.container.end));
}

/**
 * A quote inside a quote with no cue of its own ("we told them, ‘no deal’") is part of what the
 * outer speaker says: it takes their speaker, as inferred.
 */
function inheritOuterSpeaker(candidate: Candidate, byQuote: ReadonlyMap<Located, Candidate>, located: readonly Located[]): void {
  const parentIndex = candidate.quote.parent;
  if (parentIndex === null || candidate.attribution?.phrase || candidate.resolved) return;
  const parent = located[parentIndex];
  const outer = parent ? byQuote.get(parent) : undefined;
  if (!outer?.resolved) return;
  candidate.resolved = { speaker: { ...outer.resolved.speaker, inferred: true }, person: outer.resolved.person };
  candidate.cue ??= outer.cue;
}

function toQuote(article: AnnotatedArticle, span: Span, kind: QuoteKind, speaker: Speaker | null, cue: string | null): Quote {
  return {
    start: span.start,
    end: span.end,
    text: article.text.slice(span.start, span.end),
    kind,
    speaker,
    ...(cue === null ? {} : { cue }),
    by: STAGE,
    inferred: false,
  };
}

/** Of overlapping reported clauses: one with a speaker, better one with a speech verb than "according to". */
function indirectRank(quote: Quote): number {
  if (!quote.speaker) return 0;
  return quote.cue === 'according to' ? 1 : 2;
}

/** Reported speech outside quotation marks (read in the masked text), not overlapping a direct quote. */
function indirectQuotes(article: AnnotatedArticle, registry: Registry, direct: readonly Quote[], words: SentenceWords): Quote[] {
  const { masked } = words;
  const isFinite = finiteTagger(article.tokens);
  const found = article.sentences
    .flatMap((s, i) => {
      const inSentence = words.inMasked[i] ?? [];
      const cues = clauseCueIndices(inSentence);
      return [...findIndirect(masked, s, inSentence, isFinite, cues), ...findTrailingCue(masked, s, inSentence, cues)];
    })
    .filter((c) => !overlapsAny(c, direct));
  const quotes = found.map((c) => {
    const resolved = resolvePhrase(c.phrase, { article, registry });
    return toQuote(article, c, 'indirect', resolved?.speaker ?? null, c.cue.text);
  });
  return dropOverlaps(quotes, indirectRank);
}

/**
 * A speaker-less quote inside a reported clause ("said the force is “the best”") gives the
 * clause's speaker's words: it takes that speaker, as inferred. `sorted` by start, then end.
 */
export function withClauseSpeakers(sorted: readonly Quote[]): Quote[] {
  return mapWithClauses(sorted, (quote, clause) => {
    const speaker = clause?.speaker;
    return !quote.speaker && speaker && clause && quote.end <= clause.end ? { ...quote, speaker: { ...speaker, inferred: true } } : quote;
  });
}

/** The quotes the rules find, with their cue and speaker, and what the speaker chooser reads. */
export function ruleQuotes(article: AnnotatedArticle): { quotes: Quote[]; context: SpeakerContext } {
  const located = locateQuotes(article);
  const topLevel = located.filter((q) => q.depth === 0).map((q) => ({ start: q.open, end: q.after }));
  const words = sentenceWords(article.text, article.sentences, topLevel);
  const registry = buildRegistry(article, topLevel, words);
  const candidates = attributeAll(article, located, words);
  resolveAll(article, registry, located, candidates);
  const marked = candidates.map((c) => toQuote(article, c.quote, c.kind, c.resolved?.speaker ?? null, c.cue));
  const direct = marked.filter((q) => q.kind === 'direct');
  const insideMarked = withinAny(marked);
  const indirect = indirectQuotes(article, registry, direct, words).filter((q) => !insideMarked(q));
  const sorted = [...marked, ...indirect].sort((a, b) => a.start - b.start || a.end - b.end);
  const framed = withFramingSources(withClauseSpeakers(sorted), sentenceFrames(article, registry, words.inMasked), article.sentences, words.inMasked);
  const quotes = withReporterOfUnsaidCues(article.text, framed);
  return { quotes, context: speakerContext(article, registry, words) };
}

/** Direct, partial and indirect quotes with their cue and speaker; the learned chooser fills speakers the rules left out. */
export function extractQuotes(article: AnnotatedArticle): Quote[] {
  const { quotes, context } = ruleQuotes(article);
  return chooseSpeakers(context, quotes, SPEAKER_MODEL);
}

export const findQuotes: ArticleStage = {
  name: STAGE,
  run(article) {
    return { ...article, quotes: extractQuotes(article) };
  },
};
