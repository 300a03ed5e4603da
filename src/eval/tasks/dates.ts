/**
 * Dates on TimeBank/AQUAINT: the body of each TimeML document goes through the article pipeline
 * with its creation day as `publishedAt` (the DCT is not part of the body, so it is never scored),
 * and `article.dates` is scored against the gold TIMEX3 of type DATE.
 * - span recall: gold DATEs overlapped by a predicted date;
 * - span precision: predicted dates overlapping a gold DATE or TIME (one overlapping only a
 *   DURATION or SET, or nothing, is a false positive);
 * - value accuracy: over matched gold DATEs with a calendar value, ours (the predicted date that
 *   overlaps the gold most) must be at least as precise as the gold and, reduced to the gold's
 *   precision, equal it ("1998-02-14" is right for gold "1998-02", "1998-02" is wrong for gold
 *   "1998-02-14"). Gold PAST_REF, PRESENT_REF, FUTURE_REF, seasons and the like are counted in
 *   `value_excluded` instead.
 * `span_recall_calendar` is the recall over the gold DATEs that have a calendar value, the ones a
 * `DateMention` can express ("now" and "recently" cannot).
 */
import { performance } from 'node:perf_hooks';
import { annotateAll } from '../../analyze.ts';
import { formatValue } from '../../annotate/dates/mention.ts';
import { addDays, weekdayOf, type Day } from '../../annotate/dates/reference.ts';
import type { DateMention, Precision, RawArticle, Span } from '../../model.ts';
import { overlapLength, overlaps, overlapsAny } from '../../span.ts';
import { calendarValue, loadTimeBank, type Timex, type TimeMLDocument } from '../timebank.ts';
import type { EvalTask } from '../types.ts';

/** Coarsest first: a value can be reduced to any precision at or before its own. */
const PRECISION_ORDER: readonly Precision[] = ['decade', 'year', 'quarter', 'month', 'week', 'day'];

/** The first day a calendar value covers (a week by its Thursday, which fixes its month and ISO year). */
export function representativeDay(value: string, precision: Precision): Day | null {
  const numbers = (value.match(/\d+/gu) ?? []).map(Number);
  const [year = Number.NaN, second = 1, third = 1] = numbers;
  if (Number.isNaN(year)) return null;
  switch (precision) {
    case 'day':
      return { year, month: second, day: third };
    case 'month':
      return { year, month: second, day: 1 };
    case 'quarter':
      return { year, month: second * 3 - 2, day: 1 };
    case 'year':
      return { year, month: 1, day: 1 };
    case 'decade':
      return { year: year * 10, month: 1, day: 1 };
    case 'ref':
      return null;
    case 'week': {
      const fourthOfJanuary = { year, month: 1, day: 4 };
      const mondayOfWeekOne = addDays(fourthOfJanuary, -((weekdayOf(fourthOfJanuary) + 6) % 7));
      return addDays(mondayOfWeekOne, (second - 1) * 7 + 3);
    }
  }
}

/** Our value reduced to a coarser (or equal) precision, or null when ours is the coarser one. */
export function reduceValue(value: string, from: Precision, to: Precision): string | null {
  if (from === 'ref' || to === 'ref') return from === to ? value : null;
  if (PRECISION_ORDER.indexOf(from) < PRECISION_ORDER.indexOf(to)) return null;
  if (from === to) return value;
  const day = representativeDay(value, from);
  return day === null ? null : formatValue(day.year, day.month, day.day, to);
}

export type DateOutcomeKind = 'miss' | 'false-positive' | 'right-value' | 'wrong-value' | 'value-excluded';

/** One scored item, kept so that errors can be read and counted. */
export interface DateOutcome {
  readonly kind: DateOutcomeKind;
  readonly document: string;
  readonly gold?: Timex;
  readonly predicted?: DateMention;
}

/** The prediction sharing the most characters with `gold`, the earliest on a tie. */
export function bestOverlap(gold: Span, predicted: readonly DateMention[]): DateMention | null {
  let best: DateMention | null = null;
  for (const date of predicted) {
    if (overlaps(date, gold) && (best === null || overlapLength(date, gold) > overlapLength(best, gold))) best = date;
  }
  return best;
}

