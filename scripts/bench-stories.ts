/**
 * Story grouping at scale (`npm run bench:stories [-- --sizes 10000,100000,1000000] [--baseline 10000]`): articles per
 * CPU-second of the `cluster` work (grouping stages, features, MinHash signature, story index and
 * duplicate index) on a generated corpus streamed in windows, with the milliseconds per article of
 * each of those parts, peak memory (each size runs in a process of its own, so its peak is its
 * own; another process generates the corpus and pipes it in as JSONL), the exact all-pairs
 * baseline at 10k (`--baseline`; the same grouping with retrieval unbounded), the p99 latency of
 * adding one article to a store that holds the largest corpus, and B-cubed against the generator's
 * gold stories (a sanity check only: accuracy is measured on ECB+, `npm run eval`).
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { indexable, indexWindow, type ClusterStep, type Indexable } from '../src/cluster.ts';
import { duplicateParameters } from '../src/compare/duplicates.ts';
import { groupingParameters, newStoryIndex, restoreStoryIndex } from '../src/compare/group-stories.ts';
import { DuplicateIndex } from '../src/compare/minhash-index.ts';
import { StoryIndex, type OnlineParameters } from '../src/compare/online/story-index.ts';
import { bcubed, labelsOf } from '../src/eval/bcubed.ts';
import { openSqliteStore, type RawArticle } from '../src/index.ts';
import { recordItem } from '../src/ingest/jsonl.ts';
import { articleId, generateCorpus, jsonlRecord, loadSourceTexts, storyId, storyIndexOf, type GeneratedArticle } from './corpus/index.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10000,100000' },
    'data-root': { type: 'string', default: '../shared/data' },
    latency: { type: 'string', default: '500' },
    /** Size the exact all-pairs baseline runs at (quadratic: keep it small); 0 skips it. */
    baseline: { type: 'string', default: '10000' },
    /**
     * Internal: run one size in this process ("size" or "baseline"), so that its peak memory is its
     * own; or write the generated corpus of that size to standard output ("generate").
     */
    child: { type: 'string' },
  },
});
const sizes = values.sizes.split(',').map(Number);
const sources = (): ReturnType<typeof loadSourceTexts> => loadSourceTexts(values['data-root']);
const ctx = { now: '2030-01-01T00:00:00Z' };

function cpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

function rawOf(a: GeneratedArticle, id = a.id): RawArticle {
  return { id, path: a.id, text: a.text, publishedAt: a.publishedAt, source: a.source, ...(a.title === undefined ? {} : { title: a.title }) };
}

/** A generated article as the generating process sends it: its gold story index, whether it is a copy, its JSONL record. */
interface StreamedArticle {
  readonly story: number;
  readonly copy: boolean;
  readonly raw: RawArticle;
}

/**
 * Writes the generated corpus to standard output, a line per article: story index, "copy" or "",
 * the JSONL record (tab-separated); a batch of lines at a time, waiting while the reader is behind.
 */
async function writeGenerated(count: number): Promise<void> {
  let batch = '';
  for (const a of generateCorpus({ seed: 1, count, sources: sources() })) {
    batch += `${storyIndexOf(a.story)}\t${a.duplicateOf === undefined ? '' : 'copy'}\t${jsonlRecord(a)}`;
    if (batch.length < 1 << 16) continue;
    if (!process.stdout.write(batch)) await once(process.stdout, 'drain');
    batch = '';
  }
  process.stdout.write(batch);
}

/** A line of the generator's output, its record read as `cluster` reads a JSONL line. */
function streamedArticle(line: string): StreamedArticle {
  const storyEnd = line.indexOf('\t');
  const copyEnd = line.indexOf('\t', storyEnd + 1);
  const item = recordItem(line.slice(copyEnd + 1), 'generated corpus');
  if (item.kind !== 'article') throw new Error(`the corpus generator wrote a record cluster does not read: ${line.slice(0, 200)}`);
  return { story: Number(line.slice(0, storyEnd)), copy: copyEnd > storyEnd + 1, raw: item.article };
}

/**
 * The options that load modules (`--import`, `--require`: tsx), without the others: a V8 trace
 * flag given to the measured process would print into the generator's output.
 */
function loaderArguments(execArgv: readonly string[]): string[] {
  return execArgv.flatMap((arg, i) => {
    const loads = (flag: string): boolean => /^--(?:import|require|loader|experimental-loader)(?:=|$)/.test(flag);
    return loads(arg) || (i > 0 && loads(execArgv[i - 1]!) && !execArgv[i - 1]!.includes('=')) ? [arg] : [];
  });
}

