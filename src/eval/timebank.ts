/**
 * TimeML documents (TimeBank and AQUAINT, as in the TBAQ-cleaned release): the body of `<TEXT>`
 * as plain text with every TIMEX3 kept as a span of it, and the document creation time (DCT).
 * The DCT sits in its own `<DCT>` element before the body, so it is never part of the text.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fail } from '../errors.ts';
import type { Precision, Span } from '../model.ts';

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export interface Timex extends Span {
  readonly tid: string;
  readonly type: TimexType;
  /** The normalised TIMEX3 value as annotated: "1998-02-14", "1998-W07", "199", "PAST_REF", "P3M". */
  readonly value: string;
  readonly text: string;
}

export interface TimeMLDocument {
  readonly id: string;
  readonly path: string;
  /** The `<TEXT>` body without tags, entities decoded; every timex offset refers to it. */
  readonly text: string;
  /** The `<TITLE>` element (AQUAINT documents have one), which is not part of the text. */
  readonly title?: string;
  /** The creation time's value, e.g. "1998-08-07" or "1998-08-07T06:18:00". */
  readonly creationTime: string;
  readonly timexes: readonly Timex[];
}

/** The folders of the release that hold `.tml` documents. */
export const TIMEML_FOLDERS = ['TimeBank', 'AQUAINT'] as const;

const NAMED_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** One XML entity (`&amp;`, `&#8217;`, `&#x2019;`) as its character; an unknown one as written. */
export function decodeEntity(entity: string): string {
  const name = entity.slice(1, -1);
  const code = /^#x([0-9a-f]{1,6})$/iu.exec(name)?.[1];
  if (code !== undefined) return String.fromCodePoint(Number.parseInt(code, 16));
  const decimal = /^#(\d{1,7})$/u.exec(name)?.[1];
  if (decimal !== undefined) return String.fromCodePoint(Number(decimal));
  return NAMED_ENTITIES[name] ?? entity;
}

/** The attributes of one start tag, values decoded. */
export function tagAttributes(tag: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const [, name, value] of tag.matchAll(/([\w:-]{1,64})="([^"]*)"/gu)) {
    if (name !== undefined && value !== undefined) attributes[name] = value.replace(/&[#\w]{1,10};/gu, decodeEntity);
  }
  return attributes;
}

function timexType(raw: string | undefined, where: string): TimexType {
  if (raw === 'DATE' || raw === 'TIME' || raw === 'DURATION' || raw === 'SET') return raw;
  return fail('E_DATASET', `${where}: expected a TIMEX3 type DATE, TIME, DURATION or SET, instead found "${raw ?? ''}"`);
}

interface OpenTimex {
  readonly attributes: Record<string, string>;
  readonly start: number;
}

