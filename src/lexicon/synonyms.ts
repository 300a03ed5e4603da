/**
 * Synonyms from WordNet: groups of words that can stand for each other ("sacrosanct",
 * "inviolable"), built offline by `scripts/build-synonyms.ts` into `data/synonyms.json`. Only
 * words with few senses are in it, so a shared group is a safe sign of one meaning. The index is
 * built the first time it is asked for, once per way of keying words (plain words, stems).
 */
import synonymTable from './data/synonyms.json' with { type: 'json' };

/** Space-separated lower-case words, one group a string. */
export const synonymGroups: readonly string[] = synonymTable.groups;

export type WordKey = (word: string) => string;

/** Group numbers of every keyed word. */
export type SynonymIndex = ReadonlyMap<string, readonly number[]>;

const indexes = new Map<WordKey, SynonymIndex>();

const lowerCase: WordKey = (word) => word.toLowerCase();

/** The groups of each word of the table under `keyOf` (e.g. a stemmer); built once per `keyOf`. */
export function synonymIndex(keyOf: WordKey = lowerCase): SynonymIndex {
  const known = indexes.get(keyOf);
  if (known !== undefined) return known;
  const index = new Map<string, number[]>();
  synonymGroups.forEach((group, i) => {
    for (const word of new Set(group.split(' ').map(keyOf))) {
      const groups = index.get(word);
      if (groups === undefined) index.set(word, [i]);
      else groups.push(i);
    }
  });
  indexes.set(keyOf, index);
  return index;
}

/** True when two different keys share a synonym group of `index`. */
export function sharesGroup(index: SynonymIndex, a: string, b: string): boolean {
  if (a === b) return false;
  const groupsOfA = index.get(a);
  const groupsOfB = index.get(b);
  if (groupsOfA === undefined || groupsOfB === undefined) return false;
  return groupsOfA.some((g) => groupsOfB.includes(g));
}

/** Two different words that WordNet gives one sense in common ("sacrosanct", "inviolable"). */
export function areSynonyms(a: string, b: string): boolean {
  return sharesGroup(synonymIndex(), lowerCase(a), lowerCase(b));
}
