/**
 * Quote variants: the renderings of one quote across outlets. Translations differ in wording,
 * so renderings are compared by rare content words with a tolerant measure (how much of the
 * shorter one the longer one contains), and a known speaker must agree. Different quotes that
 * share a word or two stay apart. Indirect speech may join a quote, never found one.
 */
import type { AnnotatedArticle, Quote, QuoteVariant, ReportQuote } from '../model.ts';
import { groupPairs } from './group.ts';
import type { ScoredPair } from './group.ts';
import { containment, dice, idfWeights, sharedCount } from './similarity.ts';
import type { Weights } from './similarity.ts';
import { contentKeys, plainWords } from './words.ts';

/** The least Dice similarity for two renderings of comparable length to be one quote. */
export const quotePairFloor = 0.35;
/** The least containment for a lone fragment (or a longer rendering) to join a quote. */
export const quoteAttachFloor = 0.6;
/** Different speakers: the renderings must then be nearly the same words. */
const otherSpeakerFloor = 0.85;
/** A quote resuming this close after the previous one, by the same speaker, continues it. */
const continuationGap = 120;

/** One quote of one article (several parts when it continues after "she said"), with what comparison needs. */
export interface QuoteUnit {
  readonly article: string;
  readonly origin: string;
  readonly rank: number;
  /** The parts in text order; `quote` is the first. */
  readonly parts: readonly Quote[];
  readonly quote: Quote;
  /** The speaker as the story knows them (story entity name, else the name in the text). */
  readonly speaker: string | null;
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

/** Quotes of one article, continuations joined into one unit. */
function joinedQuotes(article: AnnotatedArticle, names: (q: Quote) => string | null): Quote[][] {
  const units: Quote[][] = [];
  for (const quote of [...article.quotes].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const last = units[units.length - 1];
    const previous = last?.[last.length - 1];
    if (previous !== undefined && continues(previous, quote, article.text.slice(previous.end, quote.start), names)) last?.push(quote);
    else units.push([quote]);
  }
  return units;
}

export function quoteUnits(articles: readonly AnnotatedArticle[], speakerName: SpeakerName): QuoteUnit[] {
  return articles.flatMap((article, rank) => {
    const names = (q: Quote): string | null => speakerName(article, q);
    return joinedQuotes(article, names).flatMap((parts) => {
      const [first] = parts;
      if (first === undefined) return [];
      return [
        {
          article: article.id,
          origin: article.duplicateOf ?? article.id,
          rank,
          parts,
          quote: first,
          speaker: names(first),
          keys: new Set(parts.flatMap((p) => contentKeys(p.text))),
        },
      ];
    });
  });
}

/** Similarity of two renderings of comparable length (symmetric, weighted Dice). */
export function quoteSimilarity(a: QuoteUnit, b: QuoteUnit, weights: Weights): number {
  return sharedCount(a.keys, b.keys) < 2 ? 0 : dice(a.keys, b.keys, weights);
}

/** How much of the shorter rendering the longer one contains: a fragment against a full quote. */
export function quoteContainment(a: QuoteUnit, b: QuoteUnit, weights: Weights): number {
  return sharedCount(a.keys, b.keys) < 2 ? 0 : containment(a.keys, b.keys, weights);
}

function sameSpeaker(a: QuoteUnit, b: QuoteUnit): boolean {
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

/** The rendering the others resemble most; among equals, the direct, longest, earliest one. */
function canonicalOf(members: readonly QuoteUnit[], weights: Weights): QuoteUnit | undefined {
  const centrality = (u: QuoteUnit): number => members.reduce((sum, v) => sum + (u === v ? 0 : quoteSimilarity(u, v, weights)), 0);
  return [...members].sort(
    (a, b) =>
      Number(b.quote.kind === 'direct') - Number(a.quote.kind === 'direct') ||
      centrality(b) - centrality(a) ||
      b.quote.text.length - a.quote.text.length ||
      a.rank - b.rank,
  )[0];
}

/**
 * Refiner: a quote left alone joins the group of a rendering it closely resembles, or of a
 * longer rendering it is a fragment of (a partial quote, a short excerpt), when the group has
 * no other rendering from its article.
 */
export function attachLoners(groups: readonly number[][], units: readonly QuoteUnit[], weights: Weights): number[][] {
  const result = groups.map((g) => [...g]);
  const loners = result.filter((g) => g.length === 1);
  for (const loner of loners) {
    const unit = units[loner[0] ?? -1];
    if (unit === undefined) continue;
    let best: { group: number[]; score: number } | undefined;
    for (const group of result) {
      if (group === loner || group.length < 2) continue;
      const members = group.map((i) => units[i]).filter((u): u is QuoteUnit => u !== undefined);
      if (members.some((m) => m.article === unit.article || !sameSpeaker(m, unit))) continue;
      const containing = members.filter((m) => m.keys.size >= unit.keys.size);
      const asFragment = Math.max(0, ...containing.map((m) => quoteContainment(unit, m, weights)));
      const asRendering = Math.max(0, ...members.map((m) => quoteSimilarity(unit, m, weights)));
      const score = Math.max(asFragment >= quoteAttachFloor ? asFragment : 0, asRendering >= quotePairFloor ? asRendering : 0);
      if (score > 0 && (best === undefined || score > best.score)) best = { group, score };
    }
    if (best === undefined) continue;
    best.group.push(...loner);
    best.group.sort((a, b) => a - b);
    loner.length = 0;
  }
  return result.filter((g) => g.length > 0);
}

function variantsOf(members: readonly QuoteUnit[], canonical: QuoteUnit | undefined): QuoteVariant[] {
  const reference = canonical?.parts.map((p) => p.text).join(' ');
  return [...members]
    .sort((a, b) => a.rank - b.rank || a.quote.start - b.quote.start)
    .flatMap((u) => {
      const joined = { ...u.quote, text: u.parts.map((p) => p.text).join(' ') };
      const match: QuoteVariant['match'] =
        reference === undefined || u === canonical ? 'verbatim' : matchKind(joined, { ...u.quote, kind: 'direct', text: reference });
      return u.parts.map((p) => ({ article: u.article, start: p.start, end: p.end, text: p.text, match }));
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
  const drafts = attachLoners(cores, units, weights)
    .map((indices) => indices.map((i) => units[i]).filter((u): u is QuoteUnit => u !== undefined))
    .filter((members) => members.some((u) => u.quote.kind !== 'indirect'))
    .map((members) => ({ members, canonical: canonicalOf(members, weights) }))
    .sort(
      (x, y) =>
        new Set(y.members.map((u) => u.origin)).size - new Set(x.members.map((u) => u.origin)).size ||
        (x.members[0]?.rank ?? 0) - (y.members[0]?.rank ?? 0) ||
        (x.members[0]?.quote.start ?? 0) - (y.members[0]?.quote.start ?? 0),
    );
  return drafts.map(({ members, canonical }, i) => ({
    id: `q${i + 1}`,
    speaker: mostCommon(members.map((u) => u.speaker)),
    text: canonical?.parts.map((p) => p.text).join(' ') ?? '',
    variants: variantsOf(members, canonical),
  }));
}
