import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import {
  analyze,
  annotateAll,
  clusterInputs,
  annotationRecord,
  decideStories,
  explainArticle,
  evalTasks,
  extractPage,
  groupIntoStories,
  openSqliteStore,
  readAll,
  webReading,
  writeReports,
  type IngestOptions,
  type Context,
  type Rejected,
} from '../index.ts';
import { delayedProgress } from './progress.ts';
import { analyzeSummary, explainText } from './summary.ts';

const EXIT_REJECTED = 1;
const EXIT_USAGE = 2;

function megabytes(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('expected a positive number of megabytes');
  return n;
}

function context(trace: string | undefined): Context {
  const now = new Date().toISOString();
  if (trace === undefined) return { now };
  return {
    now,
    trace: (stage, value) => {
      if (stage === trace) process.stderr.write(`[trace ${stage}] ${JSON.stringify(value)}\n`);
    },
  };
}

function reportRejected(rejected: Rejected): void {
  process.stderr.write(`newsprism: rejected ${rejected.path}: ${rejected.reason}\n`);
}

function reportSkipped(path: string, reason: string): void {
  process.stderr.write(`newsprism: skipped ${path}: ${reason}\n`);
}

function writeJsonl(out: string | undefined, records: readonly unknown[]): void {
  const body = records.map((r) => JSON.stringify(r)).join('\n') + (records.length ? '\n' : '');
  if (out === undefined) {
    process.stdout.write(body);
    return;
  }
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, body);
}

interface CommonOptions {
  readonly maxSize: number;
  readonly trace?: string;
  readonly fetch?: boolean;
  readonly allowPrivate?: boolean;
}

/** The options every command that reads inputs takes. */
function withInputOptions(command: Command): Command {
  return command
    .argument('<inputs...>', 'files, directories, globs, http(s) URLs of pages or feeds, or - for JSONL on stdin')
    .option('--max-size <mb>', 'reject input files (and archive records) larger than this', megabytes, 20)
    .option('--fetch', "read the linked page of feed items that carry no content")
    .option('--allow-private', 'allow requests to private, loopback and link-local addresses')
    .option('--trace <stage>', 'print what a stage produced, as JSON, on stderr');
}

/** How inputs are read: size limit, URLs (always), feed links (with --fetch). */
function ingestOptions(options: CommonOptions): IngestOptions {
  return {
    maxBytes: options.maxSize * 1024 * 1024,
    ...webReading({ allowPrivate: options.allowPrivate ?? false, fetchLinks: options.fetch ?? false }),
  };
}

async function readAndAnnotate(inputs: string[], options: CommonOptions, label: string) {
  const progress = delayedProgress(label);
  const read = await readAll(inputs, { ...ingestOptions(options), onRejected: reportRejected, onSkipped: reportSkipped });
  const ctx = context(options.trace);
  const annotated = annotateAll(read.articles, ctx, { onProgress: progress.update });
  progress.stop();
  return { read, annotated, ctx };
}

const program = new Command('newsprism')
  .description('See one news story through every outlet that reports it.')
  .version('0.1.0')
  .exitOverride()
  .showHelpAfterError();

withInputOptions(program.command('analyze').description('ingest, group into stories, synthesise and write the reports'))
  .option('--db <file>', 'SQLite database', 'newsprism.db')
  .option('--out <dir>', 'folder for the reports', 'report')
  .option('--quiet', 'print only rejections and errors')
  .action(async (inputs: string[], options: CommonOptions & { db: string; out: string; quiet?: boolean }) => {
    const store = openSqliteStore(options.db);
    const progress = delayedProgress('annotating');
    try {
      const result = await analyze(inputs, store, context(options.trace), {
        ...ingestOptions(options),
        onRejected: reportRejected,
        onProgress: progress.update,
      });
      progress.stop();
      const byId = new Map(result.articles.map((a) => [a.id, a]));
      writeReports(options.out, result.reports, byId);
      if (!options.quiet) process.stdout.write(`${analyzeSummary(result, store.counts(), options.db, options.out)}\n`);
      process.exitCode = result.rejected.length > 0 ? EXIT_REJECTED : 0;
    } finally {
      store.close();
    }
  });

withInputOptions(program.command('annotate').description('annotate articles: one JSON line per article'))
  .option('--out <file>', 'JSONL output (default: stdout)')
  .action(async (inputs: string[], options: CommonOptions & { out?: string }) => {
    const { read, annotated, ctx } = await readAndAnnotate(inputs, options, 'annotating');
    const corpus = groupIntoStories(annotated, ctx);
    writeJsonl(options.out, corpus.articles.map(annotationRecord));
    process.exitCode = read.rejected.length > 0 ? EXIT_REJECTED : 0;
  });

