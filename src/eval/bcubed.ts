import { fail } from '../errors.ts';

export interface BCubed {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/** item -> cluster label, from a list of clusters. */
export function labelsOf(clusters: readonly (readonly string[])[]): Map<string, string> {
  const labels = new Map<string, string>();
  clusters.forEach((members, i) => {
    for (const item of members) labels.set(item, String(i));
  });
  return labels;
}

function groupsOf(labels: ReadonlyMap<string, string>): Map<string, Set<string>> {
  const groups = new Map<string, Set<string>>();
  for (const [item, label] of labels) {
    const group = groups.get(label) ?? new Set<string>();
    group.add(item);
    groups.set(label, group);
  }
  return groups;
}

function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let n = 0;
  for (const item of a) if (b.has(item)) n++;
  return n;
}

/**
 * B-cubed precision and recall (Bagga and Baldwin 1998): per item, the share of its predicted
 * cluster that shares its gold class, and the share of its gold class found in its cluster,
 * averaged over items. Both labelings must cover the same items.
 */
export function bcubed(predicted: ReadonlyMap<string, string>, gold: ReadonlyMap<string, string>): BCubed {
  if (predicted.size !== gold.size || [...gold.keys()].some((item) => !predicted.has(item))) {
    fail('E_OPTION', `expected the predicted and gold labelings to cover the same items, instead found ${predicted.size} predicted and ${gold.size} gold`);
  }
  if (gold.size === 0) return { precision: 1, recall: 1, f1: 1 };
  const predictedGroups = groupsOf(predicted);
  const goldGroups = groupsOf(gold);
  let precision = 0;
  let recall = 0;
  for (const [item, label] of gold) {
    const cluster = predictedGroups.get(predicted.get(item)!)!;
    const cls = goldGroups.get(label)!;
    const shared = overlap(cluster, cls);
    precision += shared / cluster.size;
    recall += shared / cls.size;
  }
  precision /= gold.size;
  recall /= gold.size;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