/**
 * The generated corpus of `count` articles, read a batch of lines at a time from a process that
 * generates it (`--child generate`): the measured process holds what `newsprism cluster` reading
 * files holds, not the generator's running stories and its garbage.
 */
async function* generatedCorpus(count: number): AsyncGenerator<StreamedArticle[]> {
  const args = [...loaderArguments(process.execArgv), fileURLToPath(import.meta.url), '--child', 'generate', '--sizes', String(count), '--data-root', values['data-root']];
  const generator = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise<number | null>((resolve) => generator.on('close', resolve));
  generator.stdout.setEncoding('utf8');
  let rest = '';
  for await (const chunk of generator.stdout as AsyncIterable<string>) {
    const lines = (rest + chunk).split('\n');
    rest = lines.pop() ?? '';
    yield lines.map(streamedArticle);
  }
  const code = await exited;
  if (code !== 0 || rest !== '') throw new Error(`the corpus generator failed (exit code ${code})`);
}

/** CPU seconds spent in each part of the cluster work. */
type StageSeconds = Record<ClusterStep, number>;

const stageNames: Record<ClusterStep, string> = {
  extraction: 'extraction',
  features: 'features',
  signature: 'MinHash signature',
  storyIndex: 'story index',
  duplicateIndex: 'duplicate index',
};

interface Run {
  readonly index: StoryIndex;
  readonly duplicates: DuplicateIndex;
  readonly seconds: number;
  readonly stages: StageSeconds;
  /** Gold story index of each article, by position in the stream (the article with id `articleId(position + 1)`). */
  readonly gold: Int32Array;
  readonly copies: number;
  /** The latest publication time in the corpus (ms). */
  readonly newest: number;
}

/**
 * Streams `count` generated articles through the cluster work as `cluster` does: each article is
 * read into what the indexes keep (`indexable`) as soon as it arrives, so its text is garbage at
 * once, and the indexes take a window at a time (`indexWindow`). Only that work is timed (CPU time
 * of this process), never the generation (another process) nor the parsing of its JSONL lines:
 * the clock is read as each part ends (about 3 us per article in all).
 */
async function cluster(count: number, parameters: OnlineParameters): Promise<Run> {
  const index = parameters === groupingParameters ? newStoryIndex(false) : new StoryIndex(parameters, 'baseline', false);
  const duplicates = new DuplicateIndex(duplicateParameters);
  const gold = new Int32Array(count);
  let position = 0;
  const stages: StageSeconds = { extraction: 0, features: 0, signature: 0, storyIndex: 0, duplicateIndex: 0 };
  let last = 0;
  const done = (step: ClusterStep): void => {
    const now = cpuSeconds();
    stages[step] += now - last;
    last = now;
  };
  let copies = 0;
  let newest = 0;
  let window: Indexable[] = [];
  const flush = (): void => {
    last = cpuSeconds();
    indexWindow(window, index, duplicates, done);
    window = [];
  };
  for await (const batch of generatedCorpus(count)) {
    for (const { story, copy, raw } of batch) {
      gold[position++] = story;
      if (copy) copies++;
      newest = Math.max(newest, Date.parse(raw.publishedAt ?? ''));
      last = cpuSeconds();
      window.push(indexable(raw, ctx, done));
      if (window.length === parameters.window) flush();
    }
  }
  if (window.length > 0) flush();
  const seconds = Object.values(stages).reduce((sum, part) => sum + part, 0);
  return { index, duplicates, seconds, stages, gold, copies, newest };
}

/** Milliseconds per article of each part of the cluster work. */
function stageLine(run: Run, count: number): string {
  const parts = (Object.keys(stageNames) as ClusterStep[]).map((stage) => `${stageNames[stage]} ${((run.stages[stage] / count) * 1000).toFixed(3)}`);
  return `  ms per article: ${parts.join(', ')}\n`;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? Number.NaN;
}

/**
 * p50/p99 of adding one article (grouping stages to saved rows) to a store holding `run`'s index,
 * and the seconds `analyze` takes to load that state back from the store. The articles added are
 * another generated stream, published the day after the corpus's newest day (today's news, not
 * archives): the first of them starts a new day, which ages out the articles of 60 days before
 * (the `max` figure), once a day.
 */
