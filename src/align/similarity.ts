/**
 * Similarity of two bags of content keys, weighted by how rare each key is within the story:
 * words every sentence shares (the country a story is about) count little. Synonyms left over
 * once the same keys are matched count as shared, a little less (synonyms.ts).
 */
import { synonymCredit, synonymPairs } from './synonyms.ts';

export type Weights = (key: string) => number;

/** Inverse document frequency over the given documents (each a list of keys). */
export function idfWeights(documents: readonly (readonly string[])[]): Weights {
  const frequency = new Map<string, number>();
  for (const document of documents) {
    for (const key of new Set(document)) frequency.set(key, (frequency.get(key) ?? 0) + 1);
  }
  const total = Math.max(1, documents.length);
  return (key) => Math.log(1 + total / (frequency.get(key) ?? 1));
}

function weightOf(keys: ReadonlySet<string>, weights: Weights): number {
  let sum = 0;
  for (const key of keys) sum += weights(key);
  return sum;
}

/** The keys of each bag that the other lacks: where synonyms may still match. */
function unsharedKeys(a: ReadonlySet<string>, b: ReadonlySet<string>): [string[], string[]] {
  return [[...a].filter((key) => !b.has(key)), [...b].filter((key) => !a.has(key))];
}

function sharedWeight(a: ReadonlySet<string>, b: ReadonlySet<string>, weights: Weights): number {
  let sum = 0;
  for (const key of a) if (b.has(key)) sum += weights(key);
  for (const [x, y] of synonymPairs(...unsharedKeys(a, b))) sum += (synonymCredit * (weights(x) + weights(y))) / 2;
  return sum;
}

/** Weighted Dice coefficient: 2|A∩B| / (|A| + |B|). Symmetric, in [0, 1]. */
export function dice(a: ReadonlySet<string>, b: ReadonlySet<string>, weights: Weights): number {
  const total = weightOf(a, weights) + weightOf(b, weights);
  return total === 0 ? 0 : Math.min(1, (2 * sharedWeight(a, b, weights)) / total);
}

/** Weighted overlap coefficient: |A∩B| / min(|A|, |B|). High when one bag contains the other. */
export function containment(a: ReadonlySet<string>, b: ReadonlySet<string>, weights: Weights): number {
  const smaller = Math.min(weightOf(a, weights), weightOf(b, weights));
  return smaller === 0 ? 0 : Math.min(1, sharedWeight(a, b, weights) / smaller);
}

/** Keys both bags hold, a synonym pair counting as one. */
export function sharedCount(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let count = 0;
  for (const key of a) if (b.has(key)) count++;
  return count + synonymPairs(...unsharedKeys(a, b)).length;
}

/** Weighted cosine of two sets: |A∩B| / sqrt(|A||B|). Between Dice and containment. */
export function cosine(a: ReadonlySet<string>, b: ReadonlySet<string>, weights: Weights): number {
  const norm = Math.sqrt(weightOf(a, weights) * weightOf(b, weights));
  return norm === 0 ? 0 : Math.min(1, sharedWeight(a, b, weights) / norm);
}
