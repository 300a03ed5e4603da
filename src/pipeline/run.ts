import { fail } from '../errors.ts';
import type { AnnotatedArticle, RawArticle } from '../model.ts';
import type { ArticleStage, Context, Corpus, CorpusStage } from './stage.ts';

/** The article before any stage ran: the input text (or none yet, for html) and no annotations. */
export function emptyArticle(input: RawArticle): AnnotatedArticle {
  return {
    id: input.id,
    path: input.path,
    ...(input.url === undefined ? {} : { url: input.url }),
    input,
    text: input.text ?? '',
    meta: {
      source: null,
      title: null,
      author: null,
      publishedAt: null,
      publishedAtSource: null,
      language: null,
    },
    removed: [],
    sentences: [],
    tokens: [],
    entities: [],
    quotes: [],
    dates: [],
    quantities: [],
    diagnostics: (input.notes ?? []).map((message) => ({ severity: 'info' as const, code: 'ingest-note', stage: 'ingest', message })),
  };
}

export function runArticleStages(
  article: AnnotatedArticle,
  stages: readonly ArticleStage[],
  ctx: Context,
): AnnotatedArticle {
  let current = article;
  for (const stage of stages) {
    const next = stage.run(current, ctx);
    if (next.text !== current.text && current.text !== '') {
      fail('E_STAGE', `stage "${stage.name}" changed the text of article ${current.id}`);
    }
    ctx.trace?.(stage.name, next);
    current = next;
  }
  return current;
}

export function runCorpusStages(corpus: Corpus, stages: readonly CorpusStage[], ctx: Context): Corpus {
  let current = corpus;
  for (const stage of stages) {
    current = stage.run(current, ctx);
    ctx.trace?.(stage.name, current);
  }
  return current;
}
