/**
 * Step 3: evidence for the type of each candidate. Each cue is its own function giving points
 * to one type; an entity's type is the one with most points over all its mentions (step 5).
 */
import type { EntityType } from '../../model.ts';
import type { Candidate } from './02-candidates.ts';
import { isAcronym } from './01-runs.ts';
import { isGivenName } from '../../lexicon/given-names.ts';
import { isMediaCue, isOrgHead, isOrgSuffix, isPlaceCue, placeOf } from './gazetteer.ts';

export type Scores = Readonly<Record<EntityType, number>>;

export const NO_SCORES: Scores = { person: 0, organization: 0, place: 0, other: 0 };

type Cue = (c: Candidate) => Partial<Scores>;

const SPEECH_VERBS = new Set(['said', 'says', 'told', 'added', 'stated', 'explained', 'recalled', 'noted', 'argued', 'insisted', 'wrote', 'asked', 'replied', 'responded', 'stressed', 'warned', 'admitted', 'confirmed', 'emphasized', 'emphasised', 'recounted', 'continued', 'tweeted', 'remarked', 'declared', 'claimed', 'denied']);
const last = (words: readonly string[]) => words[words.length - 1] ?? '';

/** A known country, region or city. */
export const placeCue: Cue = (c) => (placeOf(c.words.join(' ')) === undefined ? {} : { place: 5 });

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

/** "in X", "near X": a weak hint of a place. */
export const locativeCue: Cue = (c) => (isPlaceCue(c.before[0] ?? '') ? { place: 1 } : {});

/** A capitalised "The" inside a sentence: a title ("The Daily Star"). */
export const theCue: Cue = (c) => (/^The\s/.test(c.surface) ? { organization: 1 } : {});

export const CUES: readonly Cue[] = [placeCue, roleCue, orgWordCue, acronymCue, givenNameCue, speechCue, whoCue, mediaCue, sourceCue, locativeCue, theCue];

export function addScores(a: Scores, b: Partial<Scores>): Scores {
  return {
    person: a.person + (b.person ?? 0),
    organization: a.organization + (b.organization ?? 0),
    place: a.place + (b.place ?? 0),
    other: a.other + (b.other ?? 0),
  };
}

/** Scores already computed: merging regroups the same candidates several times. */
const scored = new WeakMap<Candidate, Scores>();

/** All the evidence one candidate carries. */
export function scoreCandidate(c: Candidate): Scores {
  let scores = scored.get(c);
  if (scores === undefined) {
    scores = CUES.reduce((sum, cue) => addScores(sum, cue(c)), NO_SCORES);
    scored.set(c, scores);
  }
  return scores;
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
