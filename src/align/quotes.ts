/**
 * Quote variants: the renderings of one quote across outlets. Quotes are first cut into
 * sentence- and clause-sized segments (quote-segments.ts), so that a long quote holding several
 * recurring ones gives each its variant. Translations differ in wording, so segments are compared
 * by rare content words and word pairs with a tolerant measure, and a known speaker must agree.
 * Different quotes that share a word or two stay apart. Indirect speech may join a quote, never
 * found one.
 */
import type { AnnotatedArticle, Quote, QuoteVariant, ReportQuote } from '../model.ts';
import { groupPairs } from './group.ts';
import type { ScoredPair } from './group.ts';
import { attachLoners, extendAlongQuotes, joinLoneNeighbours, mergeFragmentGroups } from './quote-refiners.ts';
import { segmentQuote } from './quote-segments.ts';
import { dice, idfWeights, sharedCount } from './similarity.ts';
import type { Weights } from './similarity.ts';
import { contentKeys, plainWords } from './words.ts';

/** The least Dice similarity for two renderings of comparable length to be one quote. */
export const quotePairFloor = 0.35;
/** Different speakers: the renderings must then be nearly the same words. */
const otherSpeakerFloor = 0.85;
/** A quote resuming this close after the previous one, by the same speaker, continues it. */
const continuationGap = 120;

/** One segment of one quote of one article, with what comparison needs. */
export interface QuoteUnit {
  readonly article: string;
  readonly origin: string;
  readonly rank: number;
  /** The quote (with its continuations) the segment belongs to, numbered across the story. */
  readonly chain: number;
  /** The place of the segment in its chain. */
  readonly position: number;
  /** The quote the segment was cut from. */
  readonly quote: Quote;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The speaker as the story knows them (story entity name, else the name in the text). */
  readonly speaker: string | null;
  /** Content keys, and pairs of neighbouring words ("~in your") that carry short quotes. */
  readonly keys: ReadonlySet<string>;
}

export type SpeakerName = (article: AnnotatedArticle, quote: Quote) => string | null;

/** A direct quote that goes on after a short attribution in the same paragraph ("...," she said. "..."). */
export function continues(previous: Quote, next: Quote, between: string, names: (q: Quote) => string | null): boolean {
  const speaker = names(next);
  return (
    previous.kind === 'direct' &&
    next.kind === 'direct' &&
    next.start >= previous.end &&
    between.length <= continuationGap &&
    !between.includes('\n') &&
    (speaker === null || speaker === names(previous))
  );
}

/** Quotes of one article, continuations joined into one chain. */
function joinedQuotes(article: AnnotatedArticle, names: (q: Quote) => string | null): Quote[][] {
  const chains: Quote[][] = [];
  for (const quote of [...article.quotes].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const last = chains[chains.length - 1];
    const previous = last?.[last.length - 1];
    if (previous !== undefined && continues(previous, quote, article.text.slice(previous.end, quote.start), names)) last?.push(quote);
    else chains.push([quote]);
  }
  return chains;
}

/** The comparable keys of a quote segment: content words and neighbouring word pairs. */
export function quoteKeys(text: string): Set<string> {
  const words = plainWords(text);
  const pairs = words.slice(1).map((w, i) => `~${words[i] ?? ''} ${w}`);
  return new Set([...contentKeys(text), ...pairs]);
}

export function quoteUnits(articles: readonly AnnotatedArticle[], speakerName: SpeakerName): QuoteUnit[] {
  let chainCount = 0;
  return articles.flatMap((article, rank) => {
    const names = (q: Quote): string | null => speakerName(article, q);
    return joinedQuotes(article, names).flatMap((parts) => {
      const chain = chainCount++;
      const [first] = parts;
      if (first === undefined) return [];
      const speaker = names(first);
      const segments = parts.flatMap((part) => {
        const nested = article.quotes.filter((q) => q !== part && q.start >= part.start && q.end <= part.end);
        const pieces = part.kind === 'indirect' ? [{ start: part.start, end: part.end, text: part.text }] : segmentQuote(part.text, part.start, nested);
        return pieces.map((segment) => ({ segment, part }));
      });
      return segments.map(({ segment, part }, position) => ({
        article: article.id,
        origin: article.duplicateOf ?? article.id,
        rank,
        chain,
        position,
        quote: part,
        ...segment,
        speaker,
        keys: quoteKeys(segment.text),
      }));
    });
  });
}

/** Similarity of two renderings of comparable length (symmetric, weighted Dice). */
export function quoteSimilarity(a: QuoteUnit, b: QuoteUnit, weights: Weights): number {
  return sharedCount(a.keys, b.keys) < 2 ? 0 : dice(a.keys, b.keys, weights);
}

export function sameSpeaker(a: QuoteUnit, b: QuoteUnit): boolean {
  return a.speaker === null || b.speaker === null || a.speaker === b.speaker;
}

