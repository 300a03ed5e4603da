import type { AnnotatedArticle, Span } from '../../src/model.ts';
import { capitalisedNameTerms, contentSpans, wordsOf } from '../../src/compare/features.ts';
import { NO_TERM, TermCounter, wordInfo } from '../../src/compare/word-terms.ts';

const LINE = /[^\n]+/gu;
const SENTENCE_END = /[.!?]["”’]?\s+(?=["“‘]?\p{Lu})/gu;

/**
 * The reference for the sentences grouping features read: lines, cut after a full stop, question
 * or exclamation mark that a capital follows (what `startsSentence` tells while scanning).
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

/** The term counts of an article read with the regex tokenizer, sentence by reference sentence. */
export function referenceTerms(article: AnnotatedArticle): Map<string, number> {
  const expected = new Map<string, number>();
  const title = article.meta.title?.value;
  const sentences = roughSentences(article.text, contentSpans(article)).map((s) => wordsOf(article.text, s.start, s.end));
  for (const words of title === undefined ? sentences : [wordsOf(title), ...sentences]) {
    for (const word of words) {
      const counter = new TermCounter();
      const term = wordInfo(word).term;
      if (term !== NO_TERM) counter.add(term);
      counter.addTo(expected);
    }
    capitalisedNameTerms(words, expected);
  }
  return expected;
}
