import type { AnnotatedArticle } from '../model.ts';
import { articleFeatures } from './features.ts';
import { groupingParameters } from './group-stories.ts';
import { cosine } from './similarity.ts';
import { tfidfVectors, vocabulary, type SparseVector } from './vectors.ts';

export interface Membership {
  /** Mean cosine of the article with the other members of its story. */
  readonly score: number;
  /** The terms ("w:quake", "e:lima", "n:2009") that tie it most to the others, strongest first. */
  readonly sharedTerms: readonly string[];
}

function addShared(weights: Map<number, number>, a: SparseVector, b: SparseVector): void {
  let i = 0;
  let j = 0;
  while (i < a.terms.length && j < b.terms.length) {
    const ta = a.terms[i]!;
    const tb = b.terms[j]!;
    if (ta === tb) weights.set(ta, (weights.get(ta) ?? 0) + a.weights[i++]! * b.weights[j++]!);
    else if (ta < tb) i++;
    else j++;
  }
}

/** Why `articleId` sits with `storyMembers`, measured over the whole `corpus` (as grouping does). */
export function explainMembership(
  corpus: readonly AnnotatedArticle[],
  storyMembers: readonly string[],
  articleId: string,
  topTerms = 8,
): Membership {
  const features = corpus.map(articleFeatures);
  const vectors = tfidfVectors(features, groupingParameters.blocks);
  const names = [...vocabulary(features).keys()];
  const index = features.findIndex((f) => f.id === articleId);
  const others = features.flatMap((f, i) => (f.id !== articleId && storyMembers.includes(f.id) ? [i] : []));
  if (index < 0 || others.length === 0) return { score: 0, sharedTerms: [] };
  const own = vectors[index]!;
  const shared = new Map<number, number>();
  let total = 0;
  for (const i of others) {
    total += cosine(own, vectors[i]!);
    addShared(shared, own, vectors[i]!);
  }
  const sharedTerms = [...shared]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, topTerms)
    .map(([term]) => names[term]!);
  return { score: total / others.length, sharedTerms };
}