/** Pairs of renderings that may found a quote: indirect speech only joins one later, as a fragment. */
export function quotePairs(units: readonly QuoteUnit[], weights: Weights): ScoredPair[] {
  const pairs: ScoredPair[] = [];
  units.forEach((a, i) =>
    units.forEach((b, j) => {
      if (j <= i || a.article === b.article || a.quote.kind === 'indirect' || b.quote.kind === 'indirect') return;
      const score = quoteSimilarity(a, b, weights);
      if (score >= (sameSpeaker(a, b) ? quotePairFloor : otherSpeakerFloor)) pairs.push({ a: i, b: j, score });
    }),
  );
  return pairs;
}

/** How a rendering relates to the canonical one: same words, another wording, or a fragment. */
export function matchKind(variant: Quote, canonical: Quote): QuoteVariant['match'] {
  const words = plainWords(variant.text);
  const reference = plainWords(canonical.text);
  if (words.join(' ') === reference.join(' ')) return 'verbatim';
  if (variant.kind !== 'direct' || words.length * 2 < reference.length) return 'partial';
  return 'variant';
}

function mostCommon(values: readonly (string | null)[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) if (v !== null) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? null;
}

/** One article's rendering in a group: its segments in text order, read as one quote. */
interface Rendering {
  readonly article: string;
  readonly rank: number;
  readonly segments: readonly QuoteUnit[];
  readonly quote: Quote;
}

function renderingsOf(members: readonly QuoteUnit[]): Rendering[] {
  const byArticle = new Map<string, QuoteUnit[]>();
  for (const u of [...members].sort((a, b) => a.rank - b.rank || a.start - b.start)) byArticle.set(u.article, [...(byArticle.get(u.article) ?? []), u]);
  return [...byArticle.values()].flatMap((segments) => {
    const [first] = segments;
    if (first === undefined) return [];
    const kind = segments.some((s) => s.quote.kind === 'direct') ? 'direct' : first.quote.kind;
    const text = segments.map((s) => s.text).join(' ');
    return [{ article: first.article, rank: first.rank, segments, quote: { ...first.quote, kind, text } }];
  });
}

/** The direct rendering in one piece the others resemble most; among equals, the longest, earliest one. */
function canonicalOf(renderings: readonly Rendering[], weights: Weights): Rendering | undefined {
  const keys = new Map(renderings.map((r) => [r, quoteKeys(r.quote.text)]));
  const similarity = (a: Rendering, b: Rendering): number => dice(keys.get(a) ?? new Set(), keys.get(b) ?? new Set(), weights);
  const centrality = (r: Rendering): number => renderings.reduce((sum, o) => sum + (o === r ? 0 : similarity(r, o)), 0);
  return [...renderings].sort(
    (a, b) =>
      Number(b.quote.kind === 'direct') - Number(a.quote.kind === 'direct') ||
      a.segments.length - b.segments.length ||
      centrality(b) - centrality(a) ||
      b.quote.text.length - a.quote.text.length ||
      a.rank - b.rank,
  )[0];
}

function variantsOf(renderings: readonly Rendering[], canonical: Rendering | undefined): QuoteVariant[] {
  return renderings.flatMap((r) => {
    const match: QuoteVariant['match'] =
      canonical === undefined || r === canonical ? 'verbatim' : matchKind(r.quote, { ...canonical.quote, kind: 'direct' });
    return r.segments.map((s) => ({ article: s.article, start: s.start, end: s.end, text: s.text, match }));
  });
}

/** Quotes of a story grouped into report quotes, the most widely reported first. */
export function alignQuotes(articles: readonly AnnotatedArticle[], speakerName: SpeakerName): ReportQuote[] {
  const units = quoteUnits(articles, speakerName);
  const weights = idfWeights(units.map((u) => [...u.keys]));
  const cores = groupPairs(units.length, quotePairs(units, weights), {
    conflict: (a, b) => units[a]?.article === units[b]?.article,
    averageFloor: quotePairFloor * 0.8,
  });
  const attached = mergeFragmentGroups(attachLoners(cores, units, weights), units, weights);
  const refined = joinLoneNeighbours(extendAlongQuotes(attached, units), units);
  const drafts = refined
    .map((indices) => indices.map((i) => units[i]).filter((u): u is QuoteUnit => u !== undefined))
    .filter((members) => members.some((u) => u.quote.kind !== 'indirect'))
    .map((members) => {
      const renderings = renderingsOf(members);
      return { members, renderings, canonical: canonicalOf(renderings, weights) };
    })
    .sort(
      (x, y) =>
        new Set(y.members.map((u) => u.origin)).size - new Set(x.members.map((u) => u.origin)).size ||
        (x.members[0]?.rank ?? 0) - (y.members[0]?.rank ?? 0) ||
        (x.members[0]?.start ?? 0) - (y.members[0]?.start ?? 0),
    );
  return drafts.map(({ members, renderings, canonical }, i) => ({
    id: `q${i + 1}`,
    speaker: mostCommon(members.map((u) => u.speaker)),
    text: canonical?.quote.text ?? '',
    variants: variantsOf(renderings, canonical),
  }));
}