/** How one matched gold DATE's value fares. */
export function valueOutcome(gold: Timex, ours: DateMention): 'right-value' | 'wrong-value' | 'value-excluded' {
  if (/^(?:PAST|PRESENT|FUTURE)_REF$/.test(gold.value)) return ours.value === gold.value ? 'right-value' : 'wrong-value';
  const expected = calendarValue(gold.value);
  if (expected === null) return 'value-excluded';
  return reduceValue(ours.value, ours.precision, expected.precision) === expected.value ? 'right-value' : 'wrong-value';
}

/** Every outcome of one document: gold DATEs (matched or missed) and false-positive predictions. */
export function scoreDocument(document: string, timexes: readonly Timex[], predicted: readonly DateMention[]): DateOutcome[] {
  const outcomes: DateOutcome[] = [];
  for (const gold of timexes.filter((t) => t.type === 'DATE')) {
    const ours = bestOverlap(gold, predicted);
    outcomes.push(ours === null ? { kind: 'miss', document, gold } : { kind: valueOutcome(gold, ours), document, gold, predicted: ours });
  }
  const pointInTime = timexes.filter((t) => t.type === 'DATE' || t.type === 'TIME');
  for (const date of predicted) {
    if (!overlapsAny(date, pointInTime)) outcomes.push({ kind: 'false-positive', document, predicted: date });
  }
  return outcomes;
}

const ratio = (part: number, whole: number): number => (whole === 0 ? 0 : part / whole);

/** The task's metrics from all outcomes and the number of predicted dates. */
export function dateMetrics(outcomes: readonly DateOutcome[], predictedCount: number): Record<string, number> {
  const count = (kind: DateOutcomeKind): number => outcomes.filter((o) => o.kind === kind).length;
  const gold = outcomes.filter((o) => o.gold !== undefined).length;
  const matched = gold - count('miss');
  const recall = ratio(matched, gold);
  const precision = ratio(predictedCount - count('false-positive'), predictedCount);
  const valueScored = count('right-value') + count('wrong-value');
  const calendar = outcomes.filter((o) => o.gold !== undefined && calendarValue(o.gold.value) !== null);
  const calendarMatched = calendar.filter((o) => o.kind !== 'miss').length;
  return {
    span_recall: recall,
    span_recall_calendar: ratio(calendarMatched, calendar.length),
    span_precision: precision,
    span_f1: ratio(2 * precision * recall, precision + recall),
    value_accuracy: ratio(count('right-value'), valueScored),
    matched,
    gold,
    predicted: predictedCount,
    value_scored: valueScored,
    value_excluded: count('value-excluded'),
    gold_calendar: calendar.length,
  };
}

/** A TimeML document as the pipeline's input: its body, dated by its creation day. */
export function toRawArticle(document: TimeMLDocument): RawArticle {
  return {
    id: document.id,
    path: document.path,
    text: document.text,
    publishedAt: document.creationTime.slice(0, 10),
    ...(document.title === undefined ? {} : { title: document.title }),
  };
}

/** Annotates the documents and scores their dates. */
export function evaluateDates(documents: readonly TimeMLDocument[], now: string): { outcomes: DateOutcome[]; metrics: Record<string, number> } {
  const articles = annotateAll(documents.map(toRawArticle), { now });
  const outcomes = documents.flatMap((doc, i) => scoreDocument(doc.id, doc.timexes, articles[i]?.dates ?? []));
  const predictedCount = articles.reduce((sum, article) => sum + article.dates.length, 0);
  return { outcomes, metrics: dateMetrics(outcomes, predictedCount) };
}

export const datesTask: EvalTask = {
  name: 'dates',
  dataset: 'timebank-aquaint',
  run(dataDir) {
    const began = performance.now();
    const documents = loadTimeBank(dataDir);
    const { metrics } = evaluateDates(documents, new Date().toISOString());
    return Promise.resolve({
      task: 'dates',
      dataset: 'timebank-aquaint',
      metrics,
      articles: documents.length,
      seconds: (performance.now() - began) / 1000,
    });
  },
};
