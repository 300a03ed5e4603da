import { hash } from 'node:crypto';
import type { AnnotatedArticle, Span } from '../model.ts';
import { subtract } from '../annotate/sentences.ts';
import type { WordScan } from './minhash-words.ts';
import { scanWord, wordStart } from './minhash-words.ts';
import { isSpaceUnit, startsSentence } from './sentence-breaks.ts';
import { isNumber, WORD_PATTERN } from './tokens.ts';
import type { CountedTerms } from './word-terms.ts';
import { CAPITALISED, LONG, NO_TERM, TermCounter, countedTerm, entryFlags, entryLowerHash, entryName, entryOfWord, entryTerm, wordEntry, wordInfo } from './word-terms.ts';
import { WordHashes } from './word-hashes.ts';

/**
 * What grouping knows of one article: raw term counts in namespaces ("w:" content stems,
 * "e:" name words, "n:" numbers), the publication day when known, and a key derived from the
 * content alone so that ties never depend on ids or input order. Features come from the text
 * alone (not from the annotation stages), so `cluster` can group articles at the speed of
 * reading them, and `analyze` groups them the same way.
 */
export interface GroupingFeatures {
  readonly id: string;
  readonly key: string;
  readonly terms: CountedTerms;
  /** Days since 1970-01-01 of the publication date, when known. */
  readonly day?: number;
}

/** The grouping features, and what duplicate detection reads of the same pass over the words. */
export interface ArticleFeatures extends GroupingFeatures {
  /** Hashes of the lowercase words of the content, in order (what shingles are made of; see `shingles.ts`). */
  readonly contentWords: Uint32Array;
}

/**
 * The features without the content words: what an article keeps while it waits for its window,
 * once its signature is made (a buffer outside the heap per waiting article would make the
 * collector run full collections every 64 MB of them).
 */
export function groupingFeatures(features: ArticleFeatures): GroupingFeatures {
  const { id, key, terms, day } = features;
  return day === undefined ? { id, key, terms } : { id, key, terms, day };
}

/** The spans grouping reads: the text without its boilerplate and title line. */
export function contentSpans(article: AnnotatedArticle): Span[] {
  const excluded = article.titleSpan === undefined ? article.removed : [...article.removed, article.titleSpan];
  return subtract({ start: 0, end: article.text.length }, excluded).filter((s) => !blank(article.text, s.start, s.end));
}

/** Whether `text[start, end)` is white space only. */
function blank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isSpaceUnit(text.charCodeAt(i))) return false;
  return true;
}

/** A digest of the content alone (text without boilerplate and title): what ties are broken on. */
export function contentKey(article: AnnotatedArticle): string {
  return spansDigest(article.text, contentSpans(article));
}

/**
 * The sha256 of the spans' texts joined by "\n" (`contentText`), by the one-shot `hash`: a hash
 * object per article would be a native object with a weak handle that every young-generation
 * collection has to process.
 */
function spansDigest(text: string, spans: readonly Span[]): string {
  return hash('sha256', spans.map((span) => text.slice(span.start, span.end)).join('\n'), 'hex');
}

export function contentText(article: AnnotatedArticle): string {
  return contentSpans(article)
    .map((s) => article.text.slice(s.start, s.end))
    .join('\n');
}

/** Counts the terms of the words that are numbers (`numbers`) or not into `terms`. */
function kindTerms(words: readonly string[], terms: Map<string, number>, numbers: boolean): void {
  const counter = new TermCounter();
  for (const word of words) {
    const term = wordInfo(word).term;
    if (term !== NO_TERM && isNumber(word) === numbers) counter.add(term);
  }
  counter.addTo(terms);
}

/** Content words, lowercased and stemmed, stopwords dropped. */
export function wordTerms(words: readonly string[], terms: Map<string, number>): void {
  kindTerms(words, terms, false);
}

/** Numbers of two digits or more (years, counts, ages): single digits say little. */
export function numberTerms(words: readonly string[], terms: Map<string, number>): void {
  kindTerms(words, terms, true);
}

/**
 * What the name rules read of the words of the sentence being read: flags (CAPITALISED, LONG) and
 * name serials (reused: one sentence is read at a time; copied from the cache, which may start
 * over within a sentence).
 */
const sentenceFlags: number[] = [];
const sentenceNames: number[] = [];

/** Puts the words in the sentence buffers; returns how many. */
function bufferWords(words: readonly string[]): number {
  words.forEach((word, i) => {
    const entry = entryOfWord(word);
    sentenceFlags[i] = entryFlags(entry);
    sentenceNames[i] = entryName(entry);
  });
  return words.length;
}

