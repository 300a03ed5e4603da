import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { readInputs } from '../../src/ingest/index.ts';
import type { IngestItem, IngestOptions } from '../../src/ingest/index.ts';

/** A fresh temporary folder holding `files` (relative path -> content). */
export async function tempTree(files: Readonly<Record<string, string | Uint8Array>>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'newsprism-ingest-'));
  for (const [relative, content] of Object.entries(files)) {
    const path = join(root, relative);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, content);
  }
  return root;
}

export async function collect(inputs: readonly string[], options?: IngestOptions): Promise<IngestItem[]> {
  const items: IngestItem[] = [];
  for await (const item of readInputs(inputs, options)) items.push(item);
  return items;
}

/** A short, comparable line per item: "article PATH", "rejected PATH CODE", "skipped PATH". */
export function outline(items: readonly IngestItem[], root = ''): string[] {
  const shorten = (path: string): string => (root !== '' && path.startsWith(`${root}/`) ? path.slice(root.length + 1) : path);
  return items.map((item) => {
    if (item.kind === 'article') return `article ${shorten(item.article.path)}`;
    if (item.kind === 'rejected') return `rejected ${shorten(item.rejected.path)} ${item.rejected.code}`;
    return `skipped ${shorten(item.path)}`;
  });
}
