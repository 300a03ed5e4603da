import type { StoryIndex } from '../compare/online/story-index.ts';
import type { AnnotatedArticle, Story, StoryReport } from '../model.ts';

/**
 * What every stage may read besides its input. Stages after ingest are pure: the reference time
 * ("now" for this run, used e.g. to refuse future dates) comes from here, never from the clock.
 */
export interface Context {
  /** ISO 8601 date-time of the run. */
  readonly now: string;
  /** Called after each stage when tracing is on (`--trace <stage>`). */
  readonly trace?: (stage: string, value: unknown) => void;
}

/** A per-article stage: takes the article as built so far and returns it with more annotations. */
export interface ArticleStage {
  readonly name: string;
  run(article: AnnotatedArticle, ctx: Context): AnnotatedArticle;
}

/** All articles of a run, their stories and the stories' reports. */
export interface Corpus {
  readonly articles: readonly AnnotatedArticle[];
  readonly stories: readonly Story[];
  readonly reports: readonly StoryReport[];
  /**
   * The grouping state to continue from (restored from a store): grouping adds the articles it does
   * not hold yet and keeps its stories and users' decisions. Without it, grouping starts afresh.
   */
  readonly grouping?: StoryIndex;
}

/** A stage over the whole corpus: grouping, inference across articles, synthesis. */
export interface CorpusStage {
  readonly name: string;
  run(corpus: Corpus, ctx: Context): Corpus;
}