withInputOptions(program.command('cluster').description('group articles into stories: one JSON line {id, story, duplicateOf?} per article'))
  .option('--out <file>', 'JSONL output (default: stdout)')
  .action(async (inputs: string[], options: CommonOptions & { out?: string }) => {
    const progress = delayedProgress('clustering');
    const result = await clusterInputs(inputs, context(options.trace), {
      ...ingestOptions(options),
      onRejected: reportRejected,
      onSkipped: reportSkipped,
      onProgress: progress.update,
    });
    progress.stop();
    writeJsonl(options.out, result.records);
    process.exitCode = result.rejected.length > 0 ? EXIT_REJECTED : 0;
  });

program
  .command('extract')
  .description('extract the main text and metadata of one HTML page')
  .argument('<file>', 'an .html file')
  .option('--url <url>', 'the URL the page came from (helps find the outlet and date)')
  .option('--json', 'print JSON (the default prints the title and text)')
  .option('--max-size <mb>', 'reject input files larger than this', megabytes, 20)
  .action(async (file: string, options: { url?: string; json?: boolean; maxSize: number }) => {
    const read = await readAll([file], { maxBytes: options.maxSize * 1024 * 1024, onRejected: reportRejected });
    const page = read.articles[0];
    if (page?.html === undefined) {
      if (page) process.stderr.write(`newsprism: ${file} is not an HTML page\n`);
      process.exitCode = EXIT_REJECTED;
      return;
    }
    const result = extractPage(page.html, options.url, new Date().toISOString());
    process.stdout.write(options.json ? `${JSON.stringify(result, null, 2)}\n` : `${result.title ?? ''}\n\n${result.text}\n`);
  });

const stories = program.command('stories').description('see and steer stories in the store: explain, merge, split');

function openStore(db: string) {
  return openSqliteStore(db);
}

function notFound(refs: readonly string[], db: string): void {
  process.stderr.write(`newsprism: ${refs.join(' or ')}: no such article in ${db} (give an article id, input path or URL)\n`);
  process.exitCode = EXIT_REJECTED;
}

stories
  .command('explain')
  .description('why an article is in its story: similarity, shared terms, closest articles')
  .argument('<article>', 'article id, input path or URL')
  .option('--db <file>', 'SQLite database', 'newsprism.db')
  .option('--json', 'print JSON')
  .action((ref: string, options: { db: string; json?: boolean }) => {
    const store = openStore(options.db);
    try {
      const explanation = explainArticle(store, ref);
      if (explanation === undefined) return notFound([ref], options.db);
      process.stdout.write(options.json ? `${JSON.stringify(explanation)}\n` : `${explainText(explanation)}\n`);
    } finally {
      store.close();
    }
  });

for (const [kind, count, description] of [
  ['merge', 2, 'make the stories of two articles one story (later runs keep it)'],
  ['split', 1, 'move an article out of its story into one of its own (later runs never rejoin them)'],
] as const) {
  stories
    .command(kind)
    .description(description)
    .argument(count === 2 ? '<articles...>' : '<article>', 'article id, input path or URL')
    .option('--db <file>', 'SQLite database', 'newsprism.db')
    .option('--out <dir>', 'folder for the reports', 'report')
    .action((refs: string | string[], options: { db: string; out: string }) => {
      const named = typeof refs === 'string' ? [refs] : refs;
      if (named.length !== count) throw new InvalidArgumentError(`${kind} takes ${count} article${count === 2 ? 's' : ''}`);
      const store = openStore(options.db);
      try {
        const request = kind === 'merge' ? { kind, articles: [named[0]!, named[1]!] as const } : { kind, articles: [named[0]!] as const };
        const result = decideStories(store, context(undefined), request);
        if (result === undefined) return notFound(named, options.db);
        writeReports(options.out, result.reports, new Map(result.articles.map((a) => [a.id, a])));
        process.stdout.write(`${kind}: ${result.stories.length} stories now; reports in ${options.out}\n`);
      } finally {
        store.close();
      }
    });
}

program
  .command('eval')
  .description(`measure accuracy on a public dataset; tasks: ${evalTasks.map((t) => t.name).join(', ')}`)
  .argument('<task>', 'the task to run')
  .requiredOption('--data <dir>', 'the dataset folder')
  .option('--json', 'print the result as JSON')
  .action(async (name: string, options: { data: string; json?: boolean }) => {
    const task = evalTasks.find((t) => t.name === name);
    if (!task) {
      process.stderr.write(`newsprism: unknown eval task "${name}"; tasks: ${evalTasks.map((t) => t.name).join(', ')}\n`);
      process.exitCode = EXIT_USAGE;
      return;
    }
    const result = await task.run(options.data);
    if (options.json) {
      process.stdout.write(`${JSON.stringify(result)}\n`);
      return;
    }
    process.stdout.write(`${result.task} on ${result.dataset} (${result.seconds.toFixed(1)} s)\n`);
    for (const [metric, value] of Object.entries(result.metrics)) {
      process.stdout.write(`  ${metric.padEnd(24)} ${value.toFixed(3)}\n`);
    }
  });

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    process.exitCode = error.exitCode === 0 ? 0 : EXIT_USAGE;
  } else {
    process.stderr.write(`newsprism: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = EXIT_USAGE + 1;
  }
}
