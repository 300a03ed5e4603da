import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { detectJunk, isSignOff } from '../../src/extract/boilerplate/11-junk.ts';
import { textLines } from '../../src/extract/lines.ts';

describe('isSignOff', () => {
  const cases: [string, boolean][] = [
    ['x Franzi', true],
    ['XX, Die Redaktion', true],
    ['Euer HansEhrlich', true],
    ['Liebe Grüße, Anna', true],
    ['Cheers, Tom', true],
    ['Un abrazo', true],
    ['Pozdrawiam', true],
    ['Kind regards, the team', true],
    ['Kontakt', false],
    ['Back to top', false],
    ['Community', false],
    ['Xbox deals', false],
    ['Best sellers', false],
    ['Loved this? Share it', false],
  ];
  for (const [text, expected] of cases) it(`${text}: ${expected}`, () => assert.equal(isSignOff(text), expected));
});

describe('trailing residue keeps the sign-off', () => {
  const article = 'The shop opened its doors on Monday and the first customers queued for an hour before that.\n\n';
  const marked = (text: string): string[] => detectJunk(textLines(text)).map((m) => text.slice(m.start, m.end));
  it('a sign-off after the last paragraph stays', () => assert.deepEqual(marked(`${article}x Franzi`), []));
  it('a short label after the last paragraph is still residue', () => assert.deepEqual(marked(`${article}Back to top`), ['Back to top']));
  it('residue after a sign-off is still marked', () => assert.deepEqual(marked(`${article}Liebe Grüße\n\nKontakt`), ['Kontakt']));
});
