/**
 * Lookups over the word lists entities alone use (`data/`): regions and cities, organisation
 * words and words that are never names, with the countries of `src/lexicon/`. Built once at load;
 * read-only afterwards.
 */
import { countries, countryOfDemonym } from '../../lexicon/countries.ts';
import { keySet, memoByWord, nameKey } from '../../lexicon/key.ts';
import places from './data/places.json' with { type: 'json' };
import organizations from './data/organizations.json' with { type: 'json' };
import words from './data/words.json' with { type: 'json' };

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

const placeByKey = placeTable();
const regionByDemonym = new Map(
  Object.entries(places.regionDemonyms).flatMap(([region, demonyms]) => demonyms.map((d) => [nameKey(d), region] as const)),
);
const orgSuffixKeys = keySet(organizations.suffixes);
const orgHeadKeys = keySet(organizations.heads);
const institutionKeys = keySet(organizations.institutions);
const orgNounsAfter = new Set(organizations.nounsAfter);
const placeHeadKeys = keySet(places.heads);
const placePrefixKeys = keySet(places.prefixes);
const mediaCueWords = new Set(organizations.mediaCues);
const placeCueWords = new Set(organizations.placeCues);
const monthWords = new Set(words.months);
const weekdayWords = new Set(words.weekdays);
const functionWords = new Set(words.function);
const holidayWords = new Set(words.holidays);
const personNounsAfterPossessive = new Set(words.personNounsAfterPossessive);
const personVerbsAfter = new Set(words.personVerbsAfter);

/** The place a name denotes ("US", "U.S." and "United States" all give United States). */
export const placeOf = memoByWord((surface: string): Place | undefined => placeByKey.get(nameKey(surface)));

/** The country or region of a demonym ("Mexican" gives Mexico, "Latin American" Latin America). */
export const placeOfDemonym = memoByWord(
  (surface: string): string | undefined => countryOfDemonym(surface) ?? regionByDemonym.get(nameKey(surface)),
);

export const isOrgSuffix = memoByWord((word: string): boolean => orgSuffixKeys.has(nameKey(word)));
export const isOrgHead = memoByWord((word: string): boolean => orgHeadKeys.has(nameKey(word)));
/** A one-word institution ("Congress", "Pentagon"): an organisation on its own. */
export const isInstitution = memoByWord((word: string): boolean => institutionKeys.has(nameKey(word)));
/** A lowercase noun after a name that makes it an organisation ("Acme magazine", "Foo company"). */
export const isOrgNounAfter = (word: string): boolean => orgNounsAfter.has(word);
/** The last word of a place name ("... Islands", "... River", "... County", "... Airport"). */
export const isPlaceHead = memoByWord((word: string): boolean => placeHeadKeys.has(nameKey(word)));
/** The first word of a place name ("Mount ...", "Lake ...", "Gulf of ..."). */
export const isPlacePrefix = memoByWord((word: string): boolean => placePrefixKeys.has(nameKey(word)));
export const isMediaCue = (word: string): boolean => mediaCueWords.has(word.toLowerCase());
export const isPlaceCue = (word: string): boolean => placeCueWords.has(word.toLowerCase());

/** Months, weekdays and holidays: capitalised, but dates, never entities. */
export const isCalendarWord = (word: string): boolean => monthWords.has(word) || weekdayWords.has(word) || holidayWords.has(word);

/** A noun that, after "X's", mostly follows a person ("X's wife", "X's lawyer", "X's death"). */
export const isPersonNounAfterPossessive = (word: string): boolean => personNounsAfterPossessive.has(word);

/** A verb that, right after a name, mostly follows a person ("X died", "X pleaded"). */
export const isPersonVerbAfter = (word: string): boolean => personVerbsAfter.has(word);

/** Capitalised words that are never a name on their own: pronouns, determiners, adverbs... */
export const isFunctionWord = (word: string): boolean => functionWords.has(word);
