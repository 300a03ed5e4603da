import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fail } from '../errors.ts';
import type { Span } from '../model.ts';

/**
 * Loader for PolNeAR (political news attribution relations): one text per article under
 * `<split>/text/NAME.txt`, brat standoff per annotator under `<split>/attributions/NAME_ANNOTATOR.ann`,
 * and `metadata.tsv` at the root. An attribution links a Source (speaker), a Cue and a Content;
 * spans may be discontinuous. Offsets are code points (brat counts characters), turned into the
 * UTF-16 offsets every span in newsprism uses.
 */

export type PolnearSplit = 'train' | 'dev';

export interface GoldAttribution {
  /** The brat event id, e.g. "E3". */
  readonly id: string;
  /** Fragments of the speaker; empty for an attribution without a source. */
  readonly source: readonly Span[];
  readonly cue: readonly Span[];
  readonly content: readonly Span[];
}

export interface PolnearArticle {
  /** The file name without extension, e.g. "nyt_2016-09-20_some-title". */
  readonly id: string;
  readonly path: string;
  readonly text: string;
  readonly title?: string;
  /** `YYYY-MM-DD` from metadata.tsv. */
  readonly publishedAt?: string;
  /** The annotator whose attributions are kept (the first id in sort order when there are several). */
  readonly annotator: string;
  readonly attributions: readonly GoldAttribution[];
}

export interface ArticleMetadata {
  readonly publishedAt?: string;
  readonly title?: string;
}

/** Maps code point offsets of `text` to UTF-16 offsets (the identity when there are no surrogate pairs). */
export function codePointToUtf16(text: string): (offset: number) => number {
  const units: number[] = [];
  let unit = 0;
  for (const char of text) {
    units.push(unit);
    unit += char.length;
  }
  units.push(unit);
  if (units.length === text.length + 1) return (offset) => offset;
  return (offset) => units[offset] ?? unit;
}

/** `"315 448;463 553"` -> fragments, checked against the text length. */
function parseFragments(ranges: string, toUtf16: (offset: number) => number, textLength: number, where: string): Span[] {
  return ranges.split(';').map((range) => {
    const match = /^(\d{1,9}) (\d{1,9})$/u.exec(range.trim());
    if (!match) fail('E_DATASET', `${where}: expected "START END" offsets, instead found "${range}"`);
    const span = { start: toUtf16(Number(match[1])), end: toUtf16(Number(match[2])) };
    if (span.end < span.start || span.end > textLength) {
      fail('E_DATASET', `${where}: span ${range} lies outside the text (${textLength} characters)`);
    }
    return span;
  });
}

const roles = ['Source', 'Cue', 'Content'] as const;
type Role = (typeof roles)[number];

function roleOf(argument: string): Role | undefined {
  return roles.find((role) => argument === role || new RegExp(`^${role}\\d{1,3}$`, 'u').test(argument));
}

/**
 * Attributions of one brat file: `T` lines give labelled spans, `E` lines (`Attribution:T4
 * Content:T3 Cue:T2 Source:T1`, or `Attribution-no-source:...`) tie them together; an argument
 * may repeat (`Content2:T9`). Events without a content are skipped; other lines are ignored.
 */
