import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findDuplicates, markDuplicates } from '../../src/compare/duplicates.ts';
import { makeStory } from '../../src/compare/story-id.ts';
import { containment, isNearDuplicate, shingles } from '../../src/compare/shingles.ts';
import type { AnnotatedArticle } from '../../src/model.ts';
import { annotated, ctx, readFixture, seedArticles } from './helpers.ts';

const seedText = readFixture('seeds/001_f4e0611b7b3684bf.txt');
/** The same report republished elsewhere: a new headline on top, other boilerplate at the end. */
function republished(id: string): AnnotatedArticle {
  const headline = 'A different headline chosen by the second site\n';
  const footer = '\nSubscribe to our newsletter for more world news every morning.\n';
  const text = headline + seedText + footer;
  return annotated(id, text, {
    titleSpan: { start: 0, end: headline.length - 1 },
    removed: [{ start: headline.length + seedText.length, end: text.length }],
  });
}

function dated(article: AnnotatedArticle, day: string): AnnotatedArticle {
  return {
    ...article,
    meta: { ...article.meta, publishedAt: { value: day, by: 'test', inferred: false, from: 'input' } },
  };
}

describe('near-duplicate shingles', () => {
  it('measures containment on 5-word shingles', () => {
    const a = new Set(['a', 'b', 'c', 'd']);
    assert.equal(containment(a, new Set(['a', 'b', 'c', 'd', 'e'])), 1);
    assert.equal(containment(a, new Set(['a', 'x'])), 0.5);
    assert.equal(containment(new Set(), a), 0);
  });

  it('needs comparable lengths', () => {
    const long = new Set(Array.from({ length: 100 }, (_, i) => String(i)));
    const short = new Set(['1', '2', '3']);
    assert.equal(isNearDuplicate(short, long), false);
  });

  it('reads content only: the headline and footer of a copy do not count', () => {
    assert.deepEqual(shingles(republished('copy')), shingles(annotated('orig', seedText)));
  });
});

describe('markDuplicates', () => {
  const original = dated(annotated('b-original', seedText), '2025-05-03');
  const copy = dated(republished('a-copy'), '2025-05-04');
  const others = seedArticles().filter((a) => !a.id.startsWith('001'));

  it('marks a copy with other boilerplate and headline as a duplicate of the earliest version', () => {
    const found = findDuplicates([copy, original, ...others]);
    assert.deepEqual([...found], [['a-copy', 'b-original']]);
  });

  it('does not mark different reports of the same event', () => {
    assert.equal(findDuplicates(seedArticles()).size, 0);
  });

  it('breaks equal dates by id, and puts undated articles after dated ones', () => {
    const undatedOriginal = annotated('a-first-by-id', seedText);
    assert.deepEqual([...findDuplicates([undatedOriginal, copy])], [['a-first-by-id', 'a-copy']]);
    const twin = dated(republished('c-twin'), '2025-05-03');
    assert.deepEqual([...findDuplicates([twin, original])], [['c-twin', 'b-original']]);
  });

  it('only compares articles within one story, and clears stale marks', () => {
    const stale = { ...others[0]!, duplicateOf: 'nothing' };
    const articles = [original, copy, stale];
    const together = markDuplicates.run({ articles, stories: [makeStory(['a-copy', 'b-original']), makeStory([stale.id])], reports: [] }, ctx);
    assert.equal(together.articles.find((a) => a.id === 'a-copy')?.duplicateOf, 'b-original');
    assert.equal(together.articles.find((a) => a.id === stale.id)?.duplicateOf, undefined);
    assert.ok(!('duplicateOf' in together.articles.find((a) => a.id === stale.id)!));
    const apart = markDuplicates.run({ articles, stories: [makeStory(['a-copy']), makeStory(['b-original'])], reports: [] }, ctx);
    assert.equal(apart.articles.find((a) => a.id === 'a-copy')?.duplicateOf, undefined);
  });
});
