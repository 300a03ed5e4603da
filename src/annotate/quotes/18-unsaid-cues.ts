import type { Quote } from '../../model.ts';
import { mapWithClauses } from './reported-clauses.ts';

/** Words that make the verb after them a thing not (yet) said: an infinitive or a modal ("to urge", "will say"). */
const UNSAID_MARKERS: ReadonlySet<string> = new Set(['to', 'will', 'would', 'could', 'should', 'might', 'may', 'can', 'must']);
/** The marker is one of this many words right before the cue ("to further explain"). */
const MARKER_REACH = 2;
const WORDS = /[\p{L}’']+/gu;

/**
 * True when the quote's cue, written between its speaker and its opening, is governed by an
 * infinitive or a modal ("Ruiz was right to urge leaders “...”", "Ruiz will continue to be
 * “...”"): the speaker has not said these words.
 */
export function hasUnsaidCue(text: string, quote: Quote): boolean {
  const speaker = quote.speaker;
  if (speaker?.end === undefined || quote.cue === undefined || speaker.end > quote.start) return false;
  const between = text.slice(speaker.end, quote.start).toLowerCase();
  const at = between.lastIndexOf(quote.cue.toLowerCase());
  if (at < 0) return false;
  const before = between.slice(0, at).match(WORDS) ?? [];
  return before.slice(-MARKER_REACH).some((w) => UNSAID_MARKERS.has(w));
}

/**
 * Refiner: a quote inside a reported clause ("Lee said Ruiz was right to urge leaders “...”")
 * whose own cue is one its speaker has not performed (see hasUnsaidCue) gives the words of the
 * clause's speaker: it takes that speaker, as inferred. `sorted` by start, then end.
 */
export function withReporterOfUnsaidCues(text: string, sorted: readonly Quote[]): Quote[] {
  return mapWithClauses(sorted, (quote, clause) => {
    const reporter = clause?.speaker;
    const start = quote.speaker?.start;
    const inClause = clause !== null && start !== undefined && start >= clause.start && quote.end <= clause.end;
    return reporter && inClause && reporter.name !== quote.speaker?.name && hasUnsaidCue(text, quote) ? { ...quote, speaker: { ...reporter, inferred: true } } : quote;
  });
}
