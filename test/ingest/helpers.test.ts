import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fsErrorRejection, oneLine } from '../../src/ingest/fs-errors.ts';
import { formatSize, tooLargeReason } from '../../src/ingest/size.ts';

test('formatSize: MB with one or two decimals, bytes when tiny', () => {
  const cases: ReadonlyArray<readonly [number, string]> = [
    [20 * 1024 * 1024, '20 MB'],
    [26_528_972, '25.3 MB'],
    [262_144, '0.25 MB'],
    [500, '500 bytes'],
  ];
  for (const [bytes, expected] of cases) assert.equal(formatSize(bytes), expected);
});

test('tooLargeReason gives the size and the limit, exact bytes when they round alike', () => {
  assert.equal(tooLargeReason('file', 26_528_972, 20 * 1024 * 1024), 'file is 25.3 MB, over the 20 MB limit');
  assert.equal(tooLargeReason('file', 20 * 1024 * 1024 + 1, 20 * 1024 * 1024), 'file is 20971521 bytes, over the 20 MB limit (20971520 bytes)');
});

test('fsErrorRejection maps file-system error codes to rejection codes', () => {
  const withCode = (code: string): Error => Object.assign(new Error(`${code}: something`), { code });
  const cases: ReadonlyArray<readonly [unknown, string, string]> = [
    [withCode('ENOENT'), 'missing', 'no such file or directory'],
    [withCode('ENOTDIR'), 'missing', 'no such file or directory'],
    [withCode('EACCES'), 'unreadable', 'permission denied'],
    [withCode('EPERM'), 'unreadable', 'permission denied'],
    [withCode('ELOOP'), 'unreadable', 'too many levels of symbolic links'],
    [withCode('EIO'), 'unreadable', 'cannot read: EIO: something'],
    ['a string', 'unreadable', 'cannot read: a string'],
  ];
  for (const [error, code, reason] of cases) assert.deepEqual(fsErrorRejection('p', error), { path: 'p', code, reason });
});

test('oneLine squeezes whitespace and caps the length', () => {
  assert.equal(oneLine('a\n  b\tc'), 'a b c');
  assert.equal(oneLine('x'.repeat(50), 10), 'xxxxxxx...');
});
