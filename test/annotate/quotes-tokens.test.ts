import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { NAME_ABBREVIATIONS } from '../../src/lexicon/abbreviations.ts';
import { maskSpans, wordsOf } from '../../src/annotate/quotes/tokens.ts';
import { sentenceWords } from '../../src/annotate/quotes/sentence-words.ts';
import { splitSentences } from '../../src/annotate/sentences.ts';
import { emptyArticle, runArticleStages } from '../../src/pipeline/run.ts';
import { seedArticles } from '../helpers/seeds.ts';

/**
 * The tokenizer as one regex (the definition the hand-written scan must match word for word):
 * abbreviations with their period, initialisms, middle initials, words with inner marks, masked runs, any other mark.
 */
const REFERENCE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${NAME_ABBREVIATIONS.join('|')})\\.(?=\\s)|\\p{Lu}(?:\\.\\p{Lu}){1,4}\\.?|(?<=(?<![\\p{L}\\p{N}])\\p{Lu}[^\\P{L}\\p{Lu}]+ )[A-Z]\\.(?= \\p{Lu})|[\\p{L}\\p{N}](?:[\\p{L}\\p{N}\\-’']|\\.(?=\\p{L}))*|\\u25a1+|[^\\s\\p{L}\\p{N}]`,
  'gu',
);

function referenceWords(text: string, start: number, end: number): unknown[] {
  const segment = text.slice(start, end);
  return [...segment.matchAll(REFERENCE)].map((m) => {
    const value = m[0];
    const at = start + (m.index ?? 0);
    return { start: at, end: at + value.length, text: value, lower: value.toLowerCase(), cap: /^\p{Lu}/u.test(value), isWord: /^[\p{L}\p{N}]/u.test(value) };
  });
}

const TRICKY: readonly string[] = [
  'Mr. Smith met Mrs. Jones and Sen. Lee in the U.S. on Monday.',
  'xMr. a.b 3.5 U.S.A.B.C.D.E Ph.D. e.g. St. Mr.',
  'emoji 😀 then 𝐀𝐁 letters, a lone \ud835 and x\udc00 surrogate',
  '□□□ word□ “quoted,” it’s don\'t — well-known – yes',
  'Sen.\u00a0Lee\u2003met\u3000Rep.\tDoe\nand Gov.',
  'Éric Zemmour, São Paulo, Ålesund 42nd',
  'Benjamin J. Rhodes, x J. Doe, Ann J. doe, AB J. Doe, Éva K. Lund, Ann J.Doe, Ann  J. Doe',
];

describe('wordsOf', () => {
  it('matches the reference regex on tricky strings and every cut of them', () => {
    for (const text of TRICKY) {
      for (let start = 0; start < text.length; start += 3) {
        for (let end = start; end <= text.length; end += 5) assert.deepEqual(wordsOf(text, start, end), referenceWords(text, start, end), JSON.stringify(text.slice(start, end)));
      }
    }
  });

  it('matches the reference regex on the seed articles, whole and cut at odd places', () => {
    for (const { text = '' } of seedArticles()) {
      assert.deepEqual(wordsOf(text, 0, text.length), referenceWords(text, 0, text.length));
      for (let start = 7; start < text.length; start += 997) {
        const end = Math.min(text.length, start + 251);
        assert.deepEqual(wordsOf(text, start, end), referenceWords(text, start, end));
      }
    }
  });

  it('keeps the period of a title only before a space, and offsets point into the whole text', () => {
    const text = 'Talks with Mr. Lee, Mr.Kim and Mr.';
    const words = wordsOf(text, 11, text.length);
    assert.deepEqual(words.map((w) => w.text), ['Mr.', 'Lee', ',', 'Mr.Kim', 'and', 'Mr', '.']);
    assert.ok(words.every((w) => text.slice(w.start, w.end) === w.text));
    assert.deepEqual(words.map((w) => w.isWord), [true, true, false, true, true, true, false]);
  });

  it('keeps a middle initial with its period between two capitalised words', () => {
    const text = 'Benjamin J. Rhodes said, and the letter J. Then';
    assert.deepEqual(wordsOf(text, 0, text.length).map((w) => w.text), ['Benjamin', 'J.', 'Rhodes', 'said', ',', 'and', 'the', 'letter', 'J', '.', 'Then']);
  });
});

describe('sentenceWords', () => {
  it('gives each sentence the words of the text and of the masked text, shared where nothing is masked', () => {
    for (const raw of seedArticles()) {
      const article = runArticleStages(emptyArticle(raw), [splitSentences], { now: '2025-06-01T00:00:00Z' });
      const quoted = [...article.text.matchAll(/“[^”]{1,400}”|"[^"\n]{1,400}"/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
      assert.ok(quoted.length > 0, raw.id);
      const words = sentenceWords(article.text, article.sentences, quoted);
      assert.equal(words.masked, maskSpans(article.text, quoted));
      let shared = 0;
      article.sentences.forEach((s, i) => {
        assert.deepEqual(words.plain[i], wordsOf(article.text, s.start, s.end));
        assert.deepEqual(words.inMasked[i], wordsOf(words.masked, s.start, s.end));
        if (words.inMasked[i] === words.plain[i]) shared++;
        else assert.ok(quoted.some((q) => q.start < s.end && s.start < q.end), 'only sentences with a masked quote get their own list');
      });
      assert.ok(shared > 0 && shared < article.sentences.length, raw.id);
    }
  });
});
