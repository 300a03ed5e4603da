import Database from 'better-sqlite3';
import { fail } from '../errors.ts';
import type { AnnotatedArticle, Rejected, Story, StoryReport } from '../model.ts';
import type { Store, StoreCounts, StoryDecision } from './store.ts';
import { groupingTables } from './grouping.ts';

const SCHEMA_VERSION = 1;

const schema = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
  id TEXT PRIMARY KEY,
  path TEXT NOT NULL,
  annotated TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS stories (
  id TEXT PRIMARY KEY,
  articles TEXT NOT NULL,
  report TEXT
);
CREATE TABLE IF NOT EXISTS grouping_terms (id INTEGER PRIMARY KEY, term TEXT NOT NULL, df INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS grouping_articles (
  slot INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  key TEXT NOT NULL,
  day INTEGER,
  story INTEGER NOT NULL,
  terms BLOB NOT NULL,
  weights BLOB NOT NULL,
  indexed BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS grouping_apart (a INTEGER NOT NULL, b INTEGER NOT NULL, PRIMARY KEY (a, b));
CREATE TABLE IF NOT EXISTS grouping_counts (seq INTEGER PRIMARY KEY AUTOINCREMENT, ids BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS decisions (seq INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, articles TEXT NOT NULL, at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS rejected (
  path TEXT NOT NULL,
  code TEXT NOT NULL,
  reason TEXT NOT NULL,
  PRIMARY KEY (path, code)
);
`;

/** Opens (creating if needed) a SQLite store at `file` (":memory:" for a throwaway one). */
export function openSqliteStore(file: string): Store {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec(schema);
  const version = db.prepare('SELECT value FROM meta WHERE key = ?').get('schemaVersion') as
    | { value: string }
    | undefined;
  if (version === undefined) {
    db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)').run('schemaVersion', String(SCHEMA_VERSION));
  } else if (Number(version.value) > SCHEMA_VERSION) {
    fail('E_STORE', `${file} was written by a newer newsprism (schema ${version.value}, this one reads ${SCHEMA_VERSION})`);
  }

  const insertArticle = db.prepare('INSERT OR IGNORE INTO articles (id, path, annotated) VALUES (?, ?, ?)');
  const updateArticle = db.prepare('UPDATE articles SET annotated = ? WHERE id = ?');
  const selectArticle = db.prepare('SELECT annotated FROM articles WHERE id = ?');
  const selectArticles = db.prepare('SELECT annotated FROM articles ORDER BY id');
  const deleteStories = db.prepare('DELETE FROM stories');
  const insertStory = db.prepare('INSERT INTO stories (id, articles, report) VALUES (?, ?, ?)');
  const selectStories = db.prepare('SELECT id, articles FROM stories ORDER BY id');
  const selectReport = db.prepare('SELECT report FROM stories WHERE id = ?');
  const insertRejected = db.prepare('INSERT OR IGNORE INTO rejected (path, code, reason) VALUES (?, ?, ?)');
  const selectRejected = db.prepare('SELECT path, code, reason FROM rejected ORDER BY path, code');
  const grouping = groupingTables(db);
  const insertDecision = db.prepare('INSERT INTO decisions (kind, articles, at) VALUES (?, ?, ?)');
  const selectDecisions = db.prepare('SELECT kind, articles, at FROM decisions ORDER BY seq');
  const count = (table: string): number =>
    (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

  // The token layer is derived data: it is dropped on the way in and comes back empty.
  const parseArticle = (row: unknown): AnnotatedArticle => ({
    ...(JSON.parse((row as { annotated: string }).annotated) as Omit<AnnotatedArticle, 'tokens'>),
    tokens: [],
  });

  return {
    putArticle(article) {
      const json = JSON.stringify({ ...article, tokens: undefined });
      const added = insertArticle.run(article.id, article.path, json).changes > 0;
      if (!added) updateArticle.run(json, article.id);
      return added;
    },
    getArticle(id) {
      const row = selectArticle.get(id);
      return row === undefined ? undefined : parseArticle(row);
    },
    articles() {
      return selectArticles.all().map(parseArticle);
    },
    replaceStories: db.transaction((stories: readonly Story[], reports: readonly StoryReport[]) => {
      const reportOf = new Map(reports.map((r) => [r.id, r]));
      deleteStories.run();
      for (const story of stories) {
        const report = reportOf.get(story.id);
        insertStory.run(story.id, JSON.stringify(story.articles), report ? JSON.stringify(report) : null);
      }
    }),
    stories() {
      return (selectStories.all() as { id: string; articles: string }[]).map((row) => ({
        id: row.id,
        articles: JSON.parse(row.articles) as string[],
      }));
    },
    report(storyId) {
      const row = selectReport.get(storyId) as { report: string | null } | undefined;
      return row?.report ? (JSON.parse(row.report) as StoryReport) : undefined;
    },
    putRejected(rejected) {
      return insertRejected.run(rejected.path, rejected.code, rejected.reason).changes > 0;
    },
    rejected() {
      return selectRejected.all() as Rejected[];
    },
    grouping: () => grouping.load(),
    saveGrouping: (changes) => grouping.save(changes),
    putDecision(decision) {
      insertDecision.run(decision.kind, JSON.stringify(decision.articles), decision.at);
    },
    decisions() {
      return (selectDecisions.all() as { kind: StoryDecision['kind']; articles: string; at: string }[]).map((row) => ({
        kind: row.kind,
        articles: JSON.parse(row.articles) as string[],
        at: row.at,
      }));
    },
    counts(): StoreCounts {
      return { articles: count('articles'), stories: count('stories'), rejected: count('rejected') };
    },
    transaction(fn) {
      return db.transaction(fn)();
    },
    close() {
      db.close();
    },
  };
}
