/**
 * Words written before or for a person's name: honorifics ("Mr.", "Sheikh"), roles that stand
 * for a person ("President", "spokeswoman"), occupations ("economist"), modifiers that build a
 * title ("Vice", "Former") and qualifiers that only narrow a role ("Republican", "Health").
 */
import titles from './data/titles.json' with { type: 'json' };
import type { Gender } from './given-names.ts';
import { keySet, memoByWord, nameKey } from './key.ts';

const honorificKeys = keySet(titles.honorifics);
const roleKeys = keySet(titles.roles);
const occupationKeys = keySet(titles.occupations);
const modifierKeys = keySet(titles.modifiers);
const qualifierKeys = keySet(titles.qualifiers);
const maleKeys = keySet(titles.male);
const femaleKeys = keySet(titles.female);

export const isHonorific = memoByWord((word: string): boolean => honorificKeys.has(nameKey(word)));

/** A role or occupation: "President", "Prime Minister", "economist". */
export const isRoleWord = memoByWord((word: string): boolean => {
  const key = nameKey(word);
  return roleKeys.has(key) || occupationKeys.has(key);
});

/** A word that builds or narrows a role: "Former", "Vice", "Health", "Republican". */
export const isRoleModifier = memoByWord((word: string): boolean => {
  const key = nameKey(word);
  return modifierKeys.has(key) || qualifierKeys.has(key);
});

/** A word of a title written before a name ("Former", "Vice", "President", "Mr."). */
export const isTitleWord = memoByWord((word: string): boolean => {
  const key = nameKey(word);
  return honorificKeys.has(key) || roleKeys.has(key) || modifierKeys.has(key);
});

/** A noun that can stand for a person on its own: "the president", "the spokeswoman". */
export const isRoleNoun = memoByWord((phrase: string): boolean => {
  const key = nameKey(phrase);
  return roleKeys.has(key) || occupationKeys.has(key) || honorificKeys.has(key);
});

/** The gender a title states ("Mrs.", "spokesman"), or undefined. */
export const titleGender = memoByWord((word: string): Gender | undefined => {
  const key = nameKey(word);
  if (maleKeys.has(key)) return 'm';
  return femaleKeys.has(key) ? 'f' : undefined;
});
