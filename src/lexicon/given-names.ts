/**
 * Common given names, by the gender they usually have, across the languages that most often
 * appear in English news. Census-style lists of frequent names, not names of particular people.
 */
import givenNames from './data/given-names.json' with { type: 'json' };
import { keySet, memoByWord, nameKey } from './key.ts';

export type Gender = 'm' | 'f';

const maleKeys = keySet(givenNames.male);
const femaleKeys = keySet(givenNames.female);
const eitherKeys = keySet(givenNames.either);

export const isGivenName = memoByWord((word: string): boolean => {
  const key = nameKey(word);
  return maleKeys.has(key) || femaleKeys.has(key) || eitherKeys.has(key);
});

/** The gender a given name usually has, or null when unknown, used for both or not a name. */
export const givenNameGender = memoByWord((word: string): Gender | null => {
  const key = nameKey(word);
  if (maleKeys.has(key)) return 'm';
  if (femaleKeys.has(key)) return 'f';
  return null;
});
