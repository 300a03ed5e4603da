/**
 * Countries with their aliases and demonyms ("United States": "U.S.", "America"; "American").
 * Lookups go through `nameKey`, so case, dots and accents do not count.
 */
import countryList from './data/countries.json' with { type: 'json' };
import { memoByWord, nameKey, withoutPossessive } from './key.ts';

export interface Country {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly demonyms: readonly string[];
}

export const countries: readonly Country[] = countryList;

/** Keys to canonical names; the first country to claim a key keeps it. */
function table(surfacesOf: (c: Country) => readonly string[]): ReadonlyMap<string, string> {
  const byKey = new Map<string, string>();
  for (const c of countries) {
    for (const surface of surfacesOf(c)) {
      const key = nameKey(surface);
      if (!byKey.has(key)) byKey.set(key, c.name);
    }
  }
  return byKey;
}

const countryByName = table((c) => [c.name, ...c.aliases]);
const countryByDemonym = table((c) => c.demonyms);

/** The country a name or alias denotes ("US", "U.S." and "United States" give United States). */
export const countryOfName = memoByWord((surface: string): string | undefined => countryByName.get(nameKey(surface)));

/** The country of a demonym ("Mexican" gives Mexico). */
export const countryOfDemonym = memoByWord((surface: string): string | undefined => countryByDemonym.get(nameKey(surface)));

/** The country one word names or describes ("France", "France's", "French", "U.S."), or undefined. */
export const countryOf = memoByWord((word: string): string | undefined => {
  const bare = withoutPossessive(word);
  return countryOfName(bare) ?? countryOfDemonym(bare);
});