export function parseStandoff(ann: string, text: string, file: string): GoldAttribution[] {
  const toUtf16 = codePointToUtf16(text);
  const spans = new Map<string, Span[]>();
  const events: { id: string; args: string[]; line: number }[] = [];
  ann.split('\n').forEach((line, i) => {
    const [id, body] = line.split('\t');
    if (id === undefined || body === undefined) return;
    if (id.startsWith('T')) {
      const space = body.indexOf(' ');
      if (space < 0) fail('E_DATASET', `${file}:${i + 1}: expected "LABEL START END", instead found "${body}"`);
      spans.set(id, parseFragments(body.slice(space + 1), toUtf16, text.length, `${file}:${i + 1}`));
    } else if (id.startsWith('E')) {
      events.push({ id, args: body.trim().split(/\s+/u), line: i + 1 });
    }
  });
  const attributions: GoldAttribution[] = [];
  for (const event of events) {
    const parts: Record<Role, Span[]> = { Source: [], Cue: [], Content: [] };
    for (const arg of event.args) {
      const [name = '', ref = ''] = arg.split(':');
      const role = roleOf(name);
      if (role === undefined) continue;
      const fragments = spans.get(ref);
      if (!fragments) fail('E_DATASET', `${file}:${event.line}: ${event.id} refers to ${ref}, which is not defined`);
      parts[role].push(...fragments);
    }
    if (parts.Content.length === 0) continue;
    const byStart = (a: Span, b: Span): number => a.start - b.start || a.end - b.end;
    attributions.push({
      id: event.id,
      source: parts.Source.sort(byStart),
      cue: parts.Cue.sort(byStart),
      content: parts.Content.sort(byStart),
    });
  }
  return attributions;
}

/** `metadata.tsv`: a header row naming the columns, then one article a line. */
export function parseMetadata(tsv: string, file: string): Map<string, ArticleMetadata> {
  const [header = '', ...rows] = tsv.split('\n');
  const columns = header.split('\t');
  const column = (name: string): number => {
    const index = columns.indexOf(name);
    if (index < 0) fail('E_DATASET', `${file}: expected a "${name}" column, instead found ${columns.join(', ')}`);
    return index;
  };
  const [nameAt, dateAt, titleAt] = [column('filename'), column('publication_date'), column('title')];
  const metadata = new Map<string, ArticleMetadata>();
  for (const row of rows) {
    const cells = row.split('\t');
    const name = cells[nameAt];
    if (name === undefined || name.trim() === '') continue;
    const date = cells[dateAt]?.trim() ?? '';
    const title = cells[titleAt]?.trim() ?? '';
    metadata.set(name.trim(), {
      ...(/^\d{4}-\d{2}-\d{2}$/u.test(date) ? { publishedAt: date } : {}),
      ...(title === '' || title === 'None' ? {} : { title }),
    });
  }
  return metadata;
}

function requireDir(path: string, why: string): void {
  if (!existsSync(path)) fail('E_DATASET', `${path} is missing: ${why}`);
}

/** Annotation files per article name, each list sorted so the first annotator is deterministic. */
function annotationFiles(dir: string): Map<string, string[]> {
  const files = new Map<string, string[]>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ann')).sort()) {
    const match = /^(.+)_([^_]+)\.ann$/u.exec(file);
    if (!match) continue;
    const name = match[1] as string;
    files.set(name, [...(files.get(name) ?? []), file]);
  }
  return files;
}

/** Every article of a split with the attributions of one annotator, sorted by id. */
export function loadPolnear(dataDir: string, split: PolnearSplit): PolnearArticle[] {
  const splitDir = join(dataDir, split);
  const textDir = join(splitDir, 'text');
  const annDir = join(splitDir, 'attributions');
  requireDir(textDir, `PolNeAR needs ${split}/text in ${dataDir}`);
  requireDir(annDir, `PolNeAR needs ${split}/attributions in ${dataDir}`);
  const metadataFile = join(dataDir, 'metadata.tsv');
  const metadata = existsSync(metadataFile) ? parseMetadata(readFileSync(metadataFile, 'utf8'), metadataFile) : new Map<string, ArticleMetadata>();
  const annotations = annotationFiles(annDir);
  const articles: PolnearArticle[] = [];
  for (const file of readdirSync(textDir).filter((f) => f.endsWith('.txt')).sort()) {
    const id = basename(file, '.txt');
    const annFile = annotations.get(id)?.[0];
    if (annFile === undefined) continue;
    const path = join(textDir, file);
    const text = readFileSync(path, 'utf8');
    const annPath = join(annDir, annFile);
    const meta = metadata.get(id) ?? {};
    articles.push({
      id,
      path,
      text,
      ...meta,
      annotator: annFile.slice(id.length + 1, -'.ann'.length),
      attributions: parseStandoff(readFileSync(annPath, 'utf8'), text, annPath),
    });
  }
  return articles;
}
