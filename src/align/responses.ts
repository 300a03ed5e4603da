/**
 * How a party asked to react answered: one outlet reports no comment (asked, no answer yet),
 * another quotes a statement from the same party. An `other` discrepancy: the outlets may
 * have written at different times, but a reader should know both.
 */
import type { Discrepancy, Evidence } from '../model.ts';
import { sortIds } from './articles.ts';
import type { SentenceUnit } from './units.ts';

/** "reached out to X for comment", "did not immediately respond to a request", "declined to comment". */
const noComment =
  /\b(?:(?:reached out to|contacted|asked)\b[^.;]{0,80}\bfor (?:a )?comment|did not (?:immediately )?(?:respond|reply|return|comment)\b|has not (?:yet )?(?:responded|replied|commented)|declined to comment|no immediate comment|(?:could not|couldn't) be reached for comment)/iu;
/** "a statement said", "said in a statement", "a spokesperson said". */
const statement = /\b(?:statement|spokes(?:person|man|woman)|press secretary)\b/iu;

export type Answer = 'no comment' | 'a statement';

export function answerOf(text: string): Answer | undefined {
  if (noComment.test(text)) return 'no comment';
  return statement.test(text) ? 'a statement' : undefined;
}

interface AnswerReading {
  readonly unit: SentenceUnit;
  readonly answer: Answer;
}

/**
 * The parties (story entity ids of people and organisations) reported as not commenting in some
 * articles and as answering with a statement in others, with the readings of each side.
 */
export function responseDiscrepancies(units: readonly SentenceUnit[], nameOf: (entity: string) => string, articleOrder: readonly string[]): Discrepancy[] {
  const readings: AnswerReading[] = units.flatMap((unit) => {
    const answer = answerOf(unit.text);
    return answer === undefined ? [] : [{ unit, answer }];
  });
  const parties = [...new Set(readings.filter((r) => r.answer === 'no comment').flatMap((r) => [...r.unit.actors]))].sort();
  const found: Discrepancy[] = [];
  for (const party of parties) {
    const about = readings.filter((r) => r.unit.actors.has(party));
    const silent = about.filter((r) => r.answer === 'no comment');
    const spoke = about.filter((r) => r.answer === 'a statement' && !silent.some((s) => s.unit.article === r.unit.article));
    if (spoke.length === 0 || silent.length === 0) continue;
    found.push({
      kind: 'other',
      about: `The answer of ${nameOf(party)}: no comment in some outlets, a statement in others`,
      values: [silent, spoke].map((list) => ({
        value: list[0]?.answer ?? '',
        articles: sortIds(
          list.map((r) => r.unit.article),
          articleOrder,
        ),
        evidence: list.map((r): Evidence => ({ article: r.unit.article, start: r.unit.start, end: r.unit.end })),
      })),
    });
  }
  return found;
}
