import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { articleFeatures, termCounts } from '../../src/compare/features.ts';
import type { WordScan } from '../../src/compare/minhash-words.ts';
import { scanWord, wordStart, wordStop } from '../../src/compare/minhash-words.ts';
import { CHECK_OFFSET, checkStep, FNV_OFFSET, FNV_PRIME } from '../../src/compare/minhash-hash.ts';
import { retrievalTerms } from '../../src/compare/online/retrieve.ts';
import { RowList } from '../../src/compare/row-list.ts';
import { rowOf } from '../helpers/rows.ts';
import { TermTable } from '../../src/compare/online/terms.ts';
import type { CompactVector } from '../../src/compare/online/weigh.ts';
import { weighTerms } from '../../src/compare/online/weigh.ts';
import { wordsIn } from '../../src/compare/tokens.ts';
import { TermCounter, countedTerm, countedTermsOf, wordInfo, wordInfoAt } from '../../src/compare/word-terms.ts';
import { referenceTerms } from './rough-sentences.ts';
import { seedArticles } from './helpers.ts';

/** The words `wordStart`/`wordStop` find in `text[start, end)`. */
function scanned(text: string, start: number, end: number): string[] {
  const words: string[] = [];
  for (let at = wordStart(text, start, end); at < end; at = wordStart(text, at, end)) {
    const stop = wordStop(text, at, end);
    words.push(text.slice(at, stop));
    at = stop;
  }
  return words;
}

describe('word offsets at the speed of a character loop', () => {
  const cases = [
    "Don't stop: the U.S. said well-known 10,000 things",
    'pi is 3.14159, or 1,2345; 2024abc and abc2024',
    'Naïve café, ΟΔΟΣ and Ωmega, e\u0301cole, 𝒜bc and x’s',
    'a--b e.g. mid-’90s end. -5 a.b.c. ٣٤٥ and ٣,٤٥٦',
    '',
    '  ...  ',
  ];
  for (const text of cases) {
    it(`finds the words of the pattern in ${JSON.stringify(text)}, in any window`, () => {
      for (let start = 0; start <= text.length; start += 3) {
        for (let end = start; end <= text.length; end += 4) {
          const expected = wordsIn(text, { start, end }).map((t) => t.value);
          assert.deepEqual(scanned(text, start, end), expected, JSON.stringify(text.slice(start, end)));
        }
      }
    });
  }
});

/** FNV-1a of the code units of `text[start, end)`, case kept. */
function unitHash(text: string, start: number, end: number): number {
  let hash = FNV_OFFSET;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME);
  return hash;
}

/** The second hash (`checkStep`) of `text[start, stop)`, unit by unit. */
function unitCheck(text: string, start: number, stop: number): number {
  let check = CHECK_OFFSET;
  for (let i = start; i < stop; i++) check = checkStep(check, text.charCodeAt(i));
  return check;
}

describe('word stop and hash in one pass', () => {
  const cases = [
    "Don't stop: the U.S. said well-known 10,000 things",
    'pi is 3.14159, or 1,2345; 2024abc and abc2024 1.a 1, a. a- a\'',
    'ab-é x.Ω 12,٣ 12.3x Naïve café x’s e\u0301cole 𝒜bc ٣٤٥ and ٣,٤٥٦',
    'end.',
    'a',
    '7',
  ];
  for (const text of cases) {
    it(`stops where wordStop does and hashes the word in ${JSON.stringify(text)}, in any window`, () => {
      const scan: WordScan = { stop: 0, hash: 0, check: 0 };
      for (let start = 0; start <= text.length; start++) {
        for (let end = start; end <= text.length; end += 2) {
          for (let at = wordStart(text, start, end); at < end; at = wordStart(text, at, end)) {
            scanWord(text, at, end, scan);
            const stop = wordStop(text, at, end);
            assert.equal(scan.stop, stop, JSON.stringify(text.slice(at, end)));
            assert.equal(scan.hash, unitHash(text, at, stop), text.slice(at, stop));
            assert.equal(scan.check, unitCheck(text, at, stop), text.slice(at, stop));
            at = stop;
          }
        }
      }
    });
  }
});

