import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { NewsprismError } from '../../src/errors.ts';
import { evaluateMainText, firstHalf, mainTextMetrics, mainTextTask } from '../../src/eval/tasks/main-text.ts';
import {
  collapseWhitespace,
  parseSnippetCases,
  readStoredPage,
  readerText,
  scoreSnippets,
  snippetMetrics,
  sumCounts,
} from '../../src/eval/trafilatura.ts';

const MINI = join(import.meta.dirname, '..', 'fixtures', 'eval', 'trafilatura-mini');
const NOW = '2026-01-01T00:00:00Z';

describe('scoreSnippets', () => {
  const gold = { with: ['main  point', 'second\npoint'], without: ['Imprint', 'Menu'] };
  const cases: { name: string; text: string | null; expected: [number, number, number, number] }[] = [
    { name: 'all found, no boilerplate', text: 'The main point.\n\nThe second point.', expected: [2, 0, 0, 2] },
    { name: 'whitespace differs on both sides', text: 'The main\u00a0point and the second   point', expected: [2, 0, 0, 2] },
    { name: 'one missing, one boilerplate found', text: 'The main point. Imprint', expected: [1, 1, 1, 1] },
    { name: 'case matters', text: 'MAIN POINT second point menu', expected: [1, 1, 0, 2] },
    { name: 'no extraction', text: null, expected: [0, 2, 0, 2] },
  ];
  for (const { name, text, expected } of cases) {
    it(name, () => {
      const c = scoreSnippets(text, gold);
      assert.deepEqual([c.truePositives, c.falseNegatives, c.falsePositives, c.trueNegatives], expected);
    });
  }
});

describe('snippetMetrics', () => {
  it('computes precision, recall and F1 over summed counts', () => {
    const counts = sumCounts([
      { truePositives: 3, falseNegatives: 1, falsePositives: 1, trueNegatives: 0 },
      { truePositives: 1, falseNegatives: 1, falsePositives: 0, trueNegatives: 2 },
    ]);
    const m = snippetMetrics(counts);
    assert.equal(m.precision, 4 / 5);
    assert.equal(m.recall, 4 / 6);
    assert.ok(Math.abs(m.f1 - (2 * 0.8 * (4 / 6)) / (0.8 + 4 / 6)) < 1e-12);
  });

  it('is zero, not NaN, without any snippet', () => {
    assert.deepEqual(snippetMetrics(sumCounts([])), { precision: 0, recall: 0, f1: 0 });
  });
});

describe('readerText and collapseWhitespace', () => {
  it('drops removed spans, overlapping ones included', () => {
    const text = 'keep one DROP keep two XX keep three';
    const removed = [
      { start: 9, end: 14, reason: 'ad', by: 't' },
      { start: 23, end: 26, reason: 'ad', by: 't' },
      { start: 24, end: 25, reason: 'junk', by: 't' },
    ];
    assert.equal(collapseWhitespace(readerText(text, removed)), 'keep one keep two keep three');
  });

  it('keeps the whole text without removed spans', () => {
    assert.equal(readerText('all of it', []), 'all of it');
  });

  it('collapses every kind of whitespace', () => {
    assert.equal(collapseWhitespace(' a\t\n b\u00a0\u00a0c '), 'a b c');
  });
});

describe('parseSnippetCases and readStoredPage', () => {
  it('reads cases and refuses malformed records', () => {
    const cases = parseSnippetCases('{"u": {"file": "f.html", "with": ["a"], "without": []}}', 'x.json');
    assert.deepEqual(cases, [{ url: 'u', file: 'f.html', with: ['a'], without: [] }]);
    assert.throws(() => parseSnippetCases('{"u": {"file": 3, "with": []}}', 'x.json'), (e: unknown) => e instanceof NewsprismError && e.code === 'E_DATASET');
    assert.throws(() => parseSnippetCases('{"u": {"file": "f", "with": [1]}}', 'x.json'), /expected \{"file": string/u);
  });

  it('reads gzipped pages from eval/ and plain ones from cache/, null when missing', () => {
    assert.match(readStoredPage(MINI, 'harbour-ferry.html') ?? '', /Harbour ferry returns/u);
    assert.match(readStoredPage(MINI, 'garden-blog.html') ?? '', /tomato plants/u);
    assert.equal(readStoredPage(MINI, 'not-stored.html'), null);
  });

  it('names the missing gold file', () => {
    assert.throws(() => void mainTextTask.run(join(MINI, 'eval')), /evaldata\.json/u);
  });
});

describe('main-text task on trafilatura-mini', () => {
  const outcomes = evaluateMainText(MINI, NOW);

  it('finds the article text and leaves out the page chrome', () => {
    const ferry = outcomes[0]!;
    assert.deepEqual(ferry.counts, { truePositives: 3, falseNegatives: 0, falsePositives: 0, trueNegatives: 2 });
    const garden = outcomes[1]!;
    assert.equal(garden.counts.truePositives, 2);
    assert.equal(garden.counts.falsePositives, 0);
  });

  it('counts a missing page as failed with all its snippets missed', () => {
    const missing = outcomes[2]!;
    assert.equal(missing.text, null);
    assert.equal(missing.counts.falseNegatives, 1);
  });

  it('reports the metrics', async () => {
    const result = await mainTextTask.run(MINI);
    assert.equal(result.task, 'main-text');
    assert.equal(result.dataset, 'trafilatura-eval');
    assert.equal(result.metrics['precision'], 1);
    assert.equal(result.metrics['recall'], 5 / 6);
    assert.deepEqual(result.metrics, { ...mainTextMetrics(outcomes), pages: 3, failed: 1 });
  });
});

describe('halves and fallback rate', () => {
  const cases = Array.from({ length: 9 }, (_, i) => ({ url: `u${i}`, file: `f${i}`, with: [], without: [] }));

  it('splits the pages into two fixed halves, the same whatever their order', () => {
    const half = firstHalf(cases);
    assert.equal(half.size, 5);
    assert.deepEqual(firstHalf([...cases].reverse()).size, 5);
    assert.deepEqual([...firstHalf(cases)], [...half]);
  });

  it('scores each half apart and counts the pages left to Readability', () => {
    const counts = (tp: number, fn: number) => ({ truePositives: tp, falseNegatives: fn, falsePositives: 0, trueNegatives: 0 });
    const gold = cases[0]!;
    const metrics = mainTextMetrics([
      { gold, text: 'a', counts: counts(1, 0), fallback: false, half: 'a' },
      { gold, text: 'b', counts: counts(0, 1), fallback: true, half: 'b' },
      { gold, text: 'c', counts: counts(1, 1), fallback: false, half: 'b' },
    ]);
    assert.equal(metrics['f1_half_a'], 1);
    assert.equal(metrics['f1_half_b'], 0.5);
    assert.equal(metrics['fallback_rate'], 1 / 3);
  });
});
