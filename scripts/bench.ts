/**
 * Throughput and memory (`npm run bench`). Every figure is measured in this run, on this machine;
 * speed is also given as a ratio against a baseline measured in the same run. The `stage` lines
 * split the CPU time of the article stages by stage, to show where annotation time goes.
 *
 * CPU time is measured (other processes on the machine do not count), best of `--passes` passes.
 * The `extraction` lines time HTML extraction (the html stage: main text and page metadata) and
 * plain Readability over linkedom on the same pages: 150 pages of trafilatura's benchmark when
 * `--pages DIR` (default ../shared/data/trafilatura-eval) exists, else the HTML test fixtures.
 *
 *   npm run bench [-- --repeat N --passes N --pages DIR]
 */
import { existsSync, readdirSync, readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import type * as ReadabilityModule from '@mozilla/readability';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { analyze, annotateArticle, articleStages, emptyArticle, openSqliteStore, writeReports, type RawArticle } from '../src/index.ts';
import { nlp } from '../src/annotate/nlp.ts';
import { readPage } from '../src/extract/html.ts';
import { mainText } from '../src/extract/fast/index.ts';
import { readFastMeta } from '../src/extract/fast/meta.ts';
import { parseHtml } from '../src/extract/fast/tree.ts';
import { parsePage } from '../src/extract/html/dom.ts';
import { loadSnippetCases, readStoredPage } from '../src/eval/trafilatura.ts';
import { shuffled } from '../src/eval/shuffle.ts';

const { values } = parseArgs({ options: { repeat: { type: 'string', default: '40' }, passes: { type: 'string', default: '3' }, pages: { type: 'string', default: '../shared/data/trafilatura-eval' } } });
const repeat = Number(values.repeat);
const passes = Math.max(1, Number(values.passes));
const exampleDir = join(import.meta.dirname, '../examples/reference-story');
const files = readdirSync(exampleDir).filter((f) => f.endsWith('.txt')).sort();
const texts = files.map((f) => readFileSync(join(exampleDir, f), 'utf8'));
const ctx = { now: new Date().toISOString() };

function seconds(fn: () => void): number {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e9;
}

/** CPU seconds (user + system) of this process so far: unlike wall time, other processes do not count. */
function cpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

function cpuSecondsOf(fn: () => void): number {
  const before = cpuSeconds();
  fn();
  return cpuSeconds() - before;
}

/** Variants of the seed texts (the pass and a number appended) so nothing is cached between repetitions. */
function corpusOf(pass: number): RawArticle[] {
  const corpus: RawArticle[] = [];
  for (let r = 0; r < repeat; r++) {
    texts.forEach((text, i) => corpus.push({ id: `p${pass}-r${r}-${i}`, path: files[i] ?? '', text: `${text}\nEdition ${pass}-${r}.` }));
  }
  return corpus;
}
const bytes = corpusOf(0).reduce((n, a) => n + Buffer.byteLength(a.text ?? ''), 0);

/** CPU seconds spent in each article stage over the corpus. */
function stageSeconds(corpus: readonly RawArticle[]): Map<string, number> {
  const spent = new Map<string, number>(articleStages.map((stage) => [stage.name, 0]));
  for (const raw of corpus) {
    let article = emptyArticle(raw);
    for (const stage of articleStages) {
      const before = cpuSeconds();
      article = stage.run(article, ctx);
      spent.set(stage.name, (spent.get(stage.name) ?? 0) + cpuSeconds() - before);
    }
  }
  return spent;
}
const total = (spent: Map<string, number>) => [...spent.values()].reduce((a, b) => a + b, 0);

annotateArticle(corpusOf(0)[0] as RawArticle, ctx); // warm-up: model load and JIT
// Each measure is the best of `passes` passes (the machine may be shared), every pass on fresh variants.
let baseline = Infinity;
let annotate = Infinity;
let perStage = new Map<string, number>();
for (let pass = 1; pass <= passes; pass++) {
  const corpus = corpusOf(pass);
  baseline = Math.min(baseline, cpuSecondsOf(() => {
    for (const a of corpus) nlp.readDoc(a.text ?? '').tokens().out();
  }));
  annotate = Math.min(annotate, cpuSecondsOf(() => {
    for (const a of corpus) annotateArticle(a, ctx);
  }));
  // A separate pass per stage breakdown, so that timing stages costs nothing above.
  const spent = stageSeconds(corpusOf(passes + pass));
  if (perStage.size === 0 || total(spent) < total(perStage)) perStage = spent;
}
const stagesTotal = total(perStage);

const dir = mkdtempSync(join(tmpdir(), 'newsprism-bench-'));
const store = openSqliteStore(join(dir, 'bench.db'));
const started = process.hrtime.bigint();
const result = await analyze([exampleDir], store, ctx);
const analyzeSeconds = Number(process.hrtime.bigint() - started) / 1e9;
const reportSeconds = seconds(() => writeReports(join(dir, 'report'), result.reports, new Map(result.articles.map((a) => [a.id, a]))));
store.close();
rmSync(dir, { recursive: true, force: true });

/** CPU seconds of the best of `passes` runs of `fn`. */
function bestCpuSeconds(fn: () => void): number {
  let best = Infinity;
  for (let pass = 0; pass < passes; pass++) best = Math.min(best, cpuSecondsOf(fn));
  return best;
}

/** The pages the extraction lines time, and where they come from. */
function extractionPages(): { html: string[]; from: string } {
  const dir = values.pages ?? '';
  if (existsSync(join(dir, 'evaldata.json'))) {
    const html = shuffled(loadSnippetCases(dir), 1)
      .slice(0, 150)
      .flatMap((c) => readStoredPage(dir, c.file) ?? []);
    return { html, from: `${html.length} pages of ${dir}` };
  }
  const fixtures = join(import.meta.dirname, '../test/fixtures/extract/html');
  const html = readdirSync(fixtures).filter((f) => f.endsWith('.html')).map((f) => readFileSync(join(fixtures, f), 'utf8'));
  return { html, from: `${html.length} test fixtures (no ${dir})` };
}

const pages = extractionPages();
const { Readability } = createRequire(import.meta.url)('@mozilla/readability') as typeof ReadabilityModule;
const ours = bestCpuSeconds(() => {
  for (const html of pages.html) readPage(html, ctx.now);
});
const fastPath = bestCpuSeconds(() => {
  for (const html of pages.html) {
    const page = parseHtml(html);
    mainText(page, readFastMeta(page).title);
  }
});
const plainReadability = bestCpuSeconds(() => {
  for (const html of pages.html) new Readability(parsePage(html)).parse();
});
const fallbacks = pages.html.filter((html) => readPage(html, ctx.now).diagnostics.some((d) => d.code === 'readability-fallback')).length;

const mb = bytes / 1e6;
const rows: [string, string][] = [
  ['machine', `${cpus()[0]?.model ?? 'unknown cpu'}, ${cpus().length} cores, Node ${process.version}`],
  ['annotation corpus', `${texts.length * repeat} articles, ${mb.toFixed(2)} MB (the 5 seeds x ${repeat}), best of ${passes} passes, CPU time`],
  ['annotate (all article stages), one core', `${(mb / annotate).toFixed(2)} MB/s, ${((texts.length * repeat) / annotate).toFixed(0)} articles/s`],
  ['baseline: wink-nlp tokenisation alone', `${(mb / baseline).toFixed(2)} MB/s`],
  ['annotate / baseline time ratio', `${(annotate / baseline).toFixed(2)}x`],
  ['analyze examples/reference-story (in-process, fresh db)', `${(analyzeSeconds * 1000).toFixed(0)} ms`],
  ['write reports (JSON, Markdown, HTML)', `${(reportSeconds * 1000).toFixed(0)} ms`],
  ['extraction pages', pages.from],
  ['extraction (html stage), one core, CPU time', `${(pages.html.length / ours).toFixed(0)} pages/s, ${fallbacks} of ${pages.html.length} pages left to Readability`],
  ['  of which the fast path (main text, metadata; no date, no fallback)', `${(pages.html.length / fastPath).toFixed(0)} pages/s`],
  ['baseline: Readability + linkedom alone', `${(pages.html.length / plainReadability).toFixed(0)} pages/s`],
  ['extraction speed / baseline speed', `${(plainReadability / ours).toFixed(2)}x`],
  ['peak resident memory', `${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`],
];
// The annotation proper (issue 3's measure): sentences, entities, quotes, dates, quantities.
const annotationStages = ['sentences', 'entities', 'quotes', 'dates', 'quantities'];
const annotationSeconds = annotationStages.reduce((sum, name) => sum + (perStage.get(name) ?? 0), 0);
rows.push(['annotation stages only (sentences to quantities), one core', `${(mb / annotationSeconds).toFixed(2)} MB/s`]);
rows.push(['annotation stages / baseline time ratio', `${(annotationSeconds / baseline).toFixed(2)}x`]);
for (const [name, spent] of perStage) {
  rows.push([`  stage ${name}`, `${((100 * spent) / stagesTotal).toFixed(1).padStart(5)}% of stage time, ${(spent / mb).toFixed(3)} s/MB`]);
}
const width = Math.max(...rows.map(([k]) => k.length));
for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v}`);
