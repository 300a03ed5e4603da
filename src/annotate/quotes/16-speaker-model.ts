import type { Quote } from '../../model.ts';
import { fail } from '../../errors.ts';
import { gatherCandidates, type SpeakerCandidate } from './speaker-candidates.ts';
import { neighboursOf, type Neighbours, type SpeakerContext } from './speaker-context.ts';
import { FEATURE_NAMES, featuresOf, quoteSetting } from './speaker-features.ts';
import { isEligible } from './speaker-eligibility.ts';

/**
 * A logistic model over the features of a candidate speaker (see speaker-features.ts), trained
 * by scripts/train-speakers.ts; its data file is data/speaker-model.ts.
 */
export interface SpeakerModel {
  readonly features: readonly string[];
  readonly weights: readonly number[];
  readonly bias: number;
  /** The chooser abstains when its best candidate's probability is below this. */
  readonly threshold: number;
  /** ... or when the second best comes within this much of it: two near-equal candidates are a guess. */
  readonly margin: number;
}

/** The best candidate, its probability and the second best's (0 when alone). */
export interface Choice {
  readonly candidate: SpeakerCandidate;
  readonly probability: number;
  readonly runnerUp: number;
}

export interface ScoredCandidate {
  readonly candidate: SpeakerCandidate;
  readonly features: readonly number[];
}

/** The probability the model gives a candidate with these features. */
export function probabilityOf(model: SpeakerModel, features: readonly number[]): number {
  let z = model.bias;
  for (let i = 0; i < features.length; i++) z += (model.weights[i] ?? 0) * (features[i] ?? 0);
  return 1 / (1 + Math.exp(-z));
}

/** For each quote (sorted by start), true when it lies inside an earlier one. */
export function nestedFlags(quotes: readonly Quote[]): boolean[] {
  let reach = -1;
  return quotes.map((q) => {
    const nested = q.end <= reach;
    reach = Math.max(reach, q.end);
    return nested;
  });
}

/** The candidates of a quote with their features. */
export function scoredCandidates(ctx: SpeakerContext, quote: Quote, neighbours: Neighbours): ScoredCandidate[] {
  const candidates = gatherCandidates(ctx, quote, neighbours);
  const setting = quoteSetting(ctx, quote, candidates);
  return candidates.map((candidate) => ({ candidate, features: featuresOf(candidate, setting) }));
}

/** The most probable candidate (the first of equals) with its probability and the runner-up's, or null when there is none. */
export function bestOf(model: SpeakerModel, scored: readonly ScoredCandidate[]): Choice | null {
  let candidate: SpeakerCandidate | null = null;
  let probability = -1;
  let runnerUp = 0;
  for (const entry of scored) {
    const p = probabilityOf(model, entry.features);
    if (p > probability) [candidate, probability, runnerUp] = [entry.candidate, p, Math.max(runnerUp, probability)];
    else if (p > runnerUp) runnerUp = p;
  }
  return candidate ? { candidate, probability, runnerUp } : null;
}

/** The last word of a name, lower case: "Ana Ruiz" and "Ruiz" name one person. */
const surname = (name: string): string => (name.split(' ').pop() ?? '').toLowerCase();

/**
 * True when two candidates stand for one speaker: their mentions overlap ("The stream" and "The
 * stream of new money") or their names end in the same word ("the Democratic National Committee"
 * read as a subject and as an organisation). Such a pair does not make the field uncertain.
 */
export function sameSpeaker(a: SpeakerCandidate, b: SpeakerCandidate): boolean {
  const [x, y] = [a.speaker, b.speaker];
  const overlap = x.start !== undefined && x.end !== undefined && y.start !== undefined && y.end !== undefined && x.start < y.end && y.start < x.end;
  return overlap || (surname(x.name) !== '' && surname(x.name) === surname(y.name));
}

/**
 * The chooser's pick among the eligible candidates (see isEligible: some evidence of speech, ...),
 * measured against the runner-up among all candidates that are not the same speaker: a name near the quote with no sign of
 * speech cannot be chosen, but it still makes the field uncertain. A partial quote whose own
 * sentence has a subject before it may only take that subject: the fragment is part of its
 * clause ("Critics want it “...”" is not the previous speaker's).
 */
export function choose(model: SpeakerModel, quote: Quote, scored: readonly ScoredCandidate[]): Choice | null {
  const ownSubjectOnly = quote.kind === 'partial' && scored.some((s) => s.candidate.ownSubject);
  const best = bestOf(model, scored.filter((s) => isEligible(s.candidate, quote) && (!ownSubjectOnly || s.candidate.ownSubject)));
  if (!best) return null;
  const others = scored.filter((s) => s.candidate !== best.candidate && !sameSpeaker(s.candidate, best.candidate)).map((s) => probabilityOf(model, s.features));
  return { ...best, runnerUp: Math.max(0, ...others) };
}

/** Where the chooser abstains: a model's threshold and margin. */
export type AbstentionCut = Pick<SpeakerModel, 'threshold' | 'margin'>;

/** True when the model is sure enough of its choice: probable enough, and clear of the runner-up. */
export function isConfident(cut: AbstentionCut, choice: Pick<Choice, 'probability' | 'runnerUp'>): boolean {
  return choice.probability >= cut.threshold && choice.probability - choice.runnerUp >= cut.margin;
}

function checkModel(model: SpeakerModel): void {
  const same = model.features.length === FEATURE_NAMES.length && model.weights.length === FEATURE_NAMES.length && FEATURE_NAMES.every((name, i) => model.features[i] === name);
  if (!same) fail('E_OPTION', `expected a speaker model over the features ${FEATURE_NAMES.join(', ')}, instead found ${model.features.join(', ')}: regenerate it with scripts/train-speakers.ts`);
}

/**
 * Refiner: a quote the rules left without a speaker takes the model's most probable candidate,
 * as inferred, when its probability reaches the model's threshold clear of the runner-up. Quotes inside another quote
 * are left alone (their speaker is the outer one's or someone the outer speaker quotes).
 */
export function chooseSpeakers(ctx: SpeakerContext, quotes: readonly Quote[], model: SpeakerModel): Quote[] {
  checkModel(model);
  const nested = nestedFlags(quotes);
  const neighbours = neighboursOf(quotes);
  return quotes.map((quote, i) => {
    if (quote.speaker || nested[i] === true) return quote;
    const best = choose(model, quote, scoredCandidates(ctx, quote, neighbours[i] as Neighbours));
    return best && isConfident(model, best) ? { ...quote, speaker: { ...best.candidate.speaker, inferred: true } } : quote;
  });
}
