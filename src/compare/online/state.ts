/** The story index as plain rows: what a store keeps between runs so that new articles join old stories. */

export interface TermRow {
  readonly id: number;
  readonly term: string;
  /** How many indexed articles hold the term (0: the term was forgotten, its row goes). */
  readonly df: number;
}

export interface ArticleRow {
  readonly slot: number;
  readonly id: string;
  readonly key: string;
  readonly day: number | null;
  /** The story slot the article is in. */
  readonly story: number;
  readonly terms: Int32Array;
  readonly weights: Float32Array;
  /** The terms the article is indexed under. */
  readonly indexed: Int32Array;
}

/** Two stories a user split apart: grouping never joins them again. */
export interface ApartRow {
  readonly a: number;
  readonly b: number;
}

/** The whole state, or (from `takeChanges`) what changed since it was last taken. */
export interface GroupingState {
  /** Fingerprint of the parameters and features the state was built with. */
  readonly version: string;
  readonly documents: number;
  /** Terms by id (all of them, or those whose frequency changed). */
  readonly terms: readonly TermRow[];
  /** Articles by slot (all of them, or those added or moved to another story). */
  readonly articles: readonly ArticleRow[];
  readonly apart: readonly ApartRow[];
}
