/**
 * The `quantities` stage: numbers with what they count or measure, inside sentences only.
 *
 *   01-numbers  digits, currency signs, scales, number words, vague counts
 *   02-guards   years, days of dates, times, digit groups, numbers inside names are not quantities
 *   03-units    "%", currencies, the counted noun after adjectives and compounds
 *   04-ranges   the first number of a range shares the unit of the second
 */
import type { AnnotatedArticle, Quantity } from '../../model.ts';
import type { ArticleStage } from '../../pipeline/stage.ts';
import type { Token } from '../nlp.ts';
import { tokensIn } from '../nlp.ts';
import { readNumber } from './01-numbers.ts';
import { isNotQuantity } from './02-guards.ts';
import { isRelativeTime, readUnit } from './03-units.ts';
import { shareRangeUnits } from './04-ranges.ts';

const STAGE = 'quantities';

/** The quantities of one sentence's tokens. */
export function quantitiesOfTokens(text: string, tokens: readonly Token[]): Quantity[] {
  const found: Quantity[] = [];
  let i = 0;
  while (i < tokens.length) {
    const read = readNumber(tokens, i);
    if (read === undefined || isNotQuantity(tokens, read)) {
      i = read === undefined ? i + 1 : read.last + 1;
      continue;
    }
    const unit = readUnit(tokens, read);
    const counted = unit.unit !== undefined && !isRelativeTime(tokens, unit);
    if (counted || !read.inWords) {
      const start = (tokens[read.first] as Token).start;
      const end = (tokens[counted ? unit.last : read.last] as Token).end;
      found.push({
        start,
        end,
        text: text.slice(start, end),
        value: read.value,
        ...(counted ? { unit: unit.unit } : {}),
        ...(read.vague ? { vague: true } : {}),
        by: STAGE,
        inferred: false,
      });
    }
    i = (counted ? unit.last : read.last) + 1;
  }
  return shareRangeUnits(text, found);
}

export function articleQuantities(article: AnnotatedArticle): Quantity[] {
  return article.sentences.flatMap((s) => quantitiesOfTokens(article.text, tokensIn(article, s)));
}

export const findQuantities: ArticleStage = {
  name: STAGE,
  run(article) {
    return { ...article, quantities: articleQuantities(article) };
  },
};
