import type { Span } from '../../model.ts';
import type { Line } from '../lines.ts';

/** A span a detector proposes to remove, with the reason a reader would give. */
export interface Mark extends Span {
  readonly reason: string;
}

/** A detector looks at the lines not yet removed and proposes marks. */
export type Detector = (lines: readonly Line[]) => Mark[];

/** Marks every line the predicate accepts, whole (given the line's word count, already counted). */
export function lineDetector(reason: string, accepts: (text: string, words: number) => boolean): Detector {
  return (lines) =>
    lines.filter((line) => accepts(line.text, line.words)).map((line) => ({ start: line.start, end: line.end, reason }));
}
