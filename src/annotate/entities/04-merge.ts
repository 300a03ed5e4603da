/**
 * Step 4: mentions of one entity are grouped. Each refiner folds the list of groups: same key
 * (abbreviations and aliases included), a surname or first name alone joining the one full name
 * it belongs to, an acronym joining the name it abbreviates, and spelling variants.
 */
import { distance } from 'fastest-levenshtein';
import type { Candidate } from './02-candidates.ts';
import { isAcronym } from './01-runs.ts';
import { isGivenName } from '../../lexicon/given-names.ts';
import { nameKey } from '../../lexicon/key.ts';
import { placeOf } from './gazetteer.ts';
import { addScores, NO_SCORES, scoreCandidate, typeOf } from './03-type.ts';
import type { Scores } from './03-type.ts';

export interface Group {
  readonly members: readonly Candidate[];
  readonly scores: Scores;
  /** Keys of the words of the longest name in the group. */
  readonly words: readonly string[];
}

/** The key a candidate is grouped by: the place's canonical name when it is a known place. */
export function candidateKey(c: Candidate): string {
  return nameKey(placeOf(c.name)?.name ?? c.name);
}

function groupOf(members: readonly Candidate[], scores: Scores): Group {
  const longest = members.reduce((a, b) => (b.words.length > a.words.length ? b : a));
  return { members, scores, words: longest.words.map(nameKey) };
}

/** A group of candidates, each scored here once: merged groups add up their groups' scores. */
function newGroup(members: readonly Candidate[]): Group {
  return groupOf(members, members.reduce((sum, c) => addScores(sum, scoreCandidate(c)), NO_SCORES));
}

const isPlaceGroup = (g: Group) => g.members.some((c) => placeOf(c.name) !== undefined);

/** Weak candidates (sentence starts, headlines) stay only when a firm mention confirms them. */
export function confirmWeak(candidates: readonly Candidate[]): Candidate[] {
  const confirmed = new Set<string>();
  for (const c of candidates) {
    if (c.weak) continue;
    confirmed.add(candidateKey(c));
    for (const word of c.words) confirmed.add(nameKey(word));
  }
  return candidates.filter(
    (c) => !c.weak || confirmed.has(candidateKey(c)) || placeOf(c.name) !== undefined,
  );
}

export function groupByKey(candidates: readonly Candidate[]): Group[] {
  const byKey = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const key = candidateKey(c);
    const members = byKey.get(key);
    if (members) members.push(c);
    else byKey.set(key, [c]);
  }
  return [...byKey.values()].map(newGroup);
}

/** Index lists by a key, for refiners that look a group's partners up instead of scanning. */
function indexBy(groups: readonly Group[], keysOf: (g: Group, i: number) => readonly string[]): Map<string, number[]> {
  const index = new Map<string, number[]>();
  groups.forEach((g, i) => {
    for (const key of keysOf(g, i)) {
      const list = index.get(key);
      if (list) list.push(i);
      else index.set(key, [i]);
    }
  });
  return index;
}

/**
 * One group of the members of `parts`, in order, with their scores summed. Cue points are
 * multiples of 0.5, so the sum is exact and the same as summing member by member.
 */
function joinGroups(parts: readonly Group[]): Group {
  return groupOf(parts.flatMap((g) => g.members), parts.reduce((sum, g) => addScores(sum, g.scores), NO_SCORES));
}

/** Joins each group with the group `targetOf` picks (an index), transitively. */
function joinTargets(groups: readonly Group[], targetOf: (g: Group, i: number) => number | undefined): Group[] {
  const parent = groups.map((_, i) => i);
  const root = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r] ?? r;
    return r;
  };
  let anyJoined = false;
  groups.forEach((g, i) => {
    const target = targetOf(g, i);
    if (target !== undefined && root(target) !== root(i)) {
      parent[root(i)] = root(target);
      anyJoined = true;
    }
  });
  if (!anyJoined) return [...groups];
  const joined = new Map<number, number[]>();
  groups.forEach((_, i) => {
    const parts = joined.get(root(i));
    if (parts) parts.push(i);
    else joined.set(root(i), [i]);
  });
  // A group that joined nothing is kept as it is; the others are rebuilt from their members.
  return [...joined.values()].map((parts) =>
    parts.length === 1 ? (groups[parts[0] as number] as Group) : joinGroups(parts.map((i) => groups[i] as Group)),
  );
}

const only = (list: readonly number[] | undefined): number | undefined => (list?.length === 1 ? list[0] : undefined);
/** Generational suffixes after a surname ("Jr.", "III"), as keys. */
const GENERATIONS = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** The surname: the last word before any generational suffix. */
export function surnameOf(words: readonly string[]): string {
  const end = words.length > 1 && GENERATIONS.has(words[words.length - 1] ?? '') ? words.length - 1 : words.length;
  return words[end - 1] ?? '';
}

const lastWord = (g: Group) => surnameOf(g.words);

/**
 * "Torres" alone joins "Ana Torres" (a person, or untyped) when exactly one full name fits;
 * "Ana" alone joins the one person whose first name it is.
 */
