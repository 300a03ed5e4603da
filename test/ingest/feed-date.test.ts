import { test } from 'node:test';
import assert from 'node:assert/strict';
import { feedDate } from '../../src/ingest/feeds/date.ts';

test('feedDate: RFC 3339 kept, RFC 822 rewritten with its own offset, the rest refused', () => {
  const cases: ReadonlyArray<readonly [string, string | null]> = [
    ['2025-05-04T10:30:00-06:00', '2025-05-04T10:30:00-06:00'],
    ['2025-05-04t10:30:00z', '2025-05-04T10:30:00Z'],
    ['2025-05-04', '2025-05-04'],
    ['2025-05-04T10:30:00.123+05:30', '2025-05-04T10:30:00.123+05:30'],
    ['Sun, 04 May 2025 10:30:00 -0600', '2025-05-04T10:30:00-06:00'],
    ['Sun, 4 May 2025 10:30:00 GMT', '2025-05-04T10:30:00Z'],
    ['04 May 2025 23:05 EDT', '2025-05-04T23:05:00-04:00'],
    ['Sunday, 04 May 25 10:30:00 +0000', '2025-05-04T10:30:00+00:00'],
    ['Sun, 04 May 2025 10:30:00 XYZ', '2025-05-04T10:30:00'],
    ['Sun, 04 Sept 2025 10:30:00 GMT', '2025-09-04T10:30:00Z'],
    ['Thu, 31 Apr 2025 10:30:00 GMT', null],
    ['2025-02-30', null],
    ['Sun, 04 Foo 2025 10:30:00 GMT', null],
    ['04 May 2025 25:00:00 GMT', null],
    ['yesterday', null],
    ['', null],
  ];
  for (const [raw, expected] of cases) assert.equal(feedDate(raw), expected, raw);
});

test('feedDate stays fast on hostile input', () => {
  const started = performance.now();
  feedDate(`Sun, 04 May 2025 ${' '.repeat(50000)}x`);
  feedDate(`${'1'.repeat(50000)}-`);
  assert.ok(performance.now() - started < 200);
});