function addLatency(run: Run, extra: number): { p50: number; p99: number; max: number; restoreSeconds: number } {
  const dir = mkdtempSync(join(tmpdir(), 'newsprism-bench-'));
  const store = openSqliteStore(join(dir, 'bench.db'));
  store.saveGrouping(run.index.snapshot());
  const times: number[] = [];
  let n = 0;
  const today = new Date(run.newest + 86_400_000).toISOString();
  for (const a of generateCorpus({ seed: 2, count: extra, sources: sources() })) {
    const raw = { ...rawOf(a, `late-${n++}`), publishedAt: today };
    const began = process.hrtime.bigint();
    indexWindow([indexable(raw, ctx)], run.index, run.duplicates);
    store.saveGrouping(run.index.takeChanges());
    times.push(Number(process.hrtime.bigint() - began) / 1e6);
  }
  const restoring = process.hrtime.bigint();
  restoreStoryIndex(store.grouping());
  const restoreSeconds = Number(process.hrtime.bigint() - restoring) / 1e9;
  store.close();
  rmSync(dir, { recursive: true, force: true });
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 0.5), p99: percentile(times, 0.99), max: times.at(-1) ?? Number.NaN, restoreSeconds };
}

const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(0)} MB`;

/** One size: the cluster line (peak memory of this process alone), and the latency after the largest. */
async function runSize(count: number, withLatency: boolean): Promise<void> {
  const run = await cluster(count, groupingParameters);
  const rate = count / run.seconds;
  const gold = new Map(Array.from(run.gold, (story, position) => [articleId(position + 1), storyId(story)]));
  const score = bcubed(labelsOf(run.index.stories().map((s) => s.articles)), gold);
  (globalThis as { gc?: () => void }).gc?.();
  process.stdout.write(
    `cluster ${count} articles: ${rate.toFixed(0)} articles/CPU-s, ${run.index.stories().length} stories (gold ${new Set(run.gold).size}), ` +
      `peak RSS ${mb(process.resourceUsage().maxRSS * 1024)}, heap after the run ${mb(process.memoryUsage().heapUsed)}, generated-corpus B-cubed F1 ${score.f1.toFixed(3)}\n` +
      `  held at the end: ${run.index.terms.heldCount} terms (${run.index.terms.everMade} ever made, ids up to ${run.index.terms.size}), ${run.duplicates.heldCount} signatures\n` +
      stageLine(run, count),
  );
  if (!withLatency) return;
  const latency = addLatency(run, Number(values.latency));
  process.stdout.write(
    `add one article to a store of ${count}: p50 ${latency.p50.toFixed(2)} ms, p99 ${latency.p99.toFixed(2)} ms, max ${latency.max.toFixed(0)} ms (the first article of a new day ages out a day; wall)\n`,
  );
  process.stdout.write(`  loading that grouping state back from the store (what analyze does first): ${latency.restoreSeconds.toFixed(1)} s (wall)\n`);
}

/** The exact all-pairs baseline and the indexed run at the same size, in one process. */
async function runBaseline(count: number): Promise<void> {
  const indexed = await cluster(count, groupingParameters);
  const unbounded: OnlineParameters = {
    ...groupingParameters,
    retrieval: { ...groupingParameters.retrieval, indexTerms: 1_000_000, postingsRead: 1_000_000_000, candidates: 1_000_000_000 },
  };
  const exact = await cluster(count, unbounded);
  process.stdout.write(
    `exact all-pairs baseline at ${count}: ${(count / exact.seconds).toFixed(0)} articles/CPU-s, indexed ${(count / indexed.seconds).toFixed(0)} in the same process; indexed / baseline speed: ${(exact.seconds / indexed.seconds).toFixed(1)}x\n`,
  );
}

/** Runs this script again for one size, in a fresh process. */
function inChild(kind: 'size' | 'baseline', count: number, latency: string): void {
  const script = fileURLToPath(import.meta.url);
  const args = [...process.execArgv, script, '--child', kind, '--sizes', String(count), '--latency', latency, '--data-root', values['data-root']];
  const done = spawnSync(process.execPath, args, { stdio: 'inherit' });
  if (done.status !== 0) process.exitCode = 1;
}

if (values.child === 'size') await runSize(sizes[0]!, Number(values.latency) > 0);
else if (values.child === 'baseline') await runBaseline(sizes[0]!);
else if (values.child === 'generate') await writeGenerated(sizes[0]!);
else {
  sizes.forEach((count, i) => {
    inChild('size', count, i === sizes.length - 1 ? values.latency : '0');
    if (count === Number(values.baseline)) inChild('baseline', count, '0');
  });
}
