import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

const bin = join(import.meta.dirname, '../../bin/newsprism.js');
const pirates = join(import.meta.dirname, '../fixtures/stories/indian-navy-pirates');
const bombing = join(import.meta.dirname, '../fixtures/stories/oregon-bank-bombing');

function run(args: readonly string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

test('stories explain, split and merge: decisions persist and later runs respect them', () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsprism-stories-'));
  const db = ['--db', join(dir, 'np.db')];
  const out = ['--out', join(dir, 'report')];
  assert.equal(run(['analyze', pirates, ...db, ...out, '--quiet']).status, 0);

  const explained = run(['stories', 'explain', '12_10ecb.txt', ...db]);
  assert.equal(explained.status, 0, explained.stderr);
  assert.match(explained.stdout, /12_10ecb\.txt is in story s-[0-9a-f]{12} \(5 articles\)/u);
  assert.match(explained.stdout, /shared terms: .*\(name\)/u);
  const json = JSON.parse(run(['stories', 'explain', '12_10ecb.txt', ...db, '--json']).stdout) as { score: number; closest: unknown[] };
  assert.ok(json.score > 0.1 && json.closest.length === 4);

  const split = run(['stories', 'split', '12_10ecb.txt', ...db, ...out]);
  assert.equal(split.status, 0, split.stderr);
  assert.match(split.stdout, /split: 2 stories now/u);
  const again = run(['analyze', pirates, bombing, ...db, ...out]);
  assert.equal(again.status, 0, again.stderr);
  assert.match(again.stdout, /13 articles read \(8 new\) in 3 stories/u);
  assert.match(run(['stories', 'explain', '12_10ecb.txt', ...db]).stdout, /\(1 article\): no other article reaches it/u);

  const merge = run(['stories', 'merge', '12_10ecb.txt', '12_11ecb.txt', ...db, ...out]);
  assert.equal(merge.status, 0, merge.stderr);
  assert.match(merge.stdout, /merge: 2 stories now/u);
  assert.match(run(['stories', 'explain', '12_10ecb.txt', ...db]).stdout, /\(5 articles\)/u);
});

test('stories commands name an article they cannot find', () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsprism-stories-'));
  const result = run(['stories', 'explain', 'no-such-article', '--db', join(dir, 'np.db')]);
  assert.equal(result.status, 1);
  assert.match(result.stderr, /no-such-article: no such article in .*np\.db/u);
});
