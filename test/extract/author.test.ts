import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanAuthor } from '../../src/extract/author-clean.ts';
import { extract } from './helpers.ts';

const PROSE = 'The council approved the budget on Saturday after a long debate, officials said.';

test('bylines are cleaned into names', () => {
  const cases: [string, string | null][] = [
    ['By Jane Doe', 'Jane Doe'],
    ['JANE DOE', 'Jane Doe'],
    ['Jane Doe | Staff Writer | Email the author', 'Jane Doe'],
    ['Jane Doe and John Roe', 'Jane Doe and John Roe'],
    ['Jane Doe, John Roe and Ann Lee', 'Jane Doe, John Roe and Ann Lee'],
    ['Jane Doe, May 3, 2025 10:02 AM', 'Jane Doe'],
    ['Staff', null],
    ['Ana de la Cruz', 'Ana de la Cruz'],
    ['the newsroom', null],
  ];
  for (const [raw, clean] of cases) assert.equal(cleanAuthor(raw), clean, raw);
});

test('author sources in order: input, byline line, credit line', () => {
  assert.equal(extract({ text: `By Jane Doe\n${PROSE}`, author: 'John Roe' }).meta.author?.value, 'John Roe');
  const byline = extract({ text: `Council Approves Budget\nBy Jane Doe and John Roe\n${PROSE}` });
  assert.deepEqual([byline.meta.author?.value, byline.meta.author?.from], ['Jane Doe and John Roe', 'byline']);
  assert.ok(byline.removed.some((r) => r.reason === 'byline'));
  const credit = extract({ text: `${PROSE}\nReporting by Jane Doe in Paris and John Roe in Rome; Editing by Ann Lee` });
  assert.deepEqual([credit.meta.author?.value, credit.meta.author?.from], ['Jane Doe and John Roe', 'credit']);
  assert.equal(extract({ text: PROSE }).meta.author, null);
});
