import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { emptyArticle } from '../../src/pipeline/run.ts';
import Database from 'better-sqlite3';
import { articleFeatures } from '../../src/compare/features.ts';
import { groupingParameters } from '../../src/compare/group-stories.ts';
import { StoryIndex } from '../../src/compare/online/story-index.ts';
import { groupingTables } from '../../src/store/grouping.ts';
import { openSqliteStore } from '../../src/store/sqlite.ts';
import { annotated, readFixture, seedArticles } from '../compare/helpers.ts';

const seedFeatures = seedArticles().map(articleFeatures);
const heartFeatures = articleFeatures(annotated('heart', readFixture('compare/unrelated-heart.txt')));

const article = (id: string, text: string) => emptyArticle({ id, path: `${id}.txt`, text });

test('an article stored twice is stored once, and its annotations are refreshed', () => {
  const store = openSqliteStore(':memory:');
  assert.equal(store.putArticle(article('a', 'one')), true);
  assert.equal(store.putArticle({ ...article('a', 'one'), diagnostics: [{ severity: 'info', code: 'x', stage: 's', message: 'm' }] }), false);
  assert.equal(store.counts().articles, 1);
  assert.equal(store.getArticle('a')?.diagnostics.length, 1);
  store.close();
});

test('a rejected input is recorded once per path and reason', () => {
  const store = openSqliteStore(':memory:');
  assert.equal(store.putRejected({ path: 'x.bin', code: 'binary', reason: 'binary file' }), true);
  assert.equal(store.putRejected({ path: 'x.bin', code: 'binary', reason: 'binary file' }), false);
  assert.deepEqual(store.rejected(), [{ path: 'x.bin', code: 'binary', reason: 'binary file' }]);
  store.close();
});

test('stories are replaced as a whole', () => {
  const store = openSqliteStore(':memory:');
  store.replaceStories([{ id: 's1', articles: ['a', 'b'] }, { id: 's2', articles: ['c'] }], []);
  store.replaceStories([{ id: 's1', articles: ['a', 'b', 'c'] }], []);
  assert.deepEqual(store.stories(), [{ id: 's1', articles: ['a', 'b', 'c'] }]);
  assert.equal(store.report('s1'), undefined);
  store.close();
});

test('a failed transaction commits nothing, and the store survives reopening', () => {
  const file = join(mkdtempSync(join(tmpdir(), 'newsprism-store-')), 'test.db');
  const store = openSqliteStore(file);
  store.putArticle(article('kept', 'kept'));
  assert.throws(() =>
    store.transaction(() => {
      store.putArticle(article('lost', 'lost'));
      throw new Error('crash mid-run');
    }),
  );
  store.close();
  const reopened = openSqliteStore(file);
  assert.deepEqual(reopened.articles().map((a) => a.id), ['kept']);
  reopened.close();
});

test('the token layer is not stored: it comes back empty', () => {
  const store = openSqliteStore(':memory:');
  store.putArticle({ ...article('t', 'Hi.'), tokens: [{ start: 0, end: 2, value: 'Hi', pos: 'INTJ' }] });
  assert.deepEqual(store.getArticle('t')?.tokens, []);
  store.close();
});

test('the grouping state round-trips: typed arrays, stories, stories kept apart, a version change clears it', () => {
  const store = openSqliteStore(':memory:');
  assert.equal(store.grouping(), undefined);
  const row = (slot: number, id: string, story: number) => ({
    slot,
    id,
    key: `k${slot}`,
    day: slot === 0 ? null : 20000,
    story,
    terms: Int32Array.from([1, 5, 9]),
    weights: Float32Array.from([0.5, 0.5, 0.7071]),
    indexed: Int32Array.from([5]),
  });
  const terms = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((id) => ({ id, term: `w:t${id}`, df: 1 }));
  const none = new Int32Array(0);
  store.saveGrouping({ version: 'v1', documents: 2, terms, counted: none, articles: [row(0, 'a', 0), row(1, 'b', 0)], apart: [] });
  store.saveGrouping({
    version: 'v1',
    documents: 3,
    terms: [{ id: 7, term: '', df: 0 }],
    counted: Int32Array.from([5, 5, 9]),
    articles: [row(1, 'b', 1), row(2, 'c', 1)],
    apart: [{ a: 0, b: 1 }],
  });
  const state = store.grouping()!;
  assert.equal(state.documents, 3);
  assert.deepEqual([...state.counted], [5, 5, 9], 'counts are logged');
  assert.equal(state.terms.find((t) => t.id === 5)?.df, 1);
  assert.equal(state.terms.find((t) => t.id === 7), undefined, 'a forgotten term goes');
  assert.deepEqual(state.articles.map((a) => [a.id, a.story, a.day]), [['a', 0, null], ['b', 1, 20000], ['c', 1, 20000]]);
  assert.deepEqual([...state.articles[0]!.terms], [1, 5, 9]);
  assert.ok(Math.abs(state.articles[0]!.weights[2]! - 0.7071) < 1e-6);
  assert.deepEqual(state.apart, [{ a: 0, b: 1 }]);
  store.saveGrouping({ version: 'v2', documents: 1, terms: terms.slice(0, 1), counted: none, articles: [row(0, 'z', 0)], apart: [] });
  assert.deepEqual(store.grouping()!.articles.map((a) => a.id), ['z']);
  assert.deepEqual([...store.grouping()!.counted], []);
  store.close();
});

