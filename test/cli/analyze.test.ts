import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import type { StoryReport } from '../../src/model.ts';

const bin = join(import.meta.dirname, '../../bin/newsprism.js');
const example = join(import.meta.dirname, '../../examples/reference-story');

function run(args: readonly string[], input?: string) {
  const result = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', input });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function scratch(): string {
  return mkdtempSync(join(tmpdir(), 'newsprism-cli-'));
}

test('analyze on the reference story: one story of five articles, dated as the issue says', () => {
  const dir = scratch();
  const db = join(dir, 'np.db');
  const out = join(dir, 'report');
  const first = run(['analyze', example, '--db', db, '--out', out]);
  assert.equal(first.status, 0, first.stderr);
  assert.match(first.stdout, /5 articles read \(5 new\) in 1 story/);
  assert.match(first.stdout, /skipped: .*README\.md/);
  const stories = readdirSync(join(out, 'stories')).filter((f) => f.endsWith('.json'));
  assert.equal(stories.length, 1);
  const report = JSON.parse(readFileSync(join(out, 'stories', stories[0] ?? ''), 'utf8')) as StoryReport;
  assert.equal(report.articles.length, 5);
  const byFile = new Map(report.articles.map((a) => [a.path.replace(/^.*\//, '').slice(0, 3), a]));
  const dated = (prefix: string) => [byFile.get(prefix)?.publishedAt?.slice(0, 10), byFile.get(prefix)?.publishedAtSource];
  assert.deepEqual(dated('000'), ['2025-05-04', 'header']);
  assert.deepEqual(dated('001'), ['2025-05-03', 'dateline']);
  assert.equal(dated('002')[0], '2025-05-03');
  assert.deepEqual(dated('004'), ['2025-05-05', 'header']);
  const inferred = byFile.get('003');
  assert.equal(inferred?.publishedAtSource, 'inferred');
  assert.ok(inferred?.publishedAt && inferred.publishedAt >= '2025-05-03' && inferred.publishedAt <= '2025-05-05');
  assert.match(readFileSync(join(out, 'index.html'), 'utf8'), /<html/i);

  const again = run(['analyze', example, '--db', db, '--out', out]);
  assert.equal(again.status, 0, again.stderr);
  assert.match(again.stdout, /5 articles read \(0 new\) in 1 story/);
  assert.match(again.stdout, /database: .*\(5 articles, 1 story, 0 rejected inputs\)/);
});

test('bad inputs are each named with a reason, and the rest of the run goes on', () => {
  const dir = scratch();
  const files = {
    empty: join(dir, 'empty.txt'),
    binary: join(dir, 'binary.txt'),
    latin1: join(dir, 'latin1.txt'),
    big: join(dir, 'big.txt'),
    records: join(dir, 'records.jsonl'),
    unknown: join(dir, 'notes.docx'),
    good: join(dir, 'good.txt'),
  };
  writeFileSync(files.empty, '');
  writeFileSync(files.binary, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x01, 0x02]));
  writeFileSync(files.latin1, Buffer.from('Caf\xe9 au lait on Monday.', 'latin1'));
  writeFileSync(files.big, 'A long article about rivers. '.repeat(60_000));
  writeFileSync(files.records, '{"text": "The council met on Monday to approve the new budget."}\n{not json}\n');
  writeFileSync(files.unknown, 'not an article');
  writeFileSync(files.good, 'The city council approved the budget on Monday, the mayor said.\n');
  const missing = join(dir, 'missing.txt');
  const result = run([
    'analyze', ...Object.values(files), missing,
    '--db', join(dir, 'np.db'), '--out', join(dir, 'report'), '--max-size', '1',
  ]);
  assert.equal(result.status, 1, result.stderr);
  const rejectedLines = result.stderr.split('\n').filter((l) => l.includes('rejected'));
  for (const path of [files.empty, files.binary, files.latin1, files.big, `${files.records}:2`, files.unknown, missing]) {
    assert.ok(rejectedLines.some((l) => l.includes(path)), `no rejection line for ${path}:\n${result.stderr}`);
  }
  assert.match(result.stdout, /2 articles read \(2 new\)/);
  assert.match(result.stdout, /7 rejected inputs/);
});

test('usage errors exit with 2', () => {
  assert.equal(run(['analyze']).status, 2);
  assert.equal(run(['no-such-command']).status, 2);
});

test('annotate and cluster write one JSON line per article', () => {
  const dir = scratch();
  const out = join(dir, 'a.jsonl');
  const annotated = run(['annotate', example, '--out', out]);
  assert.equal(annotated.status, 0, annotated.stderr);
  const lines = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
  assert.equal(lines.length, 5);
  for (const line of lines) {
    assert.equal(line.schemaVersion, 1);
    for (const key of ['id', 'text', 'removed', 'sentences', 'entities', 'quotes', 'dates', 'quantities']) assert.ok(key in line, key);
  }
  const clustered = run(['cluster', example]);
  assert.equal(clustered.status, 0, clustered.stderr);
  const records = clustered.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; story: string });
  assert.equal(new Set(records.map((r) => r.story)).size, 1);
});

test('JSONL on standard input', () => {
  const result = run(['cluster', '-'], '{"id": "a", "text": "The bridge reopened on Friday after repairs."}\n');
  assert.equal(result.status, 0, result.stderr);
  const record = JSON.parse(result.stdout.trim()) as { id: string; story: string };
  assert.equal(record.id, 'a');
  assert.match(record.story, /^s-[0-9a-f]{12}$/);
});
