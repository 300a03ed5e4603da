import type { StoryIndex } from './online/story-index.ts';
import type { CompactVector } from './online/weigh.ts';
import { compactCosine } from './online/weigh.ts';

export interface Membership {
  /** Mean cosine of the article with the other members of its story. */
  readonly score: number;
  /** The terms ("w:quake", "e:lima", "n:2009") that tie it most to the others, strongest first. */
  readonly sharedTerms: readonly string[];
  /** The members most similar to it, most similar first. */
  readonly closest: readonly { readonly id: string; readonly score: number }[];
  /** Whether the article itself aged out (its terms are no longer held: it only keeps its story). */
  readonly aged: boolean;
  /** Other members that aged out (published long before the newest article): not compared. */
  readonly agedMembers: number;
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

/** Members listed as the closest. */
const CLOSEST = 5;

/** Why `articleId` sits in its story: its mean similarity with the other members, and the terms they share. */
export function explainMembership(index: StoryIndex, articleId: string, topTerms = 8): Membership {
  const slot = index.slot(articleId);
  if (slot === undefined) return { score: 0, sharedTerms: [], closest: [], aged: false, agedMembers: 0 };
  const members = index.storyMembers(index.storyOfSlot(slot)).filter((s) => s !== slot);
  const others = members.filter((s) => !index.aged(s));
  const aged = index.aged(slot);
  const agedMembers = members.length - others.length;
  if (others.length === 0 || aged) return { score: 0, sharedTerms: [], closest: [], aged, agedMembers };
  const own = index.vector(slot);
  const shared = new Map<number, number>();
  const scored = others.map((other) => {
    addShared(shared, own, index.vector(other));
    return { id: index.id(other), score: compactCosine(own, index.vector(other)) };
  });
  const total = scored.reduce((sum, s) => sum + s.score, 0);
  const closest = scored.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1)).slice(0, CLOSEST);
  const sharedTerms = [...shared]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, topTerms)
    .map(([term]) => index.terms.name(term));
  return { score: total / others.length, sharedTerms, closest, aged, agedMembers };
}
