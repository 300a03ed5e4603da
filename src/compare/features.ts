import { createHash } from 'node:crypto';
import type { AnnotatedArticle, Span } from '../model.ts';
import { subtract } from '../annotate/sentences.ts';
import { stem } from './stem.ts';
import { isStopword } from '../lexicon/stopwords.ts';
import { isCapitalised, isNumber, normaliseNumber, wordsIn, type TextToken } from './tokens.ts';

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

function isContentWord(lower: string): boolean {
  return lower.length >= 2 && !isStopword(lower) && /\p{L}/u.test(lower);
}

/** Content words, lowercased and stemmed, stopwords dropped. */
export function wordTerms(tokens: readonly TextToken[], terms: Map<string, number>): void {
  for (const token of tokens) {
    const lower = token.value.toLowerCase();
    if (!isNumber(lower) && isContentWord(lower)) add(terms, `w:${stem(lower)}`);
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
 * Name words of one sentence: runs of capitalised words, except a lone capitalised word opening
 * the sentence (an ordinary word, most of the time).
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

/** The terms of one sentence (the title counts as one, no more). */
function sentenceTerms(tokens: readonly TextToken[], terms: Map<string, number>): void {
  wordTerms(tokens, terms);
  numberTerms(tokens, terms);
  capitalisedNameTerms(tokens, terms);
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
  if (title !== undefined) sentenceTerms(wordsIn(title, { start: 0, end: title.length }), terms);
  for (const sentence of roughSentences(article.text, spans)) sentenceTerms(wordsIn(article.text, sentence), terms);
  const key = createHash('sha256').update(spans.map((s) => article.text.slice(s.start, s.end)).join('\n')).digest('hex');
  const day = publicationDay(article);
  return { id: article.id, key, terms, ...(day === undefined ? {} : { day }) };
}
