/**
 * Where the story's main speaker spoke: the setting phrases ("at a university event", "during
 * a press conference") of the sentences about their remarks. Outlets that set the same remarks
 * (same speaker, same day) in settings of different kinds disagree on the place.
 */
import type { Discrepancy, Evidence } from '../model.ts';
import { sortIds } from './articles.ts';
import { VENUE_KINDS } from './data/venues.ts';
import type { SentenceUnit } from './units.ts';

export interface VenueReading {
  readonly unit: SentenceUnit;
  /** The setting as written, without its article ("university event", "event in Lyon"). */
  readonly phrase: string;
  readonly kind: string;
  readonly start: number;
  readonly end: number;
}

const kindOf = new Map(Object.entries(VENUE_KINDS).flatMap(([kind, nouns]) => nouns.map((n) => [n, kind] as const)));
const nouns = [...kindOf.keys()].sort((a, b) => b.length - a.length).map((n) => n.replace(/ /g, '\\s'));
const venueNoun = `(?:${nouns.join('|')})`;
/** "at a university event", "during a press conference", "in an event in Lyon". */
const venuePhrase = new RegExp(
  `\\b(?:[Aa]t|[Dd]uring|[Ii]n|[Tt]o|[Ff]rom|[Bb]efore|[Oo]n)\\s(?:(?:a|an|the|his|her|their|its)\\s)?((?:${venueNoun}\\s)?${venueNoun})s?(\\s(?:in|near|at|outside)\\s(?:the\\s)?\\p{Lu}[\\p{L}-]{1,40})?\\b`,
  'gu',
);

/** The setting phrases of one sentence. */
export function venuesIn(unit: SentenceUnit): VenueReading[] {
  const found: VenueReading[] = [];
  for (const m of unit.text.matchAll(venuePhrase)) {
    const head = (m[1] ?? '').toLowerCase().replace(/\s+/g, ' ');
    const last = [...kindOf.keys()].filter((n) => head.endsWith(n)).sort((a, b) => b.length - a.length)[0];
    const kind = last === undefined ? undefined : kindOf.get(last);
    if (kind === undefined) continue;
    const phraseStart = (m.index ?? 0) + m[0].indexOf(m[1] ?? '');
    const end = (m.index ?? 0) + m[0].length;
    found.push({ unit, phrase: unit.text.slice(phraseStart, end), kind, start: unit.start + phraseStart, end: unit.start + end });
  }
  return found;
}

/** The person or organisation quoted most often in the story (by sentences with their quotes). */
export function mainSpeaker(units: readonly SentenceUnit[]): string | undefined {
  const counts = new Map<string, number>();
  for (const unit of units) for (const s of unit.speakers) counts.set(s, (counts.get(s) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
}

/** How far after a setting, in its clause, a day may date it ("at a rally near the port on Monday"). */
const dayReach = 40;

function daysNear(r: VenueReading): string[] {
  return r.unit.dates
    .filter((d) => d.precision === 'day' && d.start >= r.end && d.start - r.end <= dayReach)
    .filter((d) => !/[,;:.]/.test(r.unit.text.slice(r.end - r.unit.start, d.start - r.unit.start)))
    .map((d) => d.value);
}

/** The day most readings are dated; readings dated another day are about other remarks. */
function sameDay(readings: readonly VenueReading[]): VenueReading[] {
  const counts = new Map<string, number>();
  for (const r of readings) for (const day of new Set(daysNear(r))) counts.set(day, (counts.get(day) ?? 0) + 1);
  const day = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
  return day === undefined ? [...readings] : readings.filter((r) => daysNear(r).length === 0 || daysNear(r).includes(day));
}

/**
 * Settings of different kinds for the remarks of `speaker` across articles (one reading per
 * article, its first): a `place` discrepancy, values grouped by kind.
 */
export function venueDiscrepancy(units: readonly SentenceUnit[], speaker: string, speakerName: string, articleOrder: readonly string[]): Discrepancy | undefined {
  const all = sameDay(units.filter((u) => u.actors.has(speaker)).flatMap(venuesIn));
  const readings = articleOrder.map((article) => all.find((r) => r.unit.article === article)).filter((r): r is VenueReading => r !== undefined);
  const kinds = [...new Set(readings.map((r) => r.kind))];
  if (kinds.length < 2) return undefined;
  const rank = (article: string): number => articleOrder.indexOf(article);
  const values = kinds.map((kind) => {
    const list = readings.filter((r) => r.kind === kind).sort((a, b) => rank(a.unit.article) - rank(b.unit.article));
    const phrases = [...new Set(list.map((r) => r.phrase))];
    return {
      value: `${kind}: ${phrases.join(' / ')}`,
      articles: sortIds(
        list.map((r) => r.unit.article),
        articleOrder,
      ),
      evidence: list.map((r): Evidence => ({ article: r.unit.article, start: r.start, end: r.end })),
    };
  });
  return { kind: 'place', about: `Where ${speakerName} spoke: the setting of the same remarks`, values };
}
