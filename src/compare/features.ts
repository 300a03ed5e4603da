import { createHash } from 'node:crypto';
import type { AnnotatedArticle, Span } from '../model.ts';
import { subtract } from '../annotate/sentences.ts';
import { stem } from './stem.ts';
import { isStopword } from '../lexicon/stopwords.ts';
import { isCapitalised, isNumber, normaliseNumber, wordsIn, type TextToken } from './tokens.ts';

/**
 * What grouping knows of one article: raw term counts in namespaces ("w:" content stems,
 * "e:" name words, "n:" numbers, "d:" months of resolved dates), the publication day when known,
 * and a key derived from the content alone so that ties never depend on ids or input order.
 */
export interface ArticleFeatures {
  readonly id: string;
  readonly key: string;
  readonly terms: ReadonlyMap<string, number>;
  /** Days since 1970-01-01 of the publication date, when known. */
  readonly day?: number;
}

/** Counts contributed by one title word, relative to one occurrence in the body. */
const titleWordCount = 2;
/** The lead (first sentences) states who, what, where and when: its words count this much more. */
const leadSentences = 2;
const leadWordCount = 2;

/** The spans grouping reads: the sentences, or else everything not marked as boilerplate. */
export function contentSpans(article: AnnotatedArticle): Span[] {
  if (article.sentences.length > 0) return article.sentences.map(({ start, end }) => ({ start, end }));
  return subtract({ start: 0, end: article.text.length }, article.removed);
}

export function contentText(article: AnnotatedArticle): string {
  return contentSpans(article)
    .map((s) => article.text.slice(s.start, s.end))
    .join('\n');
}

function add(terms: Map<string, number>, term: string, count = 1): void {
  terms.set(term, (terms.get(term) ?? 0) + count);
}

function isContentWord(lower: string): boolean {
  return lower.length >= 2 && !isStopword(lower) && /\p{L}/u.test(lower);
}

/** Content words, lowercased and stemmed, stopwords dropped. */
export function wordTerms(tokens: readonly TextToken[], terms: Map<string, number>, count = 1): void {
  for (const token of tokens) {
    const lower = token.value.toLowerCase();
    if (!isNumber(lower) && isContentWord(lower)) add(terms, `w:${stem(lower)}`, count);
  }
}

/** Numbers of two digits or more (years, counts, ages): single digits say little. */
export function numberTerms(tokens: readonly TextToken[], terms: Map<string, number>): void {
  for (const token of tokens) {
    if (isNumber(token.value) && token.value.length >= 2) add(terms, `n:${normaliseNumber(token.value)}`);
  }
}

/** A headline-like line ("Man Arrested After Bank Raid") where capitals do not mark names. */
export function isTitleCase(tokens: readonly TextToken[]): boolean {
  const words = tokens.filter((t) => !isNumber(t.value) && t.value.length > 3);
  return words.length >= 3 && words.filter((t) => isCapitalised(t.value)).length / words.length > 0.6;
}

/**
 * Name words when no entity annotation exists: runs of capitalised words, except a lone
 * capitalised word opening a sentence (an ordinary word, most of the time).
 */
export function capitalisedNameTerms(tokens: readonly TextToken[], terms: Map<string, number>): void {
  if (isTitleCase(tokens)) return;
  let run: TextToken[] = [];
  const flush = (): void => {
    const opensSentence = run[0] === tokens[0];
    if (run.length >= 2 || (run.length === 1 && !opensSentence)) {
      for (const t of run) {
        const lower = t.value.toLowerCase();
        if (isContentWord(lower)) add(terms, `e:${lower.replace(/['’]s$/u, '')}`);
      }
    }
    run = [];
  };
  for (const token of tokens) {
    if (isCapitalised(token.value)) run.push(token);
    else flush();
  }
  flush();
}

/** Name words of annotated entities, once per mention. */
export function entityNameTerms(article: AnnotatedArticle, terms: Map<string, number>): void {
  for (const entity of article.entities) {
    for (const mention of entity.mentions) {
      for (const token of wordsIn(article.text, mention)) {
        const lower = token.value.toLowerCase();
        if (isCapitalised(token.value) && isContentWord(lower)) add(terms, `e:${lower.replace(/['’]s$/u, '')}`);
      }
    }
  }
}

/** Months the article's resolved dates point at ("d:2009-11"): two events rarely share them. */
export function dateTerms(article: AnnotatedArticle, terms: Map<string, number>): void {
  for (const date of article.dates) {
    if (/^\d{4}-\d{2}/u.test(date.value)) add(terms, `d:${date.value.slice(0, 7)}`);
  }
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
  spans.forEach((span, i) => {
    const tokens = wordsIn(article.text, span);
    wordTerms(tokens, terms, i < leadSentences ? leadWordCount : 1);
    numberTerms(tokens, terms);
    if (article.entities.length === 0) capitalisedNameTerms(tokens, terms);
  });
  if (article.entities.length > 0) entityNameTerms(article, terms);
  const title = article.meta.title?.value;
  if (title !== undefined) wordTerms(wordsIn(title, { start: 0, end: title.length }), terms, titleWordCount);
  dateTerms(article, terms);
  const key = createHash('sha256').update(contentText(article)).digest('hex');
  const day = publicationDay(article);
  return { id: article.id, key, terms, ...(day === undefined ? {} : { day }) };
}
