/**
 * Step 3: evidence for the type of each candidate. Each cue is its own function giving points
 * to one type; an entity's type is the one with most points over all its mentions (step 5).
 */
import type { EntityType } from '../../model.ts';
import type { Candidate } from './02-candidates.ts';
import { isAcronym } from './01-runs.ts';
import { isGivenName } from '../../lexicon/given-names.ts';
import {
  isInstitution,
  isMediaCue,
  isOrgHead,
  isOrgNounAfter,
  isOrgSuffix,
  isPersonNounAfterPossessive,
  isPersonVerbAfter,
  isPlaceCue,
  isPlaceHead,
  isPlacePrefix,
  placeOf,
} from './gazetteer.ts';

export type Scores = Readonly<Record<EntityType, number>>;

export const NO_SCORES: Scores = { person: 0, organization: 0, place: 0, other: 0 };

type Cue = (c: Candidate) => Partial<Scores>;

const SPEECH_VERBS = new Set(['said', 'says', 'told', 'added', 'stated', 'explained', 'recalled', 'noted', 'argued', 'insisted', 'wrote', 'asked', 'replied', 'responded', 'stressed', 'warned', 'admitted', 'confirmed', 'emphasized', 'emphasised', 'recounted', 'continued', 'tweeted', 'remarked', 'declared', 'claimed', 'denied']);
const last = (words: readonly string[]) => words[words.length - 1] ?? '';
const isPossessive = (word: string | undefined) => word === "'s" || word === '’s' || word === "'" || word === '’';

/** A known country, region or city. */
export const placeCue: Cue = (c) => (placeOf(c.name) === undefined ? {} : { place: 5 });

/**
 * A place head noun ending a longer name ("Mariana Islands", "Hudson River", "Kings County"), or
 * a place word opening it ("Lake Tahoe", "Gulf of Aden"), which an organisation head outweighs.
 */
export const placeHeadCue: Cue = (c) => {
  if (c.words.length < 2) return {};
  if (isPlaceHead(last(c.words))) return { place: 3 };
  return isPlacePrefix(c.words[0] ?? '') ? { place: 2 } : {};
};

/** A one-word institution: "Congress", "the Pentagon". */
export const institutionCue: Cue = (c) => (c.words.length === 1 && isInstitution(last(c.words)) ? { organization: 3 } : {});

/** A lowercase organisation noun right after the name: "Acme magazine", "Foo company". */
export const orgNounAfterCue: Cue = (c) => (isOrgNounAfter(c.after[0] ?? '') ? { organization: 2 } : {});

/** A role or honorific before the name. */
export const roleCue: Cue = (c) => (c.role === undefined ? {} : { person: 4 });

/** An organisation head noun or suffix: "... Department", "... Inc.", "Bank of ...". */
export const orgWordCue: Cue = (c) => {
  if (c.words.length < 2 && !isOrgSuffix(last(c.words))) return {};
  if (isOrgHead(last(c.words)) || isOrgSuffix(last(c.words))) return { organization: 3 };
  return c.words.some(isOrgHead) ? { organization: 2 } : {};
};

/** A single all-capitals word that is not a place: "NATO", "IMF". */
export const acronymCue: Cue = (c) =>
  c.words.length === 1 && isAcronym(last(c.words)) && placeOf(last(c.words)) === undefined ? { organization: 2 } : {};

/** A common given name first: "Ana Torres". */
export const givenNameCue: Cue = (c) => {
  if (!isGivenName(c.words[0] ?? '')) return {};
  return c.words.length >= 2 ? { person: 3 } : { person: 1 };
};

/** A speech verb right after a short name, or "said" right before it. */
export const speechCue: Cue = (c) => {
  const after = c.after[0] ?? '';
  const spoke = SPEECH_VERBS.has(after) || (after === 'has' && SPEECH_VERBS.has(c.after[1] ?? '')) || c.before[0] === 'said';
  if (!spoke || c.words.length > 3) return {};
  return { person: c.words.length >= 2 ? 2 : 1 };
};

/** ", who" after the name. */
export const whoCue: Cue = (c) => (c.after[0] === ',' && c.after[1] === 'who' ? { person: 2 } : {});

