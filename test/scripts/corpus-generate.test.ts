import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import {
  compileSource,
  corpusStats,
  generateCorpus,
  isoDay,
  lastDay,
  loadSourceTexts,
  articleId,
  storyId,
  storyIndexOf,
  type GeneratedArticle,
  type SourceText,
} from '../../scripts/corpus/index.ts';
import { articleInputSchema } from '../../src/ingest/schema.ts';

const fixtureRoot = join(import.meta.dirname, '../fixtures/corpus');
const fixture = loadSourceTexts(fixtureRoot);

/** Longer base texts made up in the test, so article lengths can reach their targets. */
function syntheticSources(texts: number): SourceText[] {
  const words = ['harbour', 'council', 'budget', 'bridge', 'storm', 'market', 'school', 'river', 'vote', 'plant'];
  return Array.from({ length: texts }, (_, t) =>
    compileSource(
      `synthetic:${t}`,
      Array.from({ length: 60 }, (_, s) => `On day ${s + 1} the ${words[(t + s) % 10]} office of Colonel Brask Velde reported ${(t * 7 + s) % 90 + 10} cases to the Harlow Board in March.`),
    ),
  );
}

function take(count: number, seed = 1, sources: readonly SourceText[] = fixture): GeneratedArticle[] {
  return [...generateCorpus({ seed, count, sources })];
}

/** The body of an article: everything between its byline paragraph and its footer paragraph. */
function body(article: GeneratedArticle): string {
  return article.text.split('\n\n').slice(1, -1).join('\n\n');
}

describe('loadSourceTexts', () => {
  it('reads the three dataset layouts in sorted order', () => {
    assert.deepEqual(
      fixture.map((s) => s.id),
      ['ecb:1_1ecb', 'ecb:1_2ecbplus', 'polnear:text/gazette_2016-02-03_council-vote.txt', 'timeml:APW20000101.0001.tml'],
    );
    const timeml = fixture.at(-1);
    assert.ok(timeml !== undefined);
    const text = timeml.sentences.map((t) => t.pieces.join('#')).join(' ');
    assert.match(text, /“We heard a noise like thunder,” said/);
    assert.match(text, /&/);
    assert.doesNotMatch(text, /<|&amp;|GRANTHAM/);
  });

  it('fails with E_DATASET when the folder holds no text', () => {
    assert.throws(() => loadSourceTexts(join(fixtureRoot, 'missing')), /E_DATASET/);
  });
});

