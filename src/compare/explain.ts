import type { StoryIndex } from './online/story-index.ts';
import type { CompactVector } from './online/weigh.ts';
import { compactCosine } from './online/weigh.ts';

export interface Membership {
  /** Mean cosine of the article with the other members of its story. */
  readonly score: number;
  /** The terms ("w:quake", "e:lima", "n:2009") that tie it most to the others, strongest first. */
  readonly sharedTerms: readonly string[];
}

function addShared(weights: Map<number, number>, a: CompactVector, b: CompactVector): void {
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

/** Why `articleId` sits in its story: its mean similarity with the other members, and the terms they share. */
export function explainMembership(index: StoryIndex, articleId: string, topTerms = 8): Membership {
  const slot = index.slot(articleId);
  if (slot === undefined) return { score: 0, sharedTerms: [] };
  const others = index.storyMembers(index.storyOfSlot(slot)).filter((s) => s !== slot);
  if (others.length === 0) return { score: 0, sharedTerms: [] };
  const own = index.vector(slot);
  const shared = new Map<number, number>();
  let total = 0;
  for (const other of others) {
    total += compactCosine(own, index.vector(other));
    addShared(shared, own, index.vector(other));
  }
  const sharedTerms = [...shared]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, topTerms)
    .map(([term]) => index.terms.name(term));
  return { score: total / others.length, sharedTerms };
}
