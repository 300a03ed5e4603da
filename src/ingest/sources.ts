/** The files a directory or a glob stands for, in a deterministic (sorted) order. */
import { readdir, realpath, stat } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { glob } from 'tinyglobby';
import { fsErrorRejection, oneLine } from './fs-errors.ts';
import { rejectedItem, skippedItem } from './item.ts';
import type { IngestItem } from './item.ts';

/** A regular file found, with its size from `stat`. */
export interface FoundFile {
  readonly kind: 'file';
  readonly path: string;
  readonly size: number;
}

/** A file to read, or something to report about an entry that is not one. */
export type FoundEntry = FoundFile | IngestItem;

/** Code-unit order, the same on every machine and locale. */
export function byCodeUnits(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

export function isHidden(name: string): boolean {
  return name.startsWith('.');
}

/**
 * Every regular file under `dir`, depth first, entries sorted by name; hidden files and
 * directories skipped; symbolic links followed, each real directory visited once.
 */
export async function* walkDirectory(dir: string, visited: Set<string> = new Set()): AsyncGenerator<FoundEntry> {
  let names: string[];
  try {
    const real = await realpath(dir);
    if (visited.has(real)) return;
    visited.add(real);
    names = await readdir(dir);
  } catch (error) {
    yield { kind: 'rejected', rejected: fsErrorRejection(dir, error) };
    return;
  }
  for (const name of names.filter((entry) => !isHidden(entry)).sort(byCodeUnits)) {
    yield* statEntry(join(dir, name), visited);
  }
}

async function* statEntry(path: string, visited: Set<string>): AsyncGenerator<FoundEntry> {
  try {
    const stats = await stat(path);
    if (stats.isDirectory()) yield* walkDirectory(path, visited);
    else if (stats.isFile()) yield { kind: 'file', path, size: stats.size };
    else yield skippedItem(path, 'not a regular file');
  } catch (error) {
    yield { kind: 'rejected', rejected: fsErrorRejection(path, error) };
  }
}

/**
 * The files a glob matches (tinyglobby; hidden entries not matched), sorted; paths absolute when
 * the pattern is, else relative to the working directory.
 */
export async function* globFiles(pattern: string): AsyncGenerator<FoundEntry> {
  let paths: string[];
  try {
    paths = await glob(pattern, { absolute: isAbsolute(pattern), dot: false, onlyFiles: true, expandDirectories: false });
  } catch (error) {
    yield rejectedItem(pattern, 'missing', `invalid glob: ${oneLine(error instanceof Error ? error.message : String(error))}`);
    return;
  }
  for (const path of paths.sort(byCodeUnits)) yield* statEntry(path, new Set());
}