export function attachShortForms(groups: readonly Group[]): Group[] {
  const fullName = (g: Group) => g.words.length >= 2 && ['person', 'other'].includes(typeOf(g.scores)) && !isPlaceGroup(g);
  const bySurname = indexBy(groups, (g) => (fullName(g) ? [lastWord(g)] : []));
  const byFirstName = indexBy(groups, (g) => (fullName(g) && typeOf(g.scores) === 'person' ? [g.words[0] ?? ''] : []));
  return joinTargets(groups, (g) => {
    if (g.words.length !== 1 || isPlaceGroup(g)) return undefined;
    const word = g.words[0] ?? '';
    return bySurname.has(word) ? only(bySurname.get(word)) : only(byFirstName.get(word));
  });
}

/**
 * "Ana Torres" joins "Ana Maria Torres": full names with the same first and last word are one
 * person when at most one longer form is written (two different middle names are two people).
 */
export function joinMiddleNames(groups: readonly Group[]): Group[] {
  const fullName = (g: Group) => g.words.length >= 2 && ['person', 'other'].includes(typeOf(g.scores)) && !isPlaceGroup(g);
  const endsOf = groups.map((g) => (fullName(g) ? `${g.words[0] ?? ''} ${lastWord(g)}` : undefined));
  const byEnds = indexBy(groups, (_, i) => (endsOf[i] === undefined ? [] : [endsOf[i]]));
  return joinTargets(groups, (_, i) => {
    const ends = endsOf[i];
    const partners = ends === undefined ? [] : (byEnds.get(ends) ?? []);
    const longer = partners.filter((j) => (groups[j] as Group).words.length > 2);
    return longer.length === 1 ? longer[0] : undefined;
  });
}

const STARTS_UPPER = /^\p{Lu}/u;
const initials = (g: Group) =>
  g.members[0]?.words.filter((w) => STARTS_UPPER.test(w)).map((w) => w[0]).join('') ?? '';

/** "IMF" joins "International Monetary Fund". */
export function mergeAcronyms(groups: readonly Group[]): Group[] {
  const byInitials = indexBy(groups, (g) => (g.words.length >= 2 ? [initials(g)] : []));
  return joinTargets(groups, (g) => {
    const word = g.members[0]?.words[0] ?? '';
    if (g.words.length !== 1 || !isAcronym(word) || isPlaceGroup(g)) return undefined;
    return only(byInitials.get(word.replace(/\./g, '')));
  });
}

/** One word is a misspelling of another: long enough, close enough, not two given names. */
export function isTypoOf(a: string, b: string): boolean {
  if (a === b) return false;
  const shorter = Math.min(a.length, b.length);
  if (shorter < 5 || Math.abs(a.length - b.length) > 2) return false;
  if (isGivenName(a) && isGivenName(b)) return false;
  return distance(a, b) <= (shorter >= 9 ? 2 : 1);
}

/** Names of the same length in words that differ by one misspelt word, or a lone misspelt surname. */
export function isVariantName(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 1 && b.length >= 2) return isTypoOf(a[0] ?? '', b[b.length - 1] ?? '');
  if (a.length !== b.length) return false;
  let differing = -1;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (differing >= 0) return false;
    differing = i;
  }
  return differing >= 0 && isTypoOf(a[differing] ?? '', b[differing] ?? '');
}

function compatible(a: Group, b: Group): boolean {
  if (isPlaceGroup(a) || isPlaceGroup(b)) return false;
  const ta = typeOf(a.scores);
  const tb = typeOf(b.scores);
  return ta === tb || ta === 'other' || tb === 'other';
}

/**
 * Spelling variants and typos of one name join the fuller, then the better attested form (a lone
 * "Torres" joins a misspelt "Ana Torrez", whose spelling is then corrected). Partners are looked
 * up by first letter (of the first word; of the surname for a lone word), so a typo in a
 * name's first letter is not caught.
 */
export function mergeTypos(groups: readonly Group[]): Group[] {
  const byFirstLetter = indexBy(groups, (g) => [`f:${g.words[0]?.[0] ?? ''}`, ...(g.words.length >= 2 ? [`l:${lastWord(g)[0] ?? ''}`] : [])]);
  return joinTargets(groups, (g, i) => {
    const key = g.words.length === 1 ? [`f:${g.words[0]?.[0] ?? ''}`, `l:${g.words[0]?.[0] ?? ''}`] : [`f:${g.words[0]?.[0] ?? ''}`];
    const partners = [...new Set(key.flatMap((k) => byFirstLetter.get(k) ?? []))].filter((j) => {
      const other = groups[j] as Group;
      const longer = other.words.length - g.words.length;
      const more = other.members.length - g.members.length;
      const better = longer > 0 || (longer === 0 && (more > 0 || (more === 0 && j < i)));
      return j !== i && better && compatible(g, other) && (isVariantName(g.words, other.words) || isVariantName(other.words, g.words));
    });
    return only(partners);
  });
}

/** All merging steps, in order. */
export function mergeCandidates(candidates: readonly Candidate[]): Group[] {
  const steps = [joinMiddleNames, attachShortForms, mergeAcronyms, mergeTypos];
  return steps.reduce((groups, step) => step(groups), groupByKey(confirmWeak(candidates)));
}
