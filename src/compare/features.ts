import { createHash } from 'node:crypto';
import type { AnnotatedArticle, Span } from '../model.ts';
import { subtract } from '../annotate/sentences.ts';
import { WORD_PATTERN } from './tokens.ts';
import type { WordInfo } from './word-terms.ts';
import { wordInfo } from './word-terms.ts';

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
  readonly terms: ReadonlyMap<string, number>;
  /** Days since 1970-01-01 of the publication date, when known. */
  readonly day?: number;
}

/** The spans grouping reads: the text without its boilerplate and title line. */
export function contentSpans(article: AnnotatedArticle): Span[] {
  const excluded = article.titleSpan === undefined ? article.removed : [...article.removed, article.titleSpan];
  return subtract({ start: 0, end: article.text.length }, excluded).filter((s) => /\S/u.test(article.text.slice(s.start, s.end)));
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

function add(terms: Map<string, number>, term: string): void {
  terms.set(term, (terms.get(term) ?? 0) + 1);
}

/** Content words, lowercased and stemmed, stopwords dropped. */
export function wordTerms(words: readonly string[], terms: Map<string, number>): void {
  for (const word of words) {
    const info = wordInfo(word);
    if (info.term !== null && info.term.startsWith('w:')) add(terms, info.term);
  }
}

/** Numbers of two digits or more (years, counts, ages): single digits say little. */
export function numberTerms(words: readonly string[], terms: Map<string, number>): void {
  for (const word of words) {
    const info = wordInfo(word);
    if (info.term !== null && info.term.startsWith('n:')) add(terms, info.term);
  }
}

/** A headline-like line ("Man Arrested After Bank Raid") where capitals do not mark names. */
export function isTitleCase(words: readonly string[]): boolean {
  return titleCase(words.map(wordInfo));
}

function titleCase(infos: readonly WordInfo[]): boolean {
  let long = 0;
  let capitalised = 0;
  for (const info of infos) {
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
  nameTerms(words.map(wordInfo), terms);
}

function nameTerms(infos: readonly WordInfo[], terms: Map<string, number>): void {
  if (titleCase(infos)) return;
  let runStart = -1;
  const flush = (end: number): void => {
    const length = end - runStart;
    if (runStart >= 0 && (length >= 2 || runStart > 0)) {
      for (let i = runStart; i < end; i++) {
        const name = infos[i]!.name;
        if (name !== null) add(terms, name);
      }
    }
    runStart = -1;
  };
  infos.forEach((info, i) => {
    if (info.capitalised) {
      if (runStart < 0) runStart = i;
    } else flush(i);
  });
  flush(infos.length);
}

/** The words and numbers of `text[start, end)`. */
export function wordsOf(text: string, start = 0, end = text.length): string[] {
  return text.slice(start, end).match(WORD_PATTERN) ?? [];
}

/** The terms of one sentence (the title counts as one, no more). */
function sentenceTerms(words: readonly string[], terms: Map<string, number>): void {
  const infos = words.map(wordInfo);
  for (const info of infos) if (info.term !== null) add(terms, info.term);
  nameTerms(infos, terms);
}

export function publicationDay(article: AnnotatedArticle): number | undefined {
  const value = article.meta.publishedAt?.value;
  if (value === undefined) return undefined;
  const ms = Date.parse(value.slice(0, 10));
  return Number.isNaN(ms) ? undefined : Math.floor(ms / 86_400_000);
}

export function articleFeatures(article: AnnotatedArticle): ArticleFeatures {
  const terms = new Map<string, number>();
  const spans = contentSpans(article);
  const title = article.meta.title?.value;
  if (title !== undefined) sentenceTerms(wordsOf(title), terms);
  for (const sentence of roughSentences(article.text, spans)) sentenceTerms(wordsOf(article.text, sentence.start, sentence.end), terms);
  const key = createHash('sha256').update(spans.map((s) => article.text.slice(s.start, s.end)).join('\n')).digest('hex');
  const day = publicationDay(article);
  return { id: article.id, key, terms, ...(day === undefined ? {} : { day }) };
}