/** Markup as plain text, keeping the span of every TIMEX3 (other tags are dropped, entities decoded). */
export function stripTimeML(markup: string, where: string): { text: string; timexes: Timex[] } {
  let text = '';
  const open: OpenTimex[] = [];
  const timexes: Timex[] = [];
  for (const [piece] of markup.matchAll(/<[^<>]{0,2000}>|&[#\w]{1,10};|[^<&]+|[<&]/gu)) {
    if (piece.startsWith('<TIMEX3') && !piece.endsWith('/>')) {
      open.push({ attributes: tagAttributes(piece), start: text.length });
    } else if (piece === '</TIMEX3>') {
      const timex = open.pop() ?? fail('E_DATASET', `${where}: a </TIMEX3> closes no TIMEX3`);
      const { tid = '', type, value = '' } = timex.attributes;
      const span = { start: timex.start, end: text.length };
      timexes.push({ tid, type: timexType(type, where), value, text: text.slice(span.start, span.end), ...span });
    } else if (piece.length > 1 && piece.startsWith('<')) {
      continue;
    } else {
      text += piece.startsWith('&') ? decodeEntity(piece) : piece;
    }
  }
  if (open.length > 0) fail('E_DATASET', `${where}: a TIMEX3 is never closed`);
  return { text, timexes: timexes.sort((a, b) => a.start - b.start) };
}

/** The inner markup of the first `<name>` element, or null. */
function element(xml: string, name: string): string | null {
  const start = xml.indexOf(`<${name}>`);
  const end = xml.indexOf(`</${name}>`, start);
  return start < 0 || end < 0 ? null : xml.slice(start + name.length + 2, end);
}

/** One TimeML document. */
export function parseTimeML(xml: string, path: string): TimeMLDocument {
  const body = element(xml, 'TEXT') ?? fail('E_DATASET', `${path}: expected a <TEXT> element, instead found none`);
  const dct = element(xml, 'DCT');
  const dctTag = dct === null ? null : /<TIMEX3[^>]{0,2000}>/u.exec(dct)?.[0];
  const creationTime = dctTag ? tagAttributes(dctTag)['value'] : undefined;
  if (creationTime === undefined || !/^\d{4}-\d{2}-\d{2}/u.test(creationTime)) {
    fail('E_DATASET', `${path}: expected a <DCT> TIMEX3 with a value YYYY-MM-DD, instead found ${dctTag ?? 'none'}`);
  }
  const title = element(xml, 'TITLE');
  const id = element(xml, 'DOCID')?.trim() || (path.split('/').pop() ?? path).replace(/\.tml$/u, '');
  const stripped = stripTimeML(body, path);
  return {
    id,
    path,
    text: stripped.text,
    ...(title === null ? {} : { title: stripTimeML(title, path).text.trim() }),
    creationTime,
    timexes: stripped.timexes,
  };
}

/** Every `.tml` document of the release under `dir` (TimeBank then AQUAINT, each sorted by name). */
export function loadTimeBank(dir: string): TimeMLDocument[] {
  const folders = TIMEML_FOLDERS.map((name) => join(dir, name)).filter((folder) => existsSync(folder));
  if (folders.length === 0) fail('E_DATASET', `${dir} has neither TimeBank/ nor AQUAINT/: the dates task needs TimeML documents there`);
  return folders.flatMap((folder) =>
    readdirSync(folder)
      .filter((file) => file.endsWith('.tml'))
      .sort()
      .map((file) => parseTimeML(readFileSync(join(folder, file), 'utf8'), join(folder, file))),
  );
}

/** A gold value the engine's calendar values can be compared with. */
export interface CalendarValue {
  readonly value: string;
  readonly precision: Precision;
}

const CALENDAR_SHAPES: readonly [RegExp, Precision, (m: RegExpExecArray) => string][] = [
  [/^(\d{4}-\d{2}-\d{2})(?:T[\w:.]{1,16})?$/u, 'day', (m) => m[1] ?? ''],
  [/^(\d{4})-W(\d{1,2})(?:-WE)?$/u, 'week', (m) => `${m[1] ?? ''}-W${(m[2] ?? '').padStart(2, '0')}`],
  [/^\d{4}-\d{2}$/u, 'month', (m) => m[0]],
  [/^\d{4}-Q[1-4]$/u, 'quarter', (m) => m[0]],
  [/^\d{4}$/u, 'year', (m) => m[0]],
  [/^(\d{3})X?$/u, 'decade', (m) => `${m[1] ?? ''}X`],
];

/**
 * A TIMEX3 value as a calendar value at its own precision ("1998-02-14T08:00" is a day, "199" and
 * "199X" the 1990s, "1998-W07-WE" week 7), or null for what has no calendar place: PAST_REF,
 * PRESENT_REF, FUTURE_REF, seasons, halves, centuries, unknown parts ("1998-XX").
 */
export function calendarValue(value: string): CalendarValue | null {
  for (const [shape, precision, format] of CALENDAR_SHAPES) {
    const match = shape.exec(value);
    if (match) return { value: format(match), precision };
  }
  return null;
}
