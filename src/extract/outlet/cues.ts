/**
 * Text cues that name the outlet of an article: a wire dateline "(Agency) -", an all-caps agency
 * tag opening the article "(TAG) ...", and the outlet speaking of itself: "<Name> reached out to
 * ... for comment", "did not immediately respond to a <Name> request for comment", "<Name> has
 * contacted ...". "told <Name>" cites another outlet and is not a cue.
 */
import type { Span } from '../../model.ts';
import type { Line } from '../lines.ts';
import { wireDateline } from '../dates/datelines.ts';
import { AGENCY_NAMES } from '../data/news-outlets.ts';

export interface OutletCue extends Span {
  readonly name: string;
  /** "cue:dateline", "cue:tag", "cue:copyright", "cue:request for comment", "cue:reached out", "cue:contacted". */
  readonly from: string;
}

/** Cues are looked for in the first lines only for datelines and tags. */
const OPENING_LINES = 3;

const NAME = "(?:The\\s+)?[A-Z][\\w&'’.-]*(?:\\s+[A-Z][\\w&'’.-]*){0,4}";
const SENTENCE_START = '(?:^|[.!?]["”’]?\\s+)';
const NOT_OUTLETS = new Set([
  'he', 'she', 'they', 'we', 'i', 'you', 'it', 'officials', 'authorities', 'police', 'reporters', 'journalists',
  'lawyers', 'investigators', 'staff', 'representatives', 'the', 'this', 'a', 'an',
]);

const REQUEST_FOR_COMMENT =
  /\b(?:did not|didn['’]t|does not|doesn['’]t|has not|hasn['’]t|have not|haven['’]t|had not|declined to)\s+(?:immediately\s+)?(?:respond|reply|return)\s+to\s+(?:an?|the)\s+((?:[A-Z][\w&'’.-]*\s+){1,4}?)(?:requests?|inquir(?:y|ies)|quer(?:y|ies)|emails?|messages?|calls?)\s+(?:for|seeking)\s+comment/g;
const REACHED_OUT = new RegExp(
  `${SENTENCE_START}(${NAME})\\s+(?:has\\s+|had\\s+|have\\s+)?(?:reached out to|contacted|emailed|asked|sought comment from|requested comment from)\\b[^.!?\\n]{0,120}?\\bfor\\s+(?:a\\s+)?(?:comment|response|reaction)`,
  'g',
);
const HAS_CONTACTED = new RegExp(`${SENTENCE_START}(${NAME})\\s+(?:has|have)\\s+(?:contacted|reached out to)\\b`, 'g');
const OPENING_TAG = /^\(([A-Z][A-Z0-9&.-]{1,15})\)\s*(?=[^\s\-–—])/;

function isOutletName(name: string): boolean {
  return !NOT_OUTLETS.has(name.toLowerCase());
}

/** The agency of a wire dateline in the first lines: "June 5 (Agency) -". */
export function datelineCue(lines: readonly Line[]): OutletCue | null {
  for (const line of lines.slice(0, OPENING_LINES)) {
    const agency = wireDateline(line)?.agency;
    if (!agency) continue;
    const at = line.start + line.text.indexOf(`(${agency})`) + 1;
    return { name: AGENCY_NAMES[agency.toUpperCase()] ?? agency, from: 'cue:dateline', start: at, end: at + agency.length };
  }
  return null;
}

/** An all-caps tag in parentheses opening the article: "(TAG) Text ...". The span covers the tag and its space. */
export function openingTag(lines: readonly Line[]): (OutletCue & { readonly tag: Span }) | null {
  for (const line of lines.slice(0, OPENING_LINES)) {
    const m = OPENING_TAG.exec(line.text);
    const name = m?.[1];
    if (!m || !name) continue;
    return {
      name,
      from: 'cue:tag',
      start: line.start + 1,
      end: line.start + 1 + name.length,
      tag: { start: line.start, end: line.start + m[0].length },
    };
  }
  return null;
}

function firstMatch(lines: readonly Line[], re: RegExp, from: string): OutletCue | null {
  for (const line of lines) {
    for (const m of line.text.matchAll(re)) {
      const name = m[1]?.trim();
      if (!name || !isOutletName(name)) continue;
      const at = line.start + (m.index ?? 0) + m[0].indexOf(name);
      return { name, from, start: at, end: at + name.length };
    }
  }
  return null;
}

/** The outlet speaking of itself in the content, most telling cue first. */
export function selfReferenceCue(lines: readonly Line[]): OutletCue | null {
  return (
    firstMatch(lines, REQUEST_FOR_COMMENT, 'cue:request for comment') ??
    firstMatch(lines, REACHED_OUT, 'cue:reached out') ??
    firstMatch(lines, HAS_CONTACTED, 'cue:contacted')
  );
}

/** "© 2025 Some Media Ltd.", "Copyright 2024 The Daily Star. All rights reserved.": the holder's name. */
const COPYRIGHT_HOLDER = new RegExp(`^(?:[Cc]opyright|COPYRIGHT)?\\s*(?:©|\\([Cc]\\))?\\s*\\d{4}(?:\\s*[-–]\\s*\\d{4})?,?\\s+(?:by\\s+)?(${NAME})`);
const LEGAL_SUFFIX = /[,\s]+(?:Inc|Ltd|LLC|plc|GmbH|S\.?A|Limited|Corp|Co)\.?$/i;

/** The holder named on a copyright line (the boilerplate stage marked it), e.g. "Some Media". */
export function copyrightCue(lines: readonly Line[]): OutletCue | null {
  for (const line of lines) {
    const m = COPYRIGHT_HOLDER.exec(line.text);
    const raw = m?.[1];
    if (!m || !raw || /^all rights/i.test(raw)) continue;
    const name = raw.replace(/\.\s.*$/s, '').replace(/\.$/, '').replace(LEGAL_SUFFIX, '').trim();
    if (!isOutletName(name) || name.length < 2) continue;
    const at = line.start + m[0].length - raw.length;
    return { name, from: 'cue:copyright', start: at, end: at + name.length };
  }
  return null;
}
