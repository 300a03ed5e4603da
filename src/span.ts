import type { Span } from './model.ts';

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** `b` starts exactly where `a` ends ("1.5" and "m" in "1.5m"); false when either is missing. */
export function touching(a: Span | undefined, b: Span | undefined): boolean {
  return a !== undefined && b !== undefined && a.end === b.start;
}

export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

export function overlapLength(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

export function byPosition(a: Span, b: Span): number {
  return a.start - b.start || a.end - b.end;
}

export function sortSpans<T extends Span>(spans: readonly T[]): T[] {
  return [...spans].sort(byPosition);
}

/**
 * Keeps the best of overlapping candidates: higher `score` first, then longer, then earlier.
 * The result is sorted by position. This is the refiner most annotators end with.
 */
export function dropOverlaps<T extends Span>(spans: readonly T[], score: (s: T) => number = () => 0): T[] {
  const ranked = [...spans].sort(
    (a, b) => score(b) - score(a) || b.end - b.start - (a.end - a.start) || byPosition(a, b),
  );
  const kept: T[] = [];
  for (const span of ranked) {
    // kept spans never overlap and are sorted, so their ends never decrease: only the last one
    // starting before `span` ends can overlap it.
    const before = kept[firstStartingAt(kept, span.end) - 1];
    if (before !== undefined && before.end > span.start) continue;
    kept.splice(positionAfter(kept, span), 0, span);
  }
  return kept;
}

/** Where `span` goes in `kept` (sorted by position, ties in the order they came). */
function positionAfter(kept: readonly Span[], span: Span): number {
  let low = 0;
  let high = kept.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (byPosition(kept[mid]!, span) <= 0) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * A test of whether a span lies within one of `spans` and overlaps it (`overlaps(m, span) &&
 * m.start <= span.start && span.end <= m.end` for some m), answered by a binary search over the
 * spans sorted by start with the furthest end reached so far: many tests cost n log n, not n².
 */
export function withinAny(spans: readonly Span[]): (span: Span) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const reach: number[] = [];
  let furthest = Number.NEGATIVE_INFINITY;
  for (const s of sorted) {
    furthest = Math.max(furthest, s.end);
    reach.push(furthest);
  }
  return (span) => {
    const empty = span.start === span.end;
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      const start = sorted[mid]!.start;
      if (empty ? start < span.start : start <= span.start) low = mid + 1;
      else high = mid;
    }
    const best = reach[low - 1];
    return best !== undefined && (empty ? best > span.end : best >= span.end);
  };
}

/** True when the span overlaps any of the given spans (e.g. removed boilerplate). */
export function overlapsAny(span: Span, spans: readonly Span[]): boolean {
  return spans.some((s) => overlaps(s, span));
}

/** Trims whitespace from both ends of a span of `text`. */
export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  return { start, end };
}

/** Index of the first span (of spans sorted by start) that starts at or after `offset` (binary search). */
export function firstStartingAt(spans: readonly Span[], offset: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((spans[mid] as Span).start < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Index of the span (of spans sorted by start) that starts exactly at `offset`, else -1. */
export function indexStartingAt(spans: readonly Span[], offset: number): number {
  const at = firstStartingAt(spans, offset);
  return spans[at]?.start === offset ? at : -1;
}
