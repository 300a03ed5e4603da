import type { AnnotatedArticle, DateMention, Span } from '../../model.ts';
import type { ArticleStage } from '../../pipeline/stage.ts';
import { parseDates } from './chrono.ts';
import { yearAgoInQuarterArticle } from './folds/01-year-ago-quarter.ts';
import { anaphoricDates } from './folds/02-anaphoric.ts';
import { toDateMention } from './mention.ts';
import { referenceWords } from './parsers/07-reference-words.ts';
import { dropOverlaps } from '../../span.ts';
import { referenceDate } from './reference.ts';

/**
 * Some of chrono's refiners re-read the whole text before each result, so a long sentence is
 * parsed in windows of at most this many characters, cut at a space.
 */
const WINDOW = 1000;

/** `span` cut into windows of at most `max` characters, each ending at a space when there is one. */
export function windows(text: string, span: Span, max = WINDOW): Span[] {
  const parts: Span[] = [];
  let start = span.start;
  while (span.end - start > max) {
    const cut = text.lastIndexOf(' ', start + max);
    const end = cut > start + max / 2 ? cut : start + max;
    parts.push({ start, end });
    start = end;
  }
  parts.push({ start, end: span.end });
  return parts;
}

/**
 * Words without which no parser here finds anything: digits, month and weekday names, calendar
 * nouns and the words of relative and reference expressions. Most sentences of a news article
 * have one; those that do not are not given to chrono, which costs by the call.
 */
const DATE_TRIGGER =
  /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|(?:mon|tues|wednes|thurs|fri|satur|sun)day|\b(?:today|tonight|tomorrow|yesterday|now|current|nowadays|present|recent|future|past|week|month|year|quarter|period|decade|century|spring|summer|autumn|fall|winter|noon|midnight|morning|afternoon|evening|night|day|weekend)/i;

export const mayHoldDate = (text: string): boolean => DATE_TRIGGER.test(text);

/**
 * Temporal expressions inside the article's sentences, resolved against its publication date.
 * Without a publication date there is nothing to resolve against: no dates (the corpus stage that
 * infers the date re-runs this stage).
 */
export function findDates(article: AnnotatedArticle): DateMention[] {
  const published = article.meta.publishedAt?.value;
  const ref = published === undefined ? null : referenceDate(published);
  if (ref === null) return [];
  const dates: DateMention[] = [];
  for (const part of article.sentences.flatMap((s) => windows(article.text, s))) {
    const text = article.text.slice(part.start, part.end);
    if (!mayHoldDate(text)) continue;
    for (const result of parseDates(text, ref)) {
      const mention = toDateMention(result, part.start);
      if (mention) dates.push(mention);
    }
    dates.push(...referenceWords(article.text, part));
  }
  const calendarFirst = (d: DateMention) => (d.precision === 'ref' ? 0 : 1);
  const resolved = yearAgoInQuarterArticle(dropOverlaps(dates, calendarFirst));
  const anaphoric = anaphoricDates(article.text, article.sentences, resolved);
  return anaphoric.length === 0 ? resolved : dropOverlaps([...resolved, ...anaphoric], calendarFirst);
}

export const resolveDates: ArticleStage = {
  name: 'dates',
  run(article) {
    return { ...article, dates: findDates(article) };
  },
};
