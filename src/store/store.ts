import type { AnnotatedArticle, Rejected, Story, StoryReport } from '../model.ts';

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
