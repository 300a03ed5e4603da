/**
 * Writes a synthetic benchmark corpus (see scripts/corpus/): JSONL articles that `newsprism
 * cluster` reads, and optionally the gold stories as `id<TAB>story<TAB>duplicateOf`.
 *
 *   npx tsx scripts/generate-corpus.ts --count 10000 --seed 1 --data-root ../shared/data \
 *     --out corpus.jsonl [--gold gold.tsv] [--stats]
 *
 * `--out -` writes to standard output. Progress goes to standard error every 100,000 articles, then
 * statistics of the corpus (story sizes, lengths, copies, days; vocabulary with `--stats`).
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { Command } from 'commander';
import { z } from 'zod';
import { corpusStats, generateCorpus, goldLine, jsonlRecord, loadSourceTexts, type GeneratedArticle } from './corpus/index.ts';

const optionsSchema = z.object({
  count: z.coerce.number().int().min(0),
  seed: z.coerce.number().int(),
  dataRoot: z.string().min(1),
  out: z.string().min(1),
  gold: z.string().min(1).optional(),
  stats: z.boolean().optional(),
});

const progressEvery = 100_000;
const bufferBytes = 8 << 20;

/** Appends text to a file through one reused buffer: strings are encoded straight into it. */
class BufferedFile {
  private readonly buffer = Buffer.allocUnsafe(bufferBytes);
  private used = 0;
  private readonly fd: number;

  constructor(private readonly path: string) {
    this.fd = path === '-' ? 1 : openSync(path, 'w');
  }

  write(text: string): void {
    if (this.used + text.length * 3 > bufferBytes) this.flush();
    if (text.length * 3 > bufferBytes) {
      writeSync(this.fd, text);
      return;
    }
    this.used += this.buffer.write(text, this.used);
  }

  flush(): void {
    let written = 0;
    while (written < this.used) written += writeSync(this.fd, this.buffer, written, this.used - written);
    this.used = 0;
  }

  close(): void {
    this.flush();
    if (this.path !== '-') closeSync(this.fd);
  }
}

/** Passes articles through, calling `each` on every one (so statistics can ride along the writing). */
function* tap(articles: Iterable<GeneratedArticle>, each: (article: GeneratedArticle, position: number) => void): Generator<GeneratedArticle> {
  let position = 0;
  for (const article of articles) {
    each(article, ++position);
    yield article;
  }
}

function main(): void {
  const program = new Command()
    .name('generate-corpus')
    .requiredOption('--count <n>', 'number of articles')
    .option('--seed <n>', 'random seed', '1')
    .option('--data-root <dir>', 'folder holding ecbplus-dev/, polnear/, timebank-aquaint/', '../shared/data')
    .requiredOption('--out <file>', 'JSONL output ("-" for standard output)')
    .option('--gold <file>', 'gold stories: id<TAB>story<TAB>duplicateOf')
    .option('--stats', 'also count the vocabulary (distinct words) in the statistics printed at the end')
    .parse();
  const parsed = optionsSchema.safeParse(program.opts());
  if (!parsed.success) {
    console.error(`generate-corpus: ${parsed.error.issues.map((issue) => `--${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
    process.exitCode = 2;
    return;
  }
  const options = parsed.data;
  const started = process.hrtime.bigint();
  const elapsed = (): number => Number(process.hrtime.bigint() - started) / 1e9;
  const sources = loadSourceTexts(options.dataRoot);
  console.error(`generate-corpus: ${sources.length} base texts loaded in ${elapsed().toFixed(1)} s`);
  const out = new BufferedFile(options.out);
  const gold = options.gold === undefined ? undefined : new BufferedFile(options.gold);
  const articles = tap(generateCorpus({ seed: options.seed, count: options.count, sources }), (article, position) => {
    out.write(jsonlRecord(article));
    gold?.write(goldLine(article));
    if (position % progressEvery === 0) console.error(`generate-corpus: ${position} articles, ${elapsed().toFixed(1)} s`);
  });
  const stats = corpusStats(articles, { vocabulary: options.stats === true });
  out.close();
  gold?.close();
  const seconds = elapsed();
  const cpu = process.cpuUsage();
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  console.error(`generate-corpus: ${options.count} articles in ${seconds.toFixed(1)} s, ${cpuSeconds.toFixed(1)} s of CPU, peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB (${Math.round(options.count / seconds)} articles/s)`);
  console.error(JSON.stringify(stats, null, 2));
}

main();
