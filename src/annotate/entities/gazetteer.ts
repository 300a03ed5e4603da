/**
 * Lookups over the general-knowledge word lists in `data/`: places with their aliases and
 * demonyms, honorifics and roles, organisation words, given names and words that are never names.
 * Built once at load; read-only afterwards.
 */
import countries from './data/countries.json' with { type: 'json' };
import places from './data/places.json' with { type: 'json' };
import roles from './data/roles.json' with { type: 'json' };
import organizations from './data/organizations.json' with { type: 'json' };
import givenNames from './data/given-names.json' with { type: 'json' };
import words from './data/words.json' with { type: 'json' };

/**
 * The comparison key of a name: case, accents, dots, curly apostrophes, spacing and a leading
 * "the" do not count ("The U.S." and "us" share the key "us").
 */
export function nameKey(surface: string): string {
  const cached = keyCache.get(surface);
  if (cached !== undefined) return cached;
  if (keyCache.size >= KEY_CACHE_LIMIT) keyCache.clear();
  const key = computeNameKey(surface);
  keyCache.set(surface, key);
  return key;
}

/** A memo of `nameKey`: names repeat a lot within and across articles. Bounded. */
const keyCache = new Map<string, string>();
const KEY_CACHE_LIMIT = 50_000;

function computeNameKey(surface: string): string {
  return surface
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘`]/g, "'")
    .replace(/\./g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/^the /, '');
}

export type PlaceKind = 'country' | 'region' | 'city';

export interface Place {
  readonly name: string;
  readonly kind: PlaceKind;
}

function placeTable(): Map<string, Place> {
  const table = new Map<string, Place>();
  const add = (surface: string, place: Place) => {
    const key = nameKey(surface);
    if (!table.has(key)) table.set(key, place);
  };
  for (const c of countries) {
    const place: Place = { name: c.name, kind: 'country' };
    for (const surface of [c.name, ...c.aliases]) add(surface, place);
  }
  for (const name of [...places.usStates, ...places.provinces, ...places.regions]) {
    add(name, { name, kind: 'region' });
  }
  for (const name of places.cities) add(name, { name, kind: 'city' });
  return table;
}

function demonymTable(): Map<string, string> {
  const table = new Map<string, string>();
  for (const c of countries) for (const d of c.demonyms) table.set(nameKey(d), c.name);
  table.set('latin american', 'Latin America');
  return table;
}

const keySet = (list: readonly string[]) => new Set(list.map(nameKey));

const placeByKey = placeTable();
const countryByDemonym = demonymTable();
const honorificKeys = keySet(roles.honorifics);
const roleKeys = keySet(roles.roles);
const roleModifierKeys = keySet(roles.modifiers);
const orgSuffixKeys = keySet(organizations.suffixes);
const orgHeadKeys = keySet(organizations.heads);
const mediaCueWords = new Set(organizations.mediaCues);
const placeCueWords = new Set(organizations.placeCues);
const givenNameKeys = keySet(givenNames);
const monthWords = new Set(words.months);
const weekdayWords = new Set(words.weekdays);
const functionWords = new Set(words.function);

/** The place a name denotes ("US", "U.S." and "United States" all give United States). */
export const placeOf = (surface: string): Place | undefined => placeByKey.get(nameKey(surface));

/** The country of a demonym ("Mexican" gives Mexico). */
export const countryOfDemonym = (surface: string): string | undefined =>
  countryByDemonym.get(nameKey(surface));

export const isHonorific = (word: string): boolean => honorificKeys.has(nameKey(word));
export const isRoleWord = (word: string): boolean => roleKeys.has(nameKey(word));
export const isRoleModifier = (word: string): boolean => roleModifierKeys.has(nameKey(word));
export const isOrgSuffix = (word: string): boolean => orgSuffixKeys.has(nameKey(word));
export const isOrgHead = (word: string): boolean => orgHeadKeys.has(nameKey(word));
export const isMediaCue = (word: string): boolean => mediaCueWords.has(word.toLowerCase());
export const isPlaceCue = (word: string): boolean => placeCueWords.has(word.toLowerCase());
export const isGivenName = (word: string): boolean => givenNameKeys.has(nameKey(word));

/** Months and weekdays: capitalised, but dates, never entities. */
export const isCalendarWord = (word: string): boolean => monthWords.has(word) || weekdayWords.has(word);

/** Capitalised words that are never a name on their own: pronouns, determiners, adverbs... */
export const isFunctionWord = (word: string): boolean => functionWords.has(word);
