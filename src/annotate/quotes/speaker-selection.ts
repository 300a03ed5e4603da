import { isConfident, type AbstentionCut } from './16-speaker-model.ts';

/**
 * How scripts/train-speakers.ts picks the chooser's L2 penalty and abstention cut, on the POOLED
 * cross-trained picks of both train halves (every quote scored by a model that never saw its
 * article). The settings form a grid (penalty x threshold x margin); each cell's neighbourhood is
 * itself and the cells one step away on every axis (27 cells; an edge repeats). The setting chosen
 * has the most right speakers summed over its neighbourhood, among those whose neighbourhood,
 * summed, keeps the precision floors. Objective and floors are thus read on a smoothed surface: a
 * spike or a hole at one cell cannot decide the choice, nor can a floor kept by one cell alone.
 * Sums of counts compare exactly, so the choice is deterministic; ties go to the more cautious
 * setting (stronger penalty, then higher threshold, then higher margin).
 */

/** The chooser's pick for one speaker-less training quote, by a model that did not see its article. */
export interface Outcome {
  readonly probability: number;
  readonly runnerUp: number;
  /** The pick is a right speaker by the eval's rule. */
  readonly right: boolean;
}

/** Speaker counts over the judged training quotes. */
export interface SpeakerCounts {
  /** Matched quotes whose speaker is judged (the accuracy's denominator). */
  readonly judged: number;
  readonly given: number;
  readonly correct: number;
}

export interface PrecisionFloors {
  /** Speakers given (rules and model) are right at least this often. */
  readonly overall: number;
  /** The model's own speakers are right at least this often: a wrong speaker costs more than none. */
  readonly model: number;
}

/** Candidate thresholds and margins, each in increasing order with one step between neighbours. */
export interface CutGrid {
  readonly thresholds: readonly number[];
  readonly margins: readonly number[];
}

export interface Selection {
  /** Index of the chosen penalty's picks. */
  readonly penalty: number;
  readonly cut: AbstentionCut;
  /** Right speakers summed over the neighbourhood. */
  readonly score: number;
}

/** The rules' counts with the model's confident picks added. */
export function countsAt(rules: SpeakerCounts, outcomes: readonly Outcome[], cut: AbstentionCut): SpeakerCounts {
  let given = rules.given;
  let correct = rules.correct;
  for (const outcome of outcomes) {
    if (!isConfident(cut, outcome)) continue;
    given++;
    if (outcome.right) correct++;
  }
  return { judged: rules.judged, given, correct };
}

/** True when both precision floors hold on these counts (rules' and rules-and-model's, summed alike). */
export function keepsFloors(rules: SpeakerCounts, counts: SpeakerCounts, floors: PrecisionFloors): boolean {
  const modelGiven = counts.given - rules.given;
  const modelRight = counts.correct - rules.correct;
  return counts.correct >= floors.overall * counts.given && modelRight >= floors.model * modelGiven;
}

/** The indexes one step around `at` (itself included), clamped to [0, length): always three. */
export function stepsAround(at: number, length: number): [number, number, number] {
  const clamp = (i: number): number => Math.min(length - 1, Math.max(0, i));
  return [clamp(at - 1), at, clamp(at + 1)];
}

function sumCounts(all: readonly SpeakerCounts[]): SpeakerCounts {
  return all.reduce((sum, c) => ({ judged: sum.judged + c.judged, given: sum.given + c.given, correct: sum.correct + c.correct }), { judged: 0, given: 0, correct: 0 });
}

const scaled = (counts: SpeakerCounts, times: number): SpeakerCounts => ({ judged: counts.judged * times, given: counts.given * times, correct: counts.correct * times });

/** Orders settings: true when `a` is more cautious than `b`. */
function moreCautious(a: Selection, b: Selection): boolean {
  if (a.penalty !== b.penalty) return a.penalty > b.penalty;
  return a.cut.threshold > b.cut.threshold || (a.cut.threshold === b.cut.threshold && a.cut.margin > b.cut.margin);
}

/**
 * The setting chosen by the rule above, or null when no neighbourhood keeps the floors.
 * `picksByPenalty` holds the pooled picks under each penalty, weakest first. Only cuts whose
 * margin is at most their threshold are candidates: the runner-up's probability is never
 * negative, so a lower threshold would never bind (t=0.05 with m=0.3 decides as t=0.3, m=0.3).
 */
export function selectSetting(rules: SpeakerCounts, picksByPenalty: readonly (readonly Outcome[])[], grid: CutGrid, floors: PrecisionFloors): Selection | null {
  const cells = picksByPenalty.map((picks) => grid.thresholds.map((threshold) => grid.margins.map((margin) => countsAt(rules, picks, { threshold, margin }))));
  const cell = (p: number, t: number, m: number): SpeakerCounts => cells[p]?.[t]?.[m] as SpeakerCounts;
  let best: Selection | null = null;
  cells.forEach((_, penalty) => {
    grid.thresholds.forEach((threshold, t) => {
      grid.margins.forEach((margin, m) => {
        if (margin > threshold) return;
        const around = stepsAround(penalty, cells.length).flatMap((p) => stepsAround(t, grid.thresholds.length).flatMap((i) => stepsAround(m, grid.margins.length).map((j) => cell(p, i, j))));
        const summed = sumCounts(around);
        if (!keepsFloors(scaled(rules, around.length), summed, floors)) return;
        const candidate = { penalty, cut: { threshold, margin }, score: summed.correct };
        if (!best || candidate.score > best.score || (candidate.score === best.score && moreCautious(candidate, best))) best = candidate;
      });
    });
  });
  return best;
}
