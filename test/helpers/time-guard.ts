/** The regex time guard shared by the annotators' tests: a 200 KB adversarial line in under a second. */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { splitSentences } from '../../src/annotate/sentences.ts';
import type { AnnotatedArticle } from '../../src/model.ts';
import { emptyArticle, runArticleStages } from '../../src/pipeline/run.ts';

export const GUARD_LENGTH = 200_000;

/** A line of GUARD_LENGTH characters: `unit` repeated, cut to length. */
export const adversarialLine = (unit: string): string =>
  unit.repeat(Math.ceil(GUARD_LENGTH / unit.length)).slice(0, GUARD_LENGTH);

/** The text split into sentences, as the annotators receive it (not timed). */
export const splitLine = (text: string): AnnotatedArticle =>
  runArticleStages(emptyArticle({ id: 't', path: 't', text }), [splitSentences], { now: '2025-06-01T00:00:00Z' });

/**
 * How many milliseconds of CPU `work` takes (CPU rather than wall time, so that other processes on
 * a shared machine do not make a fast pattern look slow; a backtracking one still burns CPU).
 */
export function millisecondsOf(work: () => unknown): number {
  const started = process.cpuUsage();
  work();
  const { user, system } = process.cpuUsage(started);
  return (user + system) / 1000;
}

/**
 * One test per entry of `lines` (name -> unit repeated to GUARD_LENGTH): `run` on the line, made an
 * article by `prepare` (not timed), takes under a second of CPU; a failure says how long it took.
 */
export function timeGuardTests(lines: Readonly<Record<string, string>>, run: (article: AnnotatedArticle) => unknown, prepare: (text: string) => AnnotatedArticle = splitLine): void {
  for (const [name, unit] of Object.entries(lines)) {
    it(`a 200 KB adversarial line (${name}) takes under a second`, () => {
      const article = prepare(adversarialLine(unit));
      const ms = millisecondsOf(() => run(article));
      assert.ok(ms < 1000, `${name}: ${ms.toFixed(0)} ms`);
    });
  }
}