/** A headline-like line ("Man Arrested After Bank Raid") where capitals do not mark names. */
export function isTitleCase(words: readonly string[]): boolean {
  return titleCase(bufferWords(words));
}

/** Whether the first `count` words of the sentence buffers read as a headline. */
function titleCase(count: number): boolean {
  let long = 0;
  let capitalised = 0;
  for (let i = 0; i < count; i++) {
    const flags = sentenceFlags[i]!;
    if ((flags & LONG) === 0) continue;
    long++;
    if ((flags & CAPITALISED) !== 0) capitalised++;
  }
  return long >= 3 && capitalised / long > 0.6;
}

/**
 * Name words of one sentence: runs of capitalised words, except a lone capitalised word opening
 * the sentence (an ordinary word, most of the time).
 */
export function capitalisedNameTerms(words: readonly string[], terms: Map<string, number>): void {
  const counter = new TermCounter();
  nameTerms(bufferWords(words), counter);
  counter.addTo(terms);
}

/** Name terms of the first `count` words of the sentence buffers. */
function nameTerms(count: number, counter: TermCounter): void {
  if (titleCase(count)) return;
  let runStart = -1;
  for (let end = 0; end <= count; end++) {
    if (end < count && (sentenceFlags[end]! & CAPITALISED) !== 0) {
      if (runStart < 0) runStart = end;
      continue;
    }
    if (runStart >= 0 && (end - runStart >= 2 || runStart > 0)) {
      for (let i = runStart; i < end; i++) {
        const name = sentenceNames[i]!;
        if (name !== NO_TERM) counter.add(name);
      }
    }
    runStart = -1;
  }
}

/** The words and numbers of `text[start, end)`. */
export function wordsOf(text: string, start = 0, end = text.length): string[] {
  return text.slice(start, end).match(WORD_PATTERN) ?? [];
}

/** Where the word being read stops, and its hash. */
const wordScan: WordScan = { stop: 0, hash: 0, check: 0 };

/** Lowercase hashes of the content words read so far (reused: one article is read at a time). */
const contentWords = new WordHashes();

/**
 * Counts the terms of `text[start, end)`, rough sentence by rough sentence (see
 * `startsSentence`), and pushes its words' lowercase hashes to `words`. The title is one
 * sentence: `cutSentences` false.
 */
function spanTerms(text: string, start: number, end: number, counter: TermCounter, words: WordHashes | null, cutSentences: boolean): void {
  let count = 0;
  let gapStart = start;
  for (let at = wordStart(text, start, end); at < end; at = wordStart(text, at, end)) {
    if (cutSentences && count > 0 && startsSentence(text, gapStart, at)) {
      nameTerms(count, counter);
      count = 0;
    }
    scanWord(text, at, end, wordScan);
    const entry = wordEntry(text, at, wordScan.stop, wordScan.hash, wordScan.check);
    sentenceFlags[count] = entryFlags(entry);
    sentenceNames[count++] = entryName(entry);
    const term = entryTerm(entry);
    if (term !== NO_TERM) counter.add(term);
    words?.push(entryLowerHash(entry));
    at = gapStart = wordScan.stop;
  }
  nameTerms(count, counter);
}

/** The counted terms as a term -> count map. */
export function termCounts(terms: CountedTerms): Map<string, number> {
  const counts = new Map<string, number>();
  for (let k = 0; k < terms.serials.length; k++) counts.set(countedTerm(terms, k), terms.counts[k]!);
  return counts;
}

export function publicationDay(article: AnnotatedArticle): number | undefined {
  const value = article.meta.publishedAt?.value;
  if (value === undefined) return undefined;
  const ms = Date.parse(value.slice(0, 10));
  return Number.isNaN(ms) ? undefined : Math.floor(ms / 86_400_000);
}

export function articleFeatures(article: AnnotatedArticle): ArticleFeatures {
  const counter = new TermCounter();
  const spans = contentSpans(article);
  const title = article.meta.title?.value;
  if (title !== undefined) spanTerms(title, 0, title.length, counter, null, false);
  contentWords.clear();
  for (const span of spans) spanTerms(article.text, span.start, span.end, counter, contentWords, true);
  const terms = counter.counted();
  const day = publicationDay(article);
  return { id: article.id, key: spansDigest(article.text, spans), terms, contentWords: contentWords.copy(), ...(day === undefined ? {} : { day }) };
}
