/**
 * Similarity of two bags of content keys, weighted by how rare each key is within the story:
 * words every sentence shares (the country a story is about) count little.
 */

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

function sharedWeight(a: ReadonlySet<string>, b: ReadonlySet<string>, weights: Weights): number {
  let sum = 0;
  for (const key of a) if (b.has(key)) sum += weights(key);
  return sum;
}

/** Weighted Dice coefficient: 2|A∩B| / (|A| + |B|). Symmetric, in [0, 1]. */
export function dice(a: ReadonlySet<string>, b: ReadonlySet<string>, weights: Weights): number {
  const total = weightOf(a, weights) + weightOf(b, weights);
  return total === 0 ? 0 : (2 * sharedWeight(a, b, weights)) / total;
}

/** Weighted overlap coefficient: |A∩B| / min(|A|, |B|). High when one bag contains the other. */
export function containment(a: ReadonlySet<string>, b: ReadonlySet<string>, weights: Weights): number {
  const smaller = Math.min(weightOf(a, weights), weightOf(b, weights));
  return smaller === 0 ? 0 : sharedWeight(a, b, weights) / smaller;
}

export function sharedCount(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let count = 0;
  for (const key of a) if (b.has(key)) count++;
  return count;
}

/** Weighted cosine of two sets: |A∩B| / sqrt(|A||B|). Between Dice and containment. */
export function cosine(a: ReadonlySet<string>, b: ReadonlySet<string>, weights: Weights): number {
  const norm = Math.sqrt(weightOf(a, weights) * weightOf(b, weights));
  return norm === 0 ? 0 : sharedWeight(a, b, weights) / norm;
}
