import type { AnnotatedArticle, Rejected, Story, StoryReport } from '../model.ts';
import type { GroupingState } from '../compare/online/state.ts';

/** What `analyze` keeps between runs. SQLite implements it now; PostgreSQL can later. */
export interface Store {
  /** Stores an annotated article; `false` when that id was already stored (its annotations are refreshed). */
  putArticle(article: AnnotatedArticle): boolean;
  getArticle(id: string): AnnotatedArticle | undefined;
  /** All stored articles, by id. */
  articles(): AnnotatedArticle[];
  /** Replaces the stories and their reports, in one transaction. */
  replaceStories(stories: readonly Story[], reports: readonly StoryReport[]): void;
  stories(): Story[];
  report(storyId: string): StoryReport | undefined;
  /** Records a rejected input; `false` when the same input was already rejected for the same reason. */
  putRejected(rejected: Rejected): boolean;
  rejected(): Rejected[];
  /** The saved story-grouping state, or undefined when none is saved. */
  grouping(): GroupingState | undefined;
  /** Saves changed grouping rows (`takeChanges`); a state of another version replaces the saved one. */
  saveGrouping(changes: GroupingState): void;
  /** Records a user's decision on stories (merge, split), for the record. */
  putDecision(decision: StoryDecision): void;
  decisions(): StoryDecision[];
  counts(): StoreCounts;
  /** Runs `fn` in one transaction: all of it is committed, or none. */
  transaction<T>(fn: () => T): T;
  close(): void;
}

export interface StoreCounts {
  readonly articles: number;
  readonly stories: number;
  readonly rejected: number;
}

/** A user's decision on stories: two articles' stories merged, or one article split out. */
export interface StoryDecision {
  readonly kind: 'merge' | 'split';
  readonly articles: readonly string[];
  /** When it was taken (ISO). */
  readonly at: string;
}
