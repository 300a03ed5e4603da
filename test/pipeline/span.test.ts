import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Span } from '../../src/model.ts';
import { dropOverlaps, overlaps, sortSpans, withinAny } from '../../src/span.ts';

interface Scored extends Span {
  readonly id: number;
  readonly score: number;
}

/** The plain definition: rank, keep each span that overlaps nothing kept, sort by position. */
function keptByDefinition(spans: readonly Scored[]): Scored[] {
  const ranked = [...spans].sort((a, b) => b.score - a.score || b.end - b.start - (a.end - a.start) || a.start - b.start || a.end - b.end);
  const kept: Scored[] = [];
  for (const span of ranked) if (!kept.some((k) => overlaps(k, span))) kept.push(span);
  return sortSpans(kept);
}

describe('dropOverlaps', () => {
  it('keeps the higher score, then the longer, then the earlier; sorted by position', () => {
    const spans = [
      { start: 0, end: 4, id: 0, score: 0 },
      { start: 2, end: 9, id: 1, score: 0 },
      { start: 8, end: 12, id: 2, score: 1 },
      { start: 12, end: 12, id: 3, score: 0 },
      { start: 20, end: 25, id: 4, score: 0 },
      { start: 20, end: 25, id: 5, score: 0 },
    ];
    assert.deepEqual(dropOverlaps(spans, (s) => s.score).map((s) => s.id), [0, 2, 3, 4]);
  });

  it('agrees with the plain definition on random spans (empty ones, ties and nesting included)', () => {
    let seed = 7;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) >>> 0;
      return seed % n;
    };
    for (let round = 0; round < 5000; round++) {
      const spans = Array.from({ length: next(12) }, (_, id) => {
        const start = next(20);
        return { start, end: start + next(6), id, score: next(3) };
      });
      assert.deepEqual(dropOverlaps(spans, (s) => s.score).map((s) => s.id), keptByDefinition(spans).map((s) => s.id), JSON.stringify(spans));
    }
  });

  it('takes linear-logarithmic time on many disjoint candidates', () => {
    const spans = Array.from({ length: 50_000 }, (_, i) => ({ start: 2 * i, end: 2 * i + 1 }));
    const started = process.cpuUsage();
    assert.equal(dropOverlaps(spans).length, spans.length);
    const { user, system } = process.cpuUsage(started);
    assert.ok((user + system) / 1000 < 1000);
  });
});

describe('withinAny', () => {
  it('agrees with its definition on random spans, empty ones included', () => {
    let seed = 11;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) >>> 0;
      return seed % n;
    };
    const span = (): Span => {
      const start = next(20);
      return { start, end: start + next(6) };
    };
    for (let round = 0; round < 3000; round++) {
      const spans = Array.from({ length: next(8) }, span);
      const inside = withinAny(spans);
      for (let k = 0; k < 5; k++) {
        const q = span();
        const expected = spans.some((m) => overlaps(m, q) && m.start <= q.start && q.end <= m.end);
        assert.equal(inside(q), expected, JSON.stringify({ spans, q }));
      }
    }
  });
});
