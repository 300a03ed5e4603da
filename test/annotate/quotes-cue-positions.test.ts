import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clauseCueIndices, isClauseForm } from '../../src/annotate/quotes/cue-positions.ts';
import { CLAUSE_FORMS } from '../../src/annotate/quotes/data/cues.ts';
import { wordsOf } from '../../src/annotate/quotes/tokens.ts';

test('isClauseForm agrees with the cue form list, the prefilter aside', () => {
  const others = ['', 'the', 'sai', 'saidd', 'Said', 'éclat', 'x'.repeat(40), 'according', 'reporters'];
  for (const word of [...CLAUSE_FORMS, ...others]) assert.equal(isClauseForm(word), CLAUSE_FORMS.has(word), word);
});

test('clauseCueIndices lists the cue words of a sentence in order', () => {
  const cases: [string, string[]][] = [
    ['Sales fell, Smith said, adding that costs rose.', ['said', 'adding']],
    ['She said the plan was dead, officials warned Tuesday.', ['said', 'warned']],
    ['The weather was fine on the day.', []],
  ];
  for (const [text, expected] of cases) {
    const words = wordsOf(text, 0, text.length);
    assert.deepEqual(clauseCueIndices(words).map((i) => words[i]?.lower), expected, text);
  }
});