describe('word infos read in place', () => {
  it('gives a word read from a text the same info as the word alone', () => {
    const text = 'The Rescuers searched 10,000 homes; rescuers said';
    for (const token of wordsIn(text, { start: 0, end: text.length })) {
      assert.deepEqual(wordInfoAt(text, token.start, token.end), wordInfo(token.value), token.value);
    }
  });

  it('tells apart words that differ only in case', () => {
    assert.notDeepEqual(wordInfo('Lima'), wordInfo('lima'));
    assert.equal(wordInfo('Lima').capitalised, true);
    assert.equal(wordInfo('lima').capitalised, false);
  });

  it('counts spellings of one term together, in the order terms were first met', () => {
    const counter = new TermCounter();
    for (const word of ['killing', 'Lima', 'killed', 'earthquakes']) counter.add(wordInfo(word).term);
    counter.add(wordInfo('Lima').name);
    const terms = new Map<string, number>([['w:earthquake', 2]]);
    counter.addTo(terms);
    assert.deepEqual([...terms], [['w:earthquake', 3], ['w:kill', 2], ['w:lima', 1], ['e:lima', 1]]);
  });

  it('starts each counter from zero', () => {
    const first = new TermCounter();
    first.add(wordInfo('storm').term);
    const second = new TermCounter();
    second.add(wordInfo('storm').term);
    const terms = new Map<string, number>();
    second.addTo(terms);
    assert.deepEqual([...terms], [['w:storm', 1]]);
  });

  it('gives every seed article the terms of the regex tokenizer, in the same order', () => {
    for (const article of seedArticles()) {
      const expected = referenceTerms(article);
      assert.ok(expected.size > 50, article.id);
      assert.deepEqual([...termCounts(articleFeatures(article).terms)], [...expected], article.id);
    }
  });
});

describe('term ids by tally serial', () => {
  it('gives a term one id whether it is read by serial or by string, and keeps the article order', () => {
    const table = new TermTable();
    table.id('w:other');
    const counted = countedTermsOf(new Map([['w:quake', 2], ['e:lima', 1], ['w:other', 3]]));
    assert.deepEqual([0, 1, 2].map((k) => countedTerm(counted, k)), ['w:quake', 'e:lima', 'w:other']);
    assert.deepEqual([...counted.counts], [2, 1, 3]);
    const first = table.count(counted);
    const again = table.count(countedTermsOf(new Map([['e:lima', 1], ['w:new', 1], ['w:quake', 1]])));
    assert.deepEqual([...first.ids], [1, 2, 0]);
    assert.deepEqual([...again.ids], [2, 3, 1]);
    assert.deepEqual([2, 3, 1, 0].map((id) => table.frequency(id)), [2, 1, 2, 1]);
    const unseen = counted.serials[0]! + 1_000_000;
    const serialFree = { serials: [unseen], counts: [1], names: { terms: ['w:quake'], first: unseen } };
    assert.deepEqual([...table.count(serialFree).ids], [1], 'an unseen serial of a known term');
  });
});

/** The reference: sort by weight (heaviest first, ties by term), then cut. */
function referenceWeigh(ids: number[], counts: number[], table: TermTable, limit: number): CompactVector {
  const entries = ids.map((id, k) => ({ id, weight: table.weight(id) * (1 + Math.log(counts[k]!)) * table.idf(id) }));
  entries.sort((a, b) => b.weight - a.weight || a.id - b.id);
  const kept = entries.slice(0, limit).sort((a, b) => a.id - b.id);
  const norm = Math.sqrt(kept.reduce((sum, e) => sum + e.weight * e.weight, 0)) || 1;
  return { terms: Int32Array.from(kept, (e) => e.id), weights: Float32Array.from(kept, (e) => e.weight / norm) };
}

