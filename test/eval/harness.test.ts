import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { NewsprismError } from '../../src/errors.ts';
import { loadClusteringDataset } from '../../src/eval/ecbplus.ts';
import { checkFloors, evalTasks, type EvalResult } from '../../src/eval/index.ts';
import { shuffled } from '../../src/eval/shuffle.ts';

const dir = mkdtempSync(join(tmpdir(), 'newsprism-eval-'));
after(() => rmSync(dir, { recursive: true, force: true }));

describe('loadClusteringDataset', () => {
  it('reads articles.jsonl and gold.tsv', () => {
    writeFileSync(join(dir, 'articles.jsonl'), '{"id": "a", "text": "One."}\n{"id": "b", "text": "Two."}\n');
    writeFileSync(join(dir, 'gold.tsv'), 'a\tx\nb\ty\n');
    const set = loadClusteringDataset(dir);
    assert.deepEqual(set.articles.map((a) => a.id), ['a', 'b']);
    assert.equal(set.articles[1]!.path, `${join(dir, 'articles.jsonl')}:2`);
    assert.deepEqual([...set.gold], [['a', 'x'], ['b', 'y']]);
  });

  it('names the missing file', () => {
    const empty = mkdtempSync(join(dir, 'empty-'));
    assert.throws(() => loadClusteringDataset(empty), (e: unknown) => e instanceof NewsprismError && e.code === 'E_DATASET' && e.message.includes('articles.jsonl'));
    writeFileSync(join(empty, 'articles.jsonl'), '{"id": "a", "text": "One."}\n');
    assert.throws(() => loadClusteringDataset(empty), /gold\.tsv/u);
  });

  it('refuses articles without a gold story and malformed records', () => {
    const partial = mkdtempSync(join(dir, 'partial-'));
    writeFileSync(join(partial, 'articles.jsonl'), '{"id": "a", "text": "One."}\n{"id": "c", "text": "Three."}\n');
    writeFileSync(join(partial, 'gold.tsv'), 'a\tx\n');
    assert.throws(() => loadClusteringDataset(partial), /no story for 1 articles/u);
    writeFileSync(join(partial, 'articles.jsonl'), '{"id": 3}\n');
    assert.throws(() => loadClusteringDataset(partial), /expected \{"id": string/u);
  });
});

describe('checkFloors', () => {
  const result: EvalResult = { task: 'clustering', dataset: 'd', metrics: { bcubed_f1: 0.9, bcubed_recall: 0.7 }, seconds: 1 };
  it('reports metrics below their floor or missing, and nothing else', () => {
    assert.deepEqual(checkFloors([result], { clustering: { bcubed_f1: 0.85 } }), []);
    const failures = checkFloors([result], { clustering: { bcubed_f1: 0.95, bcubed_recall: 0.5, bcubed_precision: 0.5 } });
    assert.equal(failures.length, 2);
    assert.match(failures[0]!, /bcubed_f1 0\.9000 < floor 0\.95/u);
    assert.match(failures[1]!, /bcubed_precision missing/u);
    assert.deepEqual(checkFloors([result], { other: { x: 1 } }), []);
  });
});

describe('evalTasks', () => {
  it('registers each task on its dataset', () => {
    assert.deepEqual(evalTasks.map((t) => [t.name, t.dataset]), [
      ['main-text', 'trafilatura-eval'],
      ['pubdate', 'htmldate-eval'],
      ['metadata', 'readability-pages'],
      ['clustering', 'ecbplus-dev'],
      ['entities', 'ecbplus-dev'],
      ['quotes', 'polnear'],
      ['dates', 'timebank-aquaint'],
    ]);
  });

  it('scores a tiny labelled set end to end', async () => {
    const tiny = mkdtempSync(join(dir, 'tiny-'));
    const quake = 'A magnitude 6.1 earthquake struck the coastal town of Porto Verde on Monday, collapsing houses.';
    const match = 'The league suspended the striker Marco Bellini for four matches after the brawl on Sunday.';
    const lines = [
      { id: 'q1', text: `${quake} Rescuers searched the rubble in Porto Verde.` },
      { id: 'q2', text: `${quake} The earthquake in Porto Verde left hundreds homeless.` },
      { id: 'm1', text: `${match} Bellini will appeal the suspension.` },
      { id: 'm2', text: `${match} The club said Bellini regrets the brawl.` },
    ];
    writeFileSync(join(tiny, 'articles.jsonl'), lines.map((l) => JSON.stringify(l)).join('\n'));
    writeFileSync(join(tiny, 'gold.tsv'), 'q1\tquake\nq2\tquake\nm1\tmatch\nm2\tmatch\n');
    const result = await evalTasks.find((t) => t.name === 'clustering')!.run(tiny);
    assert.equal(result.articles, 4);
    assert.equal(result.metrics.bcubed_f1, 1);
    assert.equal(result.metrics.bcubed_f1_shuffled, 1);
  });
});

describe('shuffled', () => {
  it('is a permutation fixed by its seed', () => {
    const items = Array.from({ length: 50 }, (_, i) => i);
    assert.deepEqual(shuffled(items, 7), shuffled(items, 7));
    assert.notDeepEqual(shuffled(items, 7), shuffled(items, 8));
    assert.deepEqual([...shuffled(items, 7)].sort((a, b) => a - b), items);
  });
});
