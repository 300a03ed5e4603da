/** Figures that describe a generated corpus: story sizes, lengths, copies, dates and vocabulary. */
import type { GeneratedArticle } from './generate.ts';

export interface CorpusStats {
  readonly articles: number;
  readonly stories: number;
  readonly singletonStories: number;
  /** Story size quantiles: p50, p90, p99, max. */
  readonly storySizes: { readonly p50: number; readonly p90: number; readonly p99: number; readonly max: number };
  readonly meanLength: number;
  /** Text length quantiles in characters: p1, p50, p99. */
  readonly lengths: { readonly p1: number; readonly p50: number; readonly p99: number };
  readonly duplicates: number;
  readonly firstDay: string;
  readonly lastDay: string;
  /** Distinct lower-cased word types, when counted. */
  readonly vocabulary?: number;
}

export function quantile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}

const wordPattern = /[\p{L}\p{N}]{1,40}/gu;

export function corpusStats(articles: Iterable<GeneratedArticle>, options: { vocabulary?: boolean } = {}): CorpusStats {
  const sizes = new Map<string, number>();
  const lengths: number[] = [];
  const words = new Set<string>();
  let duplicates = 0;
  let firstDay = '';
  let lastDay = '';
  for (const article of articles) {
    sizes.set(article.story, (sizes.get(article.story) ?? 0) + 1);
    lengths.push(article.text.length);
    if (article.duplicateOf !== undefined) duplicates++;
    if (firstDay === '' || article.publishedAt < firstDay) firstDay = article.publishedAt;
    if (article.publishedAt > lastDay) lastDay = article.publishedAt;
    if (options.vocabulary === true) for (const match of article.text.toLowerCase().matchAll(wordPattern)) words.add(match[0]);
  }
  const sortedSizes = [...sizes.values()].sort((a, b) => a - b);
  const sortedLengths = lengths.sort((a, b) => a - b);
  return {
    articles: lengths.length,
    stories: sizes.size,
    singletonStories: sortedSizes.filter((size) => size === 1).length,
    storySizes: { p50: quantile(sortedSizes, 0.5), p90: quantile(sortedSizes, 0.9), p99: quantile(sortedSizes, 0.99), max: sortedSizes.at(-1) ?? 0 },
    meanLength: lengths.length === 0 ? 0 : lengths.reduce((a, b) => a + b, 0) / lengths.length,
    lengths: { p1: quantile(sortedLengths, 0.01), p50: quantile(sortedLengths, 0.5), p99: quantile(sortedLengths, 0.99) },
    duplicates,
    firstDay,
    lastDay,
    ...(options.vocabulary === true ? { vocabulary: words.size } : {}),
  };
}
