/** The story index as plain rows: what a store keeps between runs so that new articles join old stories. */

export interface TermRow {
  readonly id: number;
  /** The term; '' when it was forgotten (its row goes). */
  readonly term: string;
  /**
   * How many indexed articles hold the term: all of them for a term made since the state was last
   * taken, else those before the occurrences listed in `GroupingState.counted`.
   */
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

/** Logs of counted term ids, one after the other. */
export function concatenatedCounts(logs: readonly Int32Array[]): Int32Array {
  const all = new Int32Array(logs.reduce((sum, log) => sum + log.length, 0));
  let at = 0;
  for (const log of logs) {
    all.set(log, at);
    at += log.length;
  }
  return all;
}

/** The whole state, or (from `takeChanges`) what changed since it was last taken. */
export interface GroupingState {
  /** Fingerprint of the parameters and features the state was built with. */
  readonly version: string;
  readonly documents: number;
  /** Terms by id: all of them, or those made or forgotten since the state was last taken. */
  readonly terms: readonly TermRow[];
  /**
   * Term ids counted since the rows' frequencies (once per article holding the term): frequencies
   * travel as this log, so that adding an article writes one record, not a row per term.
   */
  readonly counted: Int32Array;
  /**
   * Whether a term made since the state was last taken has the id of an older one (forgotten):
   * counts of the older term logged earlier must be folded into the rows before the new row is
   * written, or they would be added to the new term.
   */
  readonly reusesIds?: boolean;
  /** Articles by slot (all of them, or those added or moved to another story). */
  readonly articles: readonly ArticleRow[];
  readonly apart: readonly ApartRow[];
}
