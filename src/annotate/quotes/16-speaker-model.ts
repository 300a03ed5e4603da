import type { Quote } from '../../model.ts';
import { fail } from '../../errors.ts';
import { gatherCandidates, neighboursOf, type Neighbours, type SpeakerCandidate, type SpeakerContext } from './speaker-candidates.ts';
import { FEATURE_NAMES, featuresOf, quoteSetting } from './speaker-features.ts';

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

/** The most probable candidate and its probability (the first of equals), or null when there is none. */
export function bestOf(model: SpeakerModel, scored: readonly ScoredCandidate[]): { candidate: SpeakerCandidate; probability: number } | null {
  let best: { candidate: SpeakerCandidate; probability: number } | null = null;
  for (const { candidate, features } of scored) {
    const probability = probabilityOf(model, features);
    if (!best || probability > best.probability) best = { candidate, probability };
  }
  return best;
}

function checkModel(model: SpeakerModel): void {
  const same = model.features.length === FEATURE_NAMES.length && model.weights.length === FEATURE_NAMES.length && FEATURE_NAMES.every((name, i) => model.features[i] === name);
  if (!same) fail('E_OPTION', `expected a speaker model over the features ${FEATURE_NAMES.join(', ')}, instead found ${model.features.join(', ')}: regenerate it with scripts/train-speakers.ts`);
}

/**
 * Refiner: a quote the rules left without a speaker takes the model's most probable candidate,
 * as inferred, when its probability reaches the model's threshold. Quotes inside another quote
 * are left alone (their speaker is the outer one's or someone the outer speaker quotes).
 */
export function chooseSpeakers(ctx: SpeakerContext, quotes: readonly Quote[], model: SpeakerModel): Quote[] {
  checkModel(model);
  const nested = nestedFlags(quotes);
  const neighbours = neighboursOf(quotes);
  return quotes.map((quote, i) => {
    if (quote.speaker || nested[i] === true) return quote;
    const best = bestOf(model, scoredCandidates(ctx, quote, neighbours[i] as Neighbours));
    return best && best.probability >= model.threshold ? { ...quote, speaker: { ...best.candidate.speaker, inferred: true } } : quote;
  });
}