test('decisions on stories are kept in order', () => {
  const store = openSqliteStore(':memory:');
  store.putDecision({ kind: 'merge', articles: ['a', 'b'], at: '2026-01-01T00:00:00Z' });
  store.putDecision({ kind: 'split', articles: ['c'], at: '2026-01-02T00:00:00Z' });
  assert.deepEqual(store.decisions().map((d) => d.kind), ['merge', 'split']);
  store.close();
});

test('term frequencies saved as a count log, folded or not, restore exactly', () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsprism-counts-'));
  const file = join(dir, 'g.db');
  openSqliteStore(file).close();
  const windows = [seedFeatures.slice(0, 2), seedFeatures.slice(2, 4), [seedFeatures[4]!, heartFeatures]];
  for (const foldBytes of [64, 1_000_000_000]) {
    const db = new Database(file);
    const tables = groupingTables(db, foldBytes);
    const index = new StoryIndex(groupingParameters);
    for (const window of windows) {
      index.add(window);
      tables.save(index.takeChanges());
    }
    const restored = StoryIndex.restore(groupingParameters, tables.load()!);
    for (let id = 0; id < index.terms.size; id++) assert.equal(restored.terms.frequency(id), index.terms.frequency(id), `term ${index.terms.name(id)} (fold at ${foldBytes} bytes)`);
    assert.ok(foldBytes > 64 || tables.load()!.counted.length < 200, 'the log was folded');
    db.exec('DELETE FROM meta');
    db.close();
  }
  rmSync(dir, { recursive: true, force: true });
});

test('term frequencies restore exactly when forgotten terms give their ids to new ones', () => {
  const dated = (f: typeof heartFeatures, day: number, id = f.id) => ({ ...f, id, day });
  /** Terms of the first article are counted again (logged) by the second, forgotten with both by the third, and their ids go to the fourth's. */
  const windows = [
    [dated(seedFeatures[0]!, 20000)],
    [dated(seedFeatures[1]!, 20001)],
    [dated(heartFeatures, 20100)],
    [dated(seedFeatures[2]!, 20101), dated(seedFeatures[3]!, 20101)],
  ];
  const dir = mkdtempSync(join(tmpdir(), 'newsprism-reuse-'));
  for (const foldBytes of [64, 1_000_000_000]) {
    const file = join(dir, `g${foldBytes}.db`);
    openSqliteStore(file).close();
    const db = new Database(file);
    const tables = groupingTables(db, foldBytes);
    const index = new StoryIndex(groupingParameters);
    let reused = false;
    for (const window of windows) {
      index.add(window);
      const changes = index.takeChanges();
      reused ||= changes.reusesIds === true;
      tables.save(changes);
    }
    assert.ok(reused, 'ids were reused');
    const restored = StoryIndex.restore(groupingParameters, tables.load()!);
    for (let id = 0; id < index.terms.size; id++) {
      assert.equal(restored.terms.name(id), index.terms.name(id));
      assert.equal(restored.terms.frequency(id), index.terms.frequency(id), `term ${index.terms.name(id)} (fold at ${foldBytes} bytes)`);
    }
    db.close();
  }
  rmSync(dir, { recursive: true, force: true });
});
