import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitSentences } from '../../src/annotate/sentences.ts';
import type { AnnotatedArticle, Removed, Span } from '../../src/model.ts';
import { emptyArticle, runArticleStages } from '../../src/pipeline/run.ts';
import type { Context } from '../../src/pipeline/stage.ts';

export const ctx: Context = { now: '2025-06-01T00:00:00Z' };

const fixtures = new URL('../fixtures/', import.meta.url).pathname;

export function readFixture(relative: string): string {
  return readFileSync(join(fixtures, relative), 'utf8');
}

export interface Marks {
  readonly removed?: readonly Span[];
  readonly titleSpan?: Span;
}

/** An article with sentences, as the pipeline would build it, optionally with boilerplate marked. */
export function annotated(id: string, text: string, marks: Marks = {}): AnnotatedArticle {
  const removed: Removed[] = (marks.removed ?? []).map((s) => ({ ...s, reason: 'test', by: 'test' }));
  const base = { ...emptyArticle({ id, path: `${id}.txt`, text }), removed };
  const start = marks.titleSpan === undefined ? base : { ...base, titleSpan: marks.titleSpan };
  return runArticleStages(start, [splitSentences], ctx);
}

/** The five reference articles, ids = file names without extension. */
export function seedArticles(): AnnotatedArticle[] {
  return readdirSync(join(fixtures, 'seeds'))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => annotated(f.replace(/\.txt$/u, ''), readFixture(`seeds/${f}`)));
}
