/** The story-grouping state in SQLite: terms with their frequencies, indexed articles, stories kept apart. */
import type Database from 'better-sqlite3';
import type { ApartRow, ArticleRow, GroupingState, TermRow } from '../compare/online/state.ts';
import { concatenatedCounts } from '../compare/online/state.ts';

interface ArticleRecord {
  readonly slot: number;
  readonly id: string;
  readonly key: string;
  readonly day: number | null;
  readonly story: number;
  readonly terms: Buffer;
  readonly weights: Buffer;
  readonly indexed: Buffer;
}

/** Logged term counts are folded into the term rows once they take this many bytes (a million counts). */
const FOLD_BYTES = 4_000_000;


const bytes = (array: Int32Array | Float32Array): Buffer => Buffer.from(array.buffer, array.byteOffset, array.byteLength);
/** A copy, so that the typed array is aligned whatever the buffer SQLite handed back. */
const int32s = (buffer: Buffer): Int32Array => new Int32Array(new Uint8Array(buffer).buffer);
const float32s = (buffer: Buffer): Float32Array => new Float32Array(new Uint8Array(buffer).buffer);

export interface GroupingTables {
  load(): GroupingState | undefined;
  save(changes: GroupingState): void;
}

/** `foldBytes`: how many bytes of logged term counts are kept before they are folded into the term rows. */
export function groupingTables(db: Database.Database, foldBytes = FOLD_BYTES): GroupingTables {
  const getMeta = db.prepare('SELECT value FROM meta WHERE key = ?');
  const putMeta = db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value');
  const putTerm = db.prepare('INSERT INTO grouping_terms (id, term, df) VALUES (?, ?, ?) ON CONFLICT(id) DO UPDATE SET term = excluded.term, df = excluded.df');
  const addToTerm = db.prepare('UPDATE grouping_terms SET df = df + ? WHERE id = ?');
  const putCounts = db.prepare('INSERT INTO grouping_counts (ids) VALUES (?)');
  const selectCounts = db.prepare('SELECT ids FROM grouping_counts ORDER BY seq');
  const pendingCounts = db.prepare('SELECT COALESCE(SUM(LENGTH(ids)), 0) AS bytes FROM grouping_counts');
  const deleteTerm = db.prepare('DELETE FROM grouping_terms WHERE id = ?');
  const putArticle = db.prepare(
    `INSERT INTO grouping_articles (slot, id, key, day, story, terms, weights, indexed) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT(slot) DO UPDATE SET story = excluded.story, terms = excluded.terms, weights = excluded.weights, indexed = excluded.indexed`,
  );
  const putApart = db.prepare('INSERT OR IGNORE INTO grouping_apart (a, b) VALUES (?, ?)');
  const selectTerms = db.prepare('SELECT id, term, df FROM grouping_terms ORDER BY id');
  const selectArticles = db.prepare('SELECT slot, id, key, day, story, terms, weights, indexed FROM grouping_articles ORDER BY slot');
  const selectApart = db.prepare('SELECT a, b FROM grouping_apart ORDER BY a, b');
  const meta = (key: string): string | undefined => (getMeta.get(key) as { value: string } | undefined)?.value;

  const clear = (): void => {
    db.exec('DELETE FROM grouping_terms; DELETE FROM grouping_articles; DELETE FROM grouping_apart; DELETE FROM grouping_counts;');
  };
  /** Bytes of term counts logged and not yet folded into the term rows. */
  let pending = (pendingCounts.get() as { bytes: number }).bytes;

  /** Adds the logged counts to the term rows and empties the log (once it grows past `foldBytes`). */
  const fold = (): void => {
    const increments = new Map<number, number>();
    for (const { ids } of selectCounts.all() as { ids: Buffer }[]) for (const id of int32s(ids)) increments.set(id, (increments.get(id) ?? 0) + 1);
    for (const [id, increment] of increments) addToTerm.run(increment, id);
    db.exec('DELETE FROM grouping_counts');
    pending = 0;
  };

  return {
    load() {
      const version = meta('groupingVersion');
      if (version === undefined) return undefined;
      return {
        version,
        documents: Number(meta('groupingDocuments') ?? 0),
        terms: selectTerms.all() as TermRow[],
        counted: concatenatedCounts((selectCounts.all() as { ids: Buffer }[]).map((r) => int32s(r.ids))),
        articles: (selectArticles.all() as ArticleRecord[]).map(
          (r): ArticleRow => ({ ...r, terms: int32s(r.terms), weights: float32s(r.weights), indexed: int32s(r.indexed) }),
        ),
        apart: selectApart.all() as ApartRow[],
      };
    },
    save: db.transaction((changes: GroupingState) => {
      if (meta('groupingVersion') !== changes.version) clear();
      putMeta.run('groupingVersion', changes.version);
      putMeta.run('groupingDocuments', String(changes.documents));
      if (changes.reusesIds && pending > 0) fold();
      for (const t of changes.terms) {
        if (t.term === '') deleteTerm.run(t.id);
        else putTerm.run(t.id, t.term, t.df);
      }
      if (changes.counted.length > 0) {
        putCounts.run(bytes(changes.counted));
        pending += changes.counted.byteLength;
        if (pending > foldBytes) fold();
      }
      for (const a of changes.articles) {
        putArticle.run(a.slot, a.id, a.key, a.day, a.story, bytes(a.terms), bytes(a.weights), bytes(a.indexed));
      }
      for (const { a, b } of changes.apart) putApart.run(a, b);
    }),
  };
}
