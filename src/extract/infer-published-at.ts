import { resolveDates } from '../annotate/dates/index.ts';
import type { AnnotatedArticle, Diagnostic } from '../model.ts';
import type { Context, Corpus, CorpusStage } from '../pipeline/stage.ts';

const STAGE = 'infer-published-at';
const DAY_MS = 86_400_000;

function dayOf(iso: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS : undefined;
}

function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

function withPublishedAt(article: AnnotatedArticle, day: number): AnnotatedArticle {
  return {
    ...article,
    meta: {
      ...article.meta,
      publishedAt: { value: isoDay(day), by: STAGE, inferred: true, from: 'story' },
      publishedAtSource: 'inferred',
    },
  };
}

/** How many of the article's day-precise dates, resolved as if published on `day`, fall in the story's span. */
function fitness(article: AnnotatedArticle, day: number, span: readonly [number, number], ctx: Context): number {
  const resolved = resolveDates.run(withPublishedAt(article, day), ctx);
  return resolved.dates.filter((d) => {
    const at = d.precision === 'day' ? dayOf(d.value) : undefined;
    return at !== undefined && at >= span[0] && at <= span[1];
  }).length;
}

function note(message: string): Diagnostic {
  return { severity: 'info', code: 'published-at-inferred', stage: STAGE, message };
}

/**
 * Picks a publication date for an undated article from its story: the day within the span of the
 * other articles' dates on which the article's own relative dates ("on Sunday") fall inside that
 * span most often; ties go to the day closest to the median, then the earlier.
 */
export function inferDay(article: AnnotatedArticle, knownDays: readonly number[], ctx: Context): number {
  const sorted = [...knownDays].sort((a, b) => a - b);
  const first = sorted[0] ?? 0;
  const last = sorted[sorted.length - 1] ?? first;
  const median = ((sorted[Math.floor((sorted.length - 1) / 2)] ?? first) + (sorted[Math.ceil((sorted.length - 1) / 2)] ?? first)) / 2;
  let best = first;
  let bestScore = -1;
  for (let day = first; day <= last; day++) {
    const score = fitness(article, day, [first, last], ctx);
    const closer = Math.abs(day - median) < Math.abs(best - median);
    if (score > bestScore || (score === bestScore && closer)) {
      best = day;
      bestScore = score;
    }
  }
  return best;
}

/** Undated articles get a date inferred from their story (marked `inferred`); their dates are then resolved. */
export const inferPublicationDates: CorpusStage = {
  name: STAGE,
  run(corpus: Corpus, ctx: Context): Corpus {
    const byId = new Map(corpus.articles.map((a) => [a.id, a]));
    const updated = new Map<string, AnnotatedArticle>();
    for (const story of corpus.stories) {
      const members = story.articles.flatMap((id) => byId.get(id) ?? []);
      const knownDays = members.flatMap((a) => {
        const day = a.meta.publishedAt && !a.meta.publishedAt.inferred ? dayOf(a.meta.publishedAt.value) : undefined;
        return day === undefined ? [] : [day];
      });
      for (const article of members) {
        if (article.meta.publishedAt !== null) continue;
        if (knownDays.length === 0) {
          updated.set(article.id, {
            ...article,
            diagnostics: [
              ...article.diagnostics,
              { severity: 'warning', code: 'published-at-unknown', stage: STAGE, message: 'no publication date found, and no dated article in its story to infer one from' },
            ],
          });
          continue;
        }
        const day = inferDay(article, knownDays, ctx);
        const message = `publication date inferred as ${isoDay(day)} from ${knownDays.length} dated article(s) of its story`;
        const dated = withPublishedAt(article, day);
        updated.set(article.id, resolveDates.run({ ...dated, diagnostics: [...dated.diagnostics, note(message)] }, ctx));
      }
    }
    if (updated.size === 0) return corpus;
    return { ...corpus, articles: corpus.articles.map((a) => updated.get(a.id) ?? a) };
  },
};