/** A capitalised word with lowercase letters ("Torres", "MacLeod", "O'Neil", "Lopez-Ruiz"). */
const NAME_WORD_SHAPE = /^\p{Lu}[\p{L}'’-]{1,24}$/u;
const HAS_LOWERCASE = /\p{Ll}/u;
const INITIAL = /^\p{Lu}\.?$/u;
const GENERATION_SUFFIX = /^(?:Jr|Sr|II|III|IV)\.?$/u;
const isPlainNameWord = (word: string) => NAME_WORD_SHAPE.test(word) && HAS_LOWERCASE.test(word);
const isInitialOrSuffix = (word: string, i: number, count: number) =>
  (i > 0 && INITIAL.test(word)) || (i === count - 1 && GENERATION_SUFFIX.test(word));

/**
 * Two to four plain capitalised words and nothing else known about them ("Ana Ruiz", "Luis M.
 * Ortega Jr."): in news most often a person. Worth less than any other cue, so it only decides
 * between nothing.
 */
export const nameShapeCue: Cue = (c) => {
  const count = c.words.length;
  const plain = count >= 2 && count <= 4 && !/^The\s/u.test(c.surface) && c.words.every((w, i) => isPlainNameWord(w) || isInitialOrSuffix(w, i, count));
  return plain && !c.words.some((w) => isOrgHead(w) || isOrgSuffix(w) || isPlaceHead(w) || placeOf(w) !== undefined) ? { person: 0.5 } : {};
};

/** An age in apposition: "Ana Torres, 33, ...". */
export const ageCue: Cue = (c) => {
  const [comma, age, closing] = c.after;
  const years = Number(age);
  return comma === ',' && closing === ',' && Number.isInteger(years) && years > 0 && years < 120 ? { person: 2 } : {};
};

/** "X's wife", "X's lawyer", "X's death": what only people have. */
export const kinCue: Cue = (c) => (isPossessive(c.after[0]) && isPersonNounAfterPossessive(c.after[1] ?? '') ? { person: 2 } : {});

/** "X died", "X pleaded": what only people do. */
export const personVerbCue: Cue = (c) => (isPersonVerbAfter(c.after[0] ?? '') ? { person: 2 } : {});

/** News-outlet context: "a X report", "X reported", "(X) -" as a dateline credit. */
export const mediaCue: Cue = (c) => {
  if (c.before[0] === '(' && c.after[0] === ')') return { organization: 2 };
  return isMediaCue(c.after[0] ?? '') ? { organization: 1 } : {};
};

/** "told X", "according to X" with a one-word name: most often a news outlet. */
export const sourceCue: Cue = (c) => {
  const cited = c.before[0] === 'told' || (c.before[0] === 'to' && c.before[1] === 'according');
  return cited && c.words.length === 1 && !isGivenName(c.words[0] ?? '') ? { organization: 1 } : {};
};

/** "in X", "near X": a weak hint of a place, but not "in X's ..." (an owner, most often a person). */
export const locativeCue: Cue = (c) => (isPlaceCue(c.before[0] ?? '') && !isPossessive(c.after[0]) ? { place: 1 } : {});

/** "the Colts", "the Red Sox", "the Saints": a lowercase "the" before a plural name, a team or group. */
export const pluralGroupCue: Cue = (c) => (c.before[0] === 'the' && /[^s']s$/u.test(last(c.words)) ? { organization: 1 } : {});

/** A capitalised "The" inside a sentence: a title ("The Daily Star"). */
export const theCue: Cue = (c) => (/^The\s/.test(c.surface) ? { organization: 1 } : {});

export const CUES: readonly Cue[] = [placeCue, placeHeadCue, institutionCue, orgNounAfterCue, roleCue, orgWordCue, acronymCue, givenNameCue, nameShapeCue, speechCue, whoCue, ageCue, kinCue, personVerbCue, mediaCue, sourceCue, locativeCue, pluralGroupCue, theCue];

export function addScores(a: Scores, b: Partial<Scores>): Scores {
  return {
    person: a.person + (b.person ?? 0),
    organization: a.organization + (b.organization ?? 0),
    place: a.place + (b.place ?? 0),
    other: a.other + (b.other ?? 0),
  };
}

/** All the evidence one candidate carries. */
export function scoreCandidate(c: Candidate): Scores {
  const sum = { ...NO_SCORES };
  for (const cue of CUES) {
    const points = cue(c);
    sum.person += points.person ?? 0;
    sum.organization += points.organization ?? 0;
    sum.place += points.place ?? 0;
    sum.other += points.other ?? 0;
  }
  return sum;
}

const TIE_ORDER: readonly EntityType[] = ['place', 'organization', 'person'];

/** The type with most points; "other" when nothing points anywhere. */
export function typeOf(scores: Scores): EntityType {
  let best: EntityType = 'other';
  let bestScore = 0;
  for (const type of TIE_ORDER) {
    if (scores[type] > bestScore) {
      best = type;
      bestScore = scores[type];
    }
  }
  return best;
}
