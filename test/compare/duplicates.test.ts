import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { contentKey, duplicateEntry, duplicateParameters, findDuplicates, markDuplicates } from '../../src/compare/duplicates.ts';
import { DuplicateIndex, isCopy } from '../../src/compare/minhash-index.ts';
import { articleSignature } from '../../src/compare/minhash.ts';
import { shingles } from '../../src/compare/shingles.ts';
import { makeStory } from '../../src/compare/story-id.ts';
import type { AnnotatedArticle } from '../../src/model.ts';
import { annotated, ctx, readFixture, seedArticles } from './helpers.ts';

const seedText = readFixture('seeds/001_f4e0611b7b3684bf.txt');
const seedLines = seedText.split('\n');

/** The same report republished elsewhere: a new headline on top, other boilerplate at the end. */
function republished(id: string, body = seedText): AnnotatedArticle {
  const headline = 'A different headline chosen by the second site\n';
  const footer = '\nSubscribe to our newsletter for more world news every morning.\n';
  const text = headline + body + footer;
  return annotated(id, text, {
    titleSpan: { start: 0, end: headline.length - 1 },
    removed: [{ start: headline.length + body.length, end: text.length }],
  });
}

function dated(article: AnnotatedArticle, day: string): AnnotatedArticle {
  return {
    ...article,
    meta: { ...article.meta, publishedAt: { value: day, by: 'test', inferred: false, from: 'input' } },
  };
}

/** A deterministic shuffle (a fixed linear congruential sequence). */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed;
  for (let i = out.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

const original = dated(annotated('b-original', seedText), '2025-05-03');
const others = seedArticles().filter((a) => !a.id.startsWith('001'));

describe('near-duplicate rule', () => {
  const cases: { name: string; body: string; copy: boolean }[] = [
    { name: 'the same text with another headline and boilerplate', body: seedText, copy: true },
    { name: 'a copy with its last paragraphs trimmed', body: seedLines.slice(0, 13).join('\n'), copy: true },
    { name: 'a copy with a middle paragraph trimmed', body: seedLines.filter((_, i) => i !== 7).join('\n'), copy: true },
    { name: 'a copy with two words edited', body: seedText.replace('Saturday', 'Sunday').replace('rejected', 'refused'), copy: true },
    { name: 'a third of the text', body: seedLines.slice(0, 5).join('\n'), copy: false },
    { name: 'a rewrite of every other paragraph', body: seedLines.map((l, i) => (i % 2 === 0 ? l : l.split(' ').reverse().join(' '))).join('\n'), copy: false },
    ...others.map((a) => ({ name: `another report of the event (${a.id})`, body: a.text, copy: false })),
  ];
  for (const { name, body, copy } of cases) {
    it(`${copy ? 'takes' : 'refuses'} ${name}`, () => {
      const found = findDuplicates([original, dated(republished('a-copy', body), '2025-05-04')]);
      assert.deepEqual([...found], copy ? [['a-copy', 'b-original']] : []);
    });
  }

  it('needs comparable lengths', () => {
    const long = articleSignature(original);
    const short = articleSignature(annotated('short', seedLines.slice(0, 3).join('\n')));
    assert.equal(isCopy(short, long, duplicateParameters), false);
    assert.equal(isCopy(long, long, duplicateParameters), true);
  });

  it('reads content only: the headline and footer of a copy do not count', () => {
    assert.deepEqual(shingles(republished('copy')), shingles(annotated('orig', seedText)));
  });
});

describe('findDuplicates', () => {
  const copy = dated(republished('a-copy'), '2025-05-04');

  it('marks a copy with other boilerplate and headline as a duplicate of the earliest version', () => {
    const found = findDuplicates([copy, original, ...others]);
    assert.deepEqual([...found], [['a-copy', 'b-original']]);
  });

  it('does not mark different reports of the same event', () => {
    assert.equal(findDuplicates(seedArticles()).size, 0);
  });

  it('breaks equal days by content key (ids only between identical contents), undated after dated', () => {
    const undatedOriginal = annotated('a-first-by-id', seedText);
    assert.deepEqual([...findDuplicates([undatedOriginal, copy])], [['a-first-by-id', 'a-copy']]);
    const twin = dated(republished('c-twin'), '2025-05-03');
    const [first, second] = contentKey(twin) < contentKey(original) ? [twin, original] : [original, twin];
    assert.deepEqual([...findDuplicates([twin, original])], [[second.id, first.id]]);
    const sameText = dated(annotated('a-same', seedText), '2025-05-03');
    assert.deepEqual([...findDuplicates([original, sameText])], [['b-original', 'a-same']]);
  });

  it('does not depend on input order, and is deterministic', () => {
    const articles = [
      original,
      copy,
      dated(republished('c-trimmed', seedLines.slice(0, 13).join('\n')), '2025-05-05'),
      dated(republished('d-same-day'), '2025-05-03'),
      ...others,
    ];
    const expected = [...findDuplicates(articles)].sort();
    assert.equal(expected.length, 3);
    for (const seed of [1, 2, 3, 4, 5]) assert.deepEqual([...findDuplicates(shuffled(articles, seed))].sort(), expected);
  });
});

describe('DuplicateIndex across windows', () => {
  const entry = (article: AnnotatedArticle) => duplicateEntry(article);

  it('re-points a copy when its earlier original arrives later', () => {
    const index = new DuplicateIndex(duplicateParameters);
    const late = entry(dated(republished('a-copy'), '2025-05-04'));
    const early = entry(original);
    assert.equal(index.add(late.id, late.key, late.day, late.signature), null);
    assert.equal(index.add(early.id, early.key, early.day, early.signature), null);
    assert.deepEqual(index.copiesOf('b-original'), ['a-copy']);
    assert.equal(index.originalOf('a-copy'), 'b-original');
  });

  it('ignores an id added twice and knows nothing of unknown ids', () => {
    const index = new DuplicateIndex(duplicateParameters);
    index.addWindow([entry(original), entry(dated(republished('a-copy'), '2025-05-04'))]);
    const again = entry(original);
    assert.equal(index.add(again.id, again.key, again.day, again.signature), null);
    assert.equal(index.size, 2);
    assert.equal(index.originalOf('nobody'), null);
    assert.deepEqual(index.copiesOf('nobody'), []);
  });
});

describe('markDuplicates', () => {
  const copy = dated(republished('a-copy'), '2025-05-04');

  it('marks copies across stories, and clears stale marks', () => {
    const stale = { ...others[0]!, duplicateOf: 'nothing' };
    const articles = [original, copy, stale];
    const together = markDuplicates.run({ articles, stories: [makeStory(['a-copy', 'b-original']), makeStory([stale.id])], reports: [] }, ctx);
    assert.equal(together.articles.find((a) => a.id === 'a-copy')?.duplicateOf, 'b-original');
    assert.equal(together.articles.find((a) => a.id === stale.id)?.duplicateOf, undefined);
    assert.ok(!('duplicateOf' in together.articles.find((a) => a.id === stale.id)!));
    // Grouping split the copy from its original: it is still a copy (and its report names an article of another story).
    const apart = markDuplicates.run({ articles, stories: [makeStory(['a-copy']), makeStory(['b-original'])], reports: [] }, ctx);
    assert.equal(apart.articles.find((a) => a.id === 'a-copy')?.duplicateOf, 'b-original');
  });
});
