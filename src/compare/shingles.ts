import type { AnnotatedArticle } from '../model.ts';
import { contentSpans } from './features.ts';
import { wordsIn } from './tokens.ts';

/** Word n-grams of this length make a shingle. */
export const shingleLength = 5;

/** The set of lowercase word 5-grams of an article's content (boilerplate and title left out). */
export function shingles(article: AnnotatedArticle): Set<string> {
  const words = contentSpans(article).flatMap((span) =>
    wordsIn(article.text, span).map((t) => t.value.toLowerCase().replace(/’/gu, "'")),
  );
  const set = new Set<string>();
  for (let i = 0; i + shingleLength <= words.length; i++) set.add(words.slice(i, i + shingleLength).join(' '));
  return set;
}

/** |A ∩ B| / |smaller|: how much of the shorter text the longer one contains. */
export function containment(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const s of small) if (large.has(s)) shared++;
  return shared / small.size;
}

/**
 * Near-identical copies: the shorter holds at least half as many shingles as the longer, and at
 * least 80% of its shingles are in the longer (syndicated copies, lightly edited or trimmed).
 */
export function isNearDuplicate(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const smaller = Math.min(a.size, b.size);
  const larger = Math.max(a.size, b.size);
  return smaller > 0 && smaller >= larger / 2 && containment(a, b) >= 0.8;
}
