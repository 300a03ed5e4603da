import { clusteringTask } from './tasks/clustering.ts';
import { datesTask } from './tasks/dates.ts';
import { entitiesTask } from './tasks/entities.ts';
import { mainTextTask } from './tasks/main-text.ts';
import { metadataTask } from './tasks/metadata.ts';
import { pubdateTask } from './tasks/pubdate.ts';
import { quotesTask } from './tasks/quotes.ts';
import type { EvalResult, EvalTask, Floors } from './types.ts';

export type { EvalResult, EvalTask, Floors } from './types.ts';
export { bcubed, labelsOf, type BCubed } from './bcubed.ts';
export { loadClusteringDataset } from './ecbplus.ts';

/** Every evaluation task the project measures itself with. */
export const evalTasks: readonly EvalTask[] = [mainTextTask, pubdateTask, metadataTask, clusteringTask, entitiesTask, quotesTask, datesTask];

/** One line per metric below its floor (or missing), e.g. "clustering bcubed_f1 0.81 < floor 0.85". */
export function checkFloors(results: readonly EvalResult[], floors: Floors): string[] {
  const failures: string[] = [];
  for (const result of results) {
    for (const [metric, floor] of Object.entries(floors[result.task] ?? {})) {
      const value = result.metrics[metric];
      if (value === undefined) failures.push(`${result.task} ${metric} missing (floor ${floor})`);
      else if (value < floor) failures.push(`${result.task} ${metric} ${value.toFixed(4)} < floor ${floor}`);
    }
  }
  return failures;
}