describe('generateCorpus', () => {
  it('is deterministic: same seed and count, identical stream', () => {
    assert.deepEqual(take(800), take(800));
    assert.notDeepEqual(
      take(50).map((a) => a.text),
      take(50, 2).map((a) => a.text),
    );
  });

  it('draws ids, stories, days and copies from the seed and count only, not from the texts', () => {
    const skeleton = (articles: GeneratedArticle[]): string[] => articles.map((a) => `${a.id} ${a.story} ${a.publishedAt} ${a.duplicateOf ?? '-'}`);
    assert.deepEqual(skeleton(take(600, 3)), skeleton(take(600, 3, fixture.slice(0, 1))));
    assert.deepEqual(skeleton(take(600, 3)), skeleton(take(600, 3, syntheticSources(5))));
    assert.notDeepEqual(skeleton(take(600, 3)), skeleton(take(600, 4)));
  });

  it('emits exactly count articles with sequential unique ids in publication order', () => {
    const articles = take(3000);
    assert.equal(articles.length, 3000);
    articles.forEach((a, i) => assert.equal(a.id, `a${String(i + 1).padStart(7, '0')}`));
    articles.forEach((a, i) => assert.equal(a.id, articleId(i + 1)));
    for (const a of articles) assert.equal(storyId(storyIndexOf(a.story)), a.story);
    for (let i = 1; i < articles.length; i++) assert.ok((articles[i - 1] as GeneratedArticle).publishedAt <= (articles[i] as GeneratedArticle).publishedAt);
    assert.equal(take(0).length, 0);
  });

  it('keeps dates within the corpus bounds', () => {
    for (const count of [10, 5000]) {
      const articles = take(count);
      const first = isoDay(0);
      const last = isoDay(lastDay(count));
      for (const a of articles) {
        assert.match(a.publishedAt, /^\d{4}-\d{2}-\d{2}$/);
        assert.ok(a.publishedAt >= first && a.publishedAt <= last, a.publishedAt);
      }
    }
  });

  it('makes syndicated copies that repeat an earlier original of the same story', () => {
    const articles = take(5000);
    const byId = new Map(articles.map((a) => [a.id, a]));
    const copies = articles.filter((a) => a.duplicateOf !== undefined);
    assert.ok(copies.length > 150 && copies.length < 400, `copies ${copies.length}`);
    for (const copy of copies) {
      const original = byId.get(copy.duplicateOf ?? '');
      assert.ok(original !== undefined, `original of ${copy.id}`);
      assert.ok(original.id < copy.id && original.duplicateOf === undefined);
      assert.equal(original.story, copy.story);
      assert.equal(body(copy), body(original));
      assert.notEqual(copy.text, original.text);
    }
    const notCopies = articles.filter((a) => a.duplicateOf === undefined);
    const bodies = new Set(notCopies.map(body));
    assert.ok(bodies.size > notCopies.length * 0.9, 'paraphrases differ from each other');
  });

  it('gives heavy-tailed story sizes with ~30% singletons and ~5% copies', () => {
    const stats = corpusStats(generateCorpus({ seed: 5, count: 20_000, sources: fixture }));
    assert.equal(stats.articles, 20_000);
    assert.ok(stats.storySizes.max >= 50 * stats.storySizes.p50, JSON.stringify(stats.storySizes));
    assert.ok(stats.storySizes.p50 <= 3);
    assert.ok(Math.abs(stats.singletonStories / stats.stories - 0.3) < 0.03, `${stats.singletonStories} / ${stats.stories}`);
    assert.ok(Math.abs(stats.duplicates / stats.articles - 0.05) < 0.015, `copies ${stats.duplicates}`);
  });

  it('writes realistic lengths: ~3 KB typical, some briefs, some longreads', () => {
    const stats = corpusStats(generateCorpus({ seed: 6, count: 4000, sources: syntheticSources(30) }));
    assert.ok(stats.lengths.p50 > 2000 && stats.lengths.p50 < 4500, `median ${stats.lengths.p50}`);
    assert.ok(stats.lengths.p1 < 800, `p1 ${stats.lengths.p1}`);
    assert.ok(stats.lengths.p99 > 9000, `p99 ${stats.lengths.p99}`);
  });

  it('gives stories their own names even from a single base text', () => {
    const source = fixture.slice(2, 3);
    const firstOfStory = new Map<string, string>();
    for (const a of take(400, 7, source)) if (a.duplicateOf === undefined && !firstOfStory.has(a.story)) firstOfStory.set(a.story, body(a));
    const councillors = new Set([...firstOfStory.values()].map((text) => /Councillor (\w+ \w+)/.exec(text)?.[1]).filter((name) => name !== undefined));
    assert.ok(councillors.size > 20, `distinct councillor names ${councillors.size}`);
    for (const text of firstOfStory.values()) assert.doesNotMatch(text, /Lindqvist|Norwood/);
  });

  it('streams lazily: the first article of a huge corpus comes at once', () => {
    const started = process.hrtime.bigint();
    const first = generateCorpus({ seed: 1, count: 1e9, sources: fixture }).next();
    assert.equal(first.done, false);
    assert.ok(Number(process.hrtime.bigint() - started) / 1e6 < 1000);
  });

  it('rejects invalid options with E_OPTION', () => {
    assert.throws(() => take(-1), /E_OPTION/);
    assert.throws(() => take(10, 1.5), /E_OPTION/);
    assert.throws(() => take(10, 1, []), /E_OPTION/);
    assert.throws(() => take(10, 1, [compileSource('empty', [])]), /E_OPTION: .*empty/);
  });
});

describe('generate-corpus CLI', () => {
  const script = join(import.meta.dirname, '../../scripts/generate-corpus.ts');
  const run = (args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', script, ...args], { encoding: 'utf8' });

  it('writes JSONL newsprism reads and a gold file that matches it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'corpus-cli-'));
    try {
      const out = join(dir, 'corpus.jsonl');
      const gold = join(dir, 'gold.tsv');
      const result = run(['--count', '300', '--seed', '2', '--data-root', fixtureRoot, '--out', out, '--gold', gold]);
      assert.equal(result.status, 0, result.stderr);
      const expected = take(300, 2);
      const lines = readFileSync(out, 'utf8').trimEnd().split('\n');
      assert.equal(lines.length, 300);
      lines.forEach((line, i) => {
        const record = articleInputSchema.parse(JSON.parse(line));
        const article = expected[i] as GeneratedArticle;
        assert.deepEqual(record, { id: article.id, text: article.text, title: article.title, publishedAt: article.publishedAt, source: article.source });
      });
      const goldText = readFileSync(gold, 'utf8');
      assert.equal(goldText, expected.map((a) => `${a.id}\t${a.story}\t${a.duplicateOf ?? ''}\n`).join(''));
      assert.match(result.stderr, /300 articles in/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('exits 2 on a bad count', () => {
    const result = run(['--count', 'many', '--data-root', fixtureRoot, '--out', '-']);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /--count/);
  });
});
