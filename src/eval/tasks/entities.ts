import { performance } from 'node:perf_hooks';
import { annotateAll } from '../../analyze.ts';
import type { AnnotatedArticle, EntityType, Span } from '../../model.ts';
import { loadEcbEntities, type EntityArticle, type GoldMention } from '../ecbplus-entities.ts';
import type { EvalTask } from '../types.ts';

/**
 * Entity finding and typing scored on ECB+ (see `ecbplus-entities.ts`). Only gold mentions that
 * are names count (pronouns and common nouns such as "her rep" are not ours to find), typed
 * person (HUMAN_PART_PER), organization (HUMAN_PART_ORG) or place (LOC_GEO, LOC_FAC,
 * HUMAN_PART_GPE); gold names outside the sentences the pipeline reads (the title line) are left
 * out and counted in `gold_names_unread`.
 *
 * - mention_recall: gold names overlapped by one of our stated entity mentions;
 * - type_accuracy: among those, the ones whose entity (the mention overlapping most) has the gold
 *   type; `<type>_recall` and `<type>_type_accuracy` per gold type;
 * - precision_annotated_sentences: our stated mentions that overlap a gold participant or
 *   location markable of any kind, among our mentions in sentences that hold at least one gold
 *   markable. ECB+ annotates only the participants of selected events in selected sentences, so
 *   names it leaves out count as errors here: an estimate from below.
 */

export interface PredictedMention extends Span {
  readonly type: EntityType;
  readonly name: string;
}

export interface GoldJudgment {
  readonly gold: GoldMention;
  /** Our mention overlapping the gold name most, if any. */
  readonly match?: PredictedMention;
}

export interface ArticleJudgment {
  readonly golds: readonly GoldJudgment[];
  /** Our mentions inside annotated sentences, and whether each overlaps a participant markable. */
  readonly predictions: readonly { readonly mention: PredictedMention; readonly correct: boolean }[];
  readonly unread: number;
}

const overlap = (a: Span, b: Span) => Math.min(a.end, b.end) - Math.max(a.start, b.start);
const inside = (inner: Span, outer: Span) => outer.start <= inner.start && inner.end <= outer.end;

/** Our stated mentions (role phrases such as "the president" are inferred and left out). */
export function predictedMentions(article: Pick<AnnotatedArticle, 'entities'>): PredictedMention[] {
  return article.entities.flatMap((e) =>
    e.mentions.filter((m) => !m.inferred).map((m) => ({ start: m.start, end: m.end, type: e.type, name: e.name })),
  );
}

/** The gold names of one article matched against our mentions, and our mentions judged. */
export function judgeArticle(gold: EntityArticle, annotated: Pick<AnnotatedArticle, 'entities' | 'sentences'>): ArticleJudgment {
  const predicted = predictedMentions(annotated);
  const names = gold.gold.filter((g) => g.name);
  const read = names.filter((g) => annotated.sentences.some((s) => inside(g, s)));
  const golds = read.map((g) => {
    const match = predicted
      .filter((p) => overlap(p, g) > 0)
      .sort((a, b) => overlap(b, g) - overlap(a, g) || a.start - b.start)[0];
    return match === undefined ? { gold: g } : { gold: g, match };
  });
  const predictions = predicted
    .filter((p) => gold.annotatedSentences.some((s) => overlap(p, s) > 0))
    .map((mention) => ({ mention, correct: gold.participants.some((s) => overlap(mention, s) > 0) }));
  return { golds, predictions, unread: names.length - read.length };
}

const ratio = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);

/** The metrics over all judged articles. */
export function entityMetrics(judgments: readonly ArticleJudgment[]): Record<string, number> {
  const golds = judgments.flatMap((j) => j.golds);
  const predictions = judgments.flatMap((j) => j.predictions);
  const rates = (list: readonly GoldJudgment[]) => {
    const matched = list.filter((g) => g.match !== undefined);
    const typed = matched.filter((g) => g.match?.type === g.gold.type);
    return { recall: ratio(matched.length, list.length), typeAccuracy: ratio(typed.length, matched.length) };
  };
  const all = rates(golds);
  const metrics: Record<string, number> = {
    mention_recall: all.recall,
    type_accuracy: all.typeAccuracy,
    precision_annotated_sentences: ratio(predictions.filter((p) => p.correct).length, predictions.length),
  };
  for (const type of ['person', 'organization', 'place'] as const) {
    const own = rates(golds.filter((g) => g.gold.type === type));
    metrics[`${type}_recall`] = own.recall;
    metrics[`${type}_type_accuracy`] = own.typeAccuracy;
  }
  metrics.gold_names = golds.length;
  metrics.gold_names_unread = judgments.reduce((sum, j) => sum + j.unread, 0);
  return metrics;
}

/** Judges every article of the set after running the whole per-article pipeline on it. */
export function judgeDataset(dataDir: string, now: string): ArticleJudgment[] {
  const set = loadEcbEntities(dataDir);
  const annotated = annotateAll(
    set.map((s) => s.article),
    { now },
  );
  return set.map((s, i) => judgeArticle(s, annotated[i] as AnnotatedArticle));
}

export const entitiesTask: EvalTask = {
  name: 'entities',
  dataset: 'ecbplus-dev',
  run(dataDir) {
    const began = performance.now();
    const judgments = judgeDataset(dataDir, new Date().toISOString());
    return Promise.resolve({
      task: 'entities',
      dataset: 'ecbplus-dev',
      metrics: entityMetrics(judgments),
      articles: judgments.length,
      seconds: (performance.now() - began) / 1000,
    });
  },
};
