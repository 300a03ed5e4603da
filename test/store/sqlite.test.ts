import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { emptyArticle } from '../../src/pipeline/run.ts';
import { openSqliteStore } from '../../src/store/sqlite.ts';

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
