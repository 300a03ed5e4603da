/**
 * The language (ISO 639-1): the input's, else the page's `lang`, else eld's guess on the content
 * (the text minus removed boilerplate and the title). Too little text, or no guess, stays null.
 */
import { eld } from 'eld/small';
import type { AnnotatedArticle } from '../model.ts';
import type { ArticleStage } from '../pipeline/stage.ts';
import { contentLines } from './lines.ts';
import { metaValue } from './meta-value.ts';
import { subtract } from '../annotate/sentences.ts';

const STAGE = 'language';
const MIN_LETTERS = 20;
/** eld is as sure from the first paragraphs as from the whole article, and costs by the character. */
const MAX_SAMPLE = 1000;

const detector = eld;

/** "en-US", "EN_gb", "en" -> "en"; null when it is not a language tag. */
export function primaryLanguage(tag: string): string | null {
  const m = /^([a-z]{2,3})(?:[-_][a-z0-9]{1,8})*$/i.exec(tag.trim());
  return m?.[1] ? m[1].toLowerCase() : null;
}

/** The content the guess is made on: lines minus removed spans, joined. */
export function contentSample(article: AnnotatedArticle): string {
  return contentLines(article)
    .flatMap((line) => subtract(line, article.removed))
    .map((span) => article.text.slice(span.start, span.end))
    .join('\n')
    .slice(0, MAX_SAMPLE);
}

const LETTER = /^\p{L}$/u;

/** True when `sample` holds at least `min` letters (code points), counted only as far as needed. */
export function hasLetters(sample: string, min: number): boolean {
  let letters = 0;
  for (const char of sample) {
    if (LETTER.test(char) && ++letters >= min) return true;
  }
  return letters >= min;
}

export function guessLanguage(sample: string): string | null {
  if (!hasLetters(sample, MIN_LETTERS)) return null;
  const language = detector.detect(sample).language;
  return language === '' ? null : language;
}

export const detectLanguage: ArticleStage = {
  name: STAGE,
  run(article: AnnotatedArticle): AnnotatedArticle {
    const given = article.input.language === undefined ? null : primaryLanguage(article.input.language);
    if (given) return { ...article, meta: { ...article.meta, language: metaValue(given, STAGE, 'input', false) } };
    if (article.meta.language) return article;
    const guess = guessLanguage(contentSample(article));
    return { ...article, meta: { ...article.meta, language: guess === null ? null : metaValue(guess, STAGE, 'eld', true) } };
  },
};