/** The search terms and weights of one article of a window's searches. */
function searchOf(searches: RowList, article: number): { terms: number[]; weights: number[] } {
  const { values, weights } = rowOf(searches, article);
  return { terms: values, weights };
}

/** A small deterministic random source. */
function lcg(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 2 ** 32;
  };
}

describe('weighing and retrieval terms without full sorts', () => {
  const random = lcg(7);
  const table = new TermTable((term) => (term.startsWith('e:') ? 1.5 : 1));
  const vectors = [5, 40, 300, 1200].map((size) => {
    const terms = new Map<string, number>();
    for (let i = 0; i < size; i++) terms.set(`${i % 2 === 0 ? 'w' : 'e'}:${Math.floor(random() * 2000)}`, 1 + Math.floor(random() * 3));
    return table.count(countedTermsOf(terms));
  });
  for (const [limit, counted] of vectors.flatMap((v) => [50, 1000].map((limit) => [limit, v] as const))) {
    it(`keeps the ${limit} heaviest of ${counted.ids.length} terms as a full sort does`, () => {
      const reference = referenceWeigh([...counted.ids], [...counted.counts], table, limit);
      const vector = weighTerms(counted, table, limit);
      assert.deepEqual([...vector.terms], [...reference.terms]);
      assert.deepEqual([...vector.weights], [...reference.weights]);
    });
  }

  it('searches by the heaviest shared terms, heaviest first, ties by term', () => {
    const vector: CompactVector = { terms: Int32Array.from([1, 2, 3, 4, 5, 6]), weights: Float32Array.from([0.1, 0.5, 0.5, 0.2, 0.9, 0.5]) };
    const limits = { indexTerms: 3, postingsRead: 10, candidates: 10, maxGapDays: 60 };
    const searches = new RowList();
    assert.deepEqual([...retrievalTerms(vector, limits, (term) => term !== 5, searches)], [2, 3, 5, 6]);
    assert.deepEqual(searchOf(searches, 0), { terms: [2, 3, 6], weights: [0.5, 0.5, 0.5].map((w) => Math.fround(w)) });
    assert.deepEqual([...retrievalTerms(vector, { ...limits, indexTerms: 0 }, () => true, searches)], []);
    assert.deepEqual(searchOf(searches, 1), { terms: [], weights: [] });
    searches.clear();
    retrievalTerms(vector, limits, () => true, searches);
    assert.deepEqual(searchOf(searches, 0).terms, [5, 2, 3], 'a cleared list starts again');
  });

  /** The heaviest `limit` positions the slow way: weight descending, then position. */
  const heaviestOf = (weights: Float32Array, positions: readonly number[], limit: number): number[] =>
    [...positions].sort((x, y) => weights[y]! - weights[x]! || x - y).slice(0, limit);
  for (let round = 0; round < 20; round++) {
    it(`ranks retrieval terms as a comparison sort does (random vector ${round})`, () => {
      const size = Math.floor(random() * 320);
      const terms = Int32Array.from({ length: size }, (_, k) => 3 * k + 1);
      const weights = Float32Array.from({ length: size }, () => Math.ceil(random() * 40) / 40);
      const shared = (term: number): boolean => term % 7 !== 1;
      const limits = { indexTerms: 35, postingsRead: 60, candidates: 50, maxGapDays: 60 };
      const all = Array.from({ length: size }, (_, k) => k);
      const search = heaviestOf(weights, all.filter((k) => shared(terms[k]!)), 35);
      const heavy = heaviestOf(weights, all, 35);
      const searches = new RowList();
      const index = [...retrievalTerms({ terms, weights }, limits, shared, searches)];
      assert.deepEqual(searchOf(searches, 0), { terms: search.map((k) => terms[k]!), weights: search.map((k) => weights[k]!) });
      assert.deepEqual(index, [...new Set([...heavy, ...search])].map((k) => terms[k]!).sort((x, y) => x - y));
    });
  }
});
