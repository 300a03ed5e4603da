import { createHash } from 'node:crypto';
import type { AnnotatedArticle, Span } from '../model.ts';
import { subtract } from '../annotate/sentences.ts';
import { WORD_PATTERN } from './tokens.ts';
import type { WordScan } from './minhash-words.ts';
import { scanWord, wordStart } from './minhash-words.ts';
import type { CountedTerms, WordInfo } from './word-terms.ts';
import { TermCounter, wordInfo, wordInfoHashed } from './word-terms.ts';
import { WordHashes } from './word-hashes.ts';

/**
 * What grouping knows of one article: raw term counts in namespaces ("w:" content stems,
 * "e:" name words, "n:" numbers), the publication day when known, and a key derived from the
 * content alone so that ties never depend on ids or input order. Features come from the text
 * alone (not from the annotation stages), so `cluster` can group articles at the speed of
 * reading them, and `analyze` groups them the same way.
 */
export interface ArticleFeatures {
  readonly id: string;
  readonly key: string;
  readonly terms: CountedTerms;
  /** Days since 1970-01-01 of the publication date, when known. */
  readonly day?: number;
  /** Hashes of the lowercase words of the content, in order (what shingles are made of; see `shingles.ts`). */
  readonly contentWords: Uint32Array;
}

/** The spans grouping reads: the text without its boilerplate and title line. */
export function contentSpans(article: AnnotatedArticle): Span[] {
  const excluded = article.titleSpan === undefined ? article.removed : [...article.removed, article.titleSpan];
  return subtract({ start: 0, end: article.text.length }, excluded).filter((s) => /\S/u.test(article.text.slice(s.start, s.end)));
}

/** A digest of the content alone (text without boilerplate and title): what ties are broken on. */
export function contentKey(article: AnnotatedArticle): string {
  return digest(contentText(article));
}

function digest(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function contentText(article: AnnotatedArticle): string {
  return contentSpans(article)
    .map((s) => article.text.slice(s.start, s.end))
    .join('\n');
}

const LINE = /[^\n]+/gu;
const SENTENCE_END = /[.!?]["”’]?\s+(?=["“‘]?\p{Lu})/gu;

/**
 * Rough sentences of the spans: lines, cut after a full stop, question or exclamation mark that
 * a capital follows. Enough to tell a name from a capitalised sentence opening, at little cost.
 */
export function roughSentences(text: string, spans: readonly Span[]): Span[] {
  const sentences: Span[] = [];
  for (const span of spans) {
    for (const line of text.slice(span.start, span.end).matchAll(LINE)) {
      const base = span.start + (line.index ?? 0);
      let from = 0;
      for (const end of line[0].matchAll(SENTENCE_END)) {
        const to = (end.index ?? 0) + end[0].length;
        sentences.push({ start: base + from, end: base + to });
        from = to;
      }
      if (from < line[0].length) sentences.push({ start: base + from, end: base + line[0].length });
    }
  }
  return sentences;
}

/** Counts the words' terms of one kind ("w:" or "n:") into `terms`. */
function kindTerms(words: readonly string[], terms: Map<string, number>, prefix: string): void {
  const counter = new TermCounter();
  for (const word of words) {
    const term = wordInfo(word).term;
    if (term !== null && term.term.startsWith(prefix)) counter.add(term);
  }
  counter.addTo(terms);
}

/** Content words, lowercased and stemmed, stopwords dropped. */
export function wordTerms(words: readonly string[], terms: Map<string, number>): void {
  kindTerms(words, terms, 'w:');
}

/** Numbers of two digits or more (years, counts, ages): single digits say little. */
export function numberTerms(words: readonly string[], terms: Map<string, number>): void {
  kindTerms(words, terms, 'n:');
}

/** A headline-like line ("Man Arrested After Bank Raid") where capitals do not mark names. */
export function isTitleCase(words: readonly string[]): boolean {
  const infos = words.map(wordInfo);
  return titleCase(infos, infos.length);
}

function titleCase(infos: readonly WordInfo[], count: number): boolean {
  let long = 0;
  let capitalised = 0;
  for (let i = 0; i < count; i++) {
    const info = infos[i]!;
    if (!info.long) continue;
    long++;
    if (info.capitalised) capitalised++;
  }
  return long >= 3 && capitalised / long > 0.6;
}

/**
 * Name words of one sentence: runs of capitalised words, except a lone capitalised word opening
 * the sentence (an ordinary word, most of the time).
 */
export function capitalisedNameTerms(words: readonly string[], terms: Map<string, number>): void {
  const counter = new TermCounter();
  const infos = words.map(wordInfo);
  nameTerms(infos, infos.length, counter);
  counter.addTo(terms);
}

/** Name terms of the first `count` word infos. */
function nameTerms(infos: readonly WordInfo[], count: number, counter: TermCounter): void {
  if (titleCase(infos, count)) return;
  let runStart = -1;
  for (let end = 0; end <= count; end++) {
    if (end < count && infos[end]!.capitalised) {
      if (runStart < 0) runStart = end;
      continue;
    }
    if (runStart >= 0 && (end - runStart >= 2 || runStart > 0)) {
      for (let i = runStart; i < end; i++) {
        const name = infos[i]!.name;
        if (name !== null) counter.add(name);
      }
    }
    runStart = -1;
  }
}

/** The words and numbers of `text[start, end)`. */
export function wordsOf(text: string, start = 0, end = text.length): string[] {
  return text.slice(start, end).match(WORD_PATTERN) ?? [];
}

/** Word infos of the sentence being read (reused: one sentence is read at a time). */
const sentenceInfos: WordInfo[] = [];
/** Where the word being read stops, and its hash. */
const wordScan: WordScan = { stop: 0, hash: 0 };

/** Lowercase hashes of the content words read so far (reused: one article is read at a time). */
const contentWords = new WordHashes();

/** The terms of the sentence `text[start, end)` (the title counts as one, no more); its words' hashes go to `words`, if given. */
function sentenceTerms(text: string, start: number, end: number, counter: TermCounter, words: WordHashes | null): void {
  let count = 0;
  for (let at = wordStart(text, start, end); at < end; at = wordStart(text, at, end)) {
    scanWord(text, at, end, wordScan);
    const info = wordInfoHashed(text, at, wordScan.stop, wordScan.hash);
    sentenceInfos[count++] = info;
    if (info.term !== null) counter.add(info.term);
    words?.push(info.lowerHash);
    at = wordScan.stop;
  }
  nameTerms(sentenceInfos, count, counter);
}

/** The counted terms as a term -> count map. */
export function termCounts(terms: CountedTerms): Map<string, number> {
  return new Map(terms.terms.map((term, k) => [term, terms.counts[k]!]));
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
  if (title !== undefined) sentenceTerms(title, 0, title.length, counter, null);
  contentWords.clear();
  for (const sentence of roughSentences(article.text, spans)) sentenceTerms(article.text, sentence.start, sentence.end, counter, contentWords);
  const terms = counter.counted();
  const key = digest(spans.map((s) => article.text.slice(s.start, s.end)).join('\n'));
  const day = publicationDay(article);
  return { id: article.id, key, terms, contentWords: contentWords.copy(), ...(day === undefined ? {} : { day }) };
}
