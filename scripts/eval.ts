/**
 * The accuracy harness: `npm run eval -- [TASK...] [--data-root DIR] [--check] [--json]`.
 * Runs each task whose dataset folder exists under the data root, prints a table, and with
 * `--check` exits 1 when a metric is below its floor in eval/floors.json.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command } from 'commander';
import { checkFloors, evalTasks, type EvalResult, type Floors } from '../src/eval/index.ts';

const floorsFile = new URL('../eval/floors.json', import.meta.url);

function readFloors(): Floors {
  return JSON.parse(readFileSync(floorsFile, 'utf8')) as Floors;
}

function table(results: readonly EvalResult[], floors: Floors): string {
  const rows = [['task', 'dataset', 'metric', 'value', 'floor']];
  for (const r of results) {
    for (const [metric, value] of Object.entries(r.metrics)) {
      const floor = floors[r.task]?.[metric];
      rows.push([r.task, r.dataset, metric, value.toFixed(4), floor === undefined ? '-' : floor.toFixed(4)]);
    }
    rows.push([r.task, r.dataset, 'seconds', r.seconds.toFixed(2), '-']);
  }
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((row) => row[c]!.length)));
  return rows.map((row) => row.map((cell, c) => cell.padEnd(widths[c]!)).join('  ')).join('\n');
}

async function main(): Promise<number> {
  const program = new Command()
    .name('eval')
    .argument('[tasks...]', `tasks to run (default: all): ${evalTasks.map((t) => t.name).join(', ')}`)
    .option('--data-root <dir>', 'folder holding one folder per dataset', '../shared/data')
    .option('--check', 'exit 1 when a metric is below its floor in eval/floors.json')
    .option('--json', 'print the results as JSON')
    .parse();
  const names = program.args;
  const options = program.opts<{ dataRoot: string; check?: boolean; json?: boolean }>();
  const unknown = names.filter((n) => !evalTasks.some((t) => t.name === n));
  if (unknown.length > 0) {
    console.error(`unknown task ${unknown.join(', ')}; expected one of ${evalTasks.map((t) => t.name).join(', ')}`);
    return 2;
  }
  const selected = evalTasks.filter((t) => names.length === 0 || names.includes(t.name));
  const results: EvalResult[] = [];
  for (const task of selected) {
    const dir = join(options.dataRoot, task.dataset);
    if (!existsSync(dir)) {
      console.error(`skipped ${task.name}: ${dir} not found`);
      continue;
    }
    results.push(await task.run(dir));
  }
  const floors = readFloors();
  console.log(options.json ? JSON.stringify(results, null, 2) : table(results, floors));
  if (!options.check) return 0;
  const failures = checkFloors(results, floors);
  for (const failure of failures) console.error(`below floor: ${failure}`);
  return failures.length > 0 ? 1 : 0;
}

process.exitCode = await main();
