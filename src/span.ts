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
  for (const span of ranked) if (!kept.some((k) => overlaps(k, span))) kept.push(span);
  return sortSpans(kept);
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
