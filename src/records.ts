import type { AnnotatedArticle, Story } from './model.ts';

/** One line of `newsprism annotate` output (docs/contracts.md, "Annotations"), with provenance kept. */
export function annotationRecord(article: AnnotatedArticle) {
  return {
    schemaVersion: 1 as const,
    id: article.id,
    path: article.path,
    source: article.meta.source?.value ?? null,
    title: article.meta.title?.value ?? null,
    author: article.meta.author?.value ?? null,
    language: article.meta.language?.value ?? null,
    publishedAt: article.meta.publishedAt?.value ?? null,
    publishedAtSource: article.meta.publishedAtSource,
    ...(article.duplicateOf === undefined ? {} : { duplicateOf: article.duplicateOf }),
    text: article.text,
    removed: article.removed.map(({ start, end, reason, by }) => ({ start, end, reason, by })),
    sentences: article.sentences.map(({ start, end }) => ({ start, end })),
    entities: article.entities.map(({ id, name, type, aliases, mentions }) => ({
      id,
      name,
      type,
      aliases,
      mentions: mentions.map(({ start, end, inferred }) => ({ start, end, inferred })),
    })),
    quotes: article.quotes,
    dates: article.dates,
    quantities: article.quantities,
    diagnostics: article.diagnostics,
  };
}

/** One line of `newsprism cluster` output: `{id, story, duplicateOf?}`, in the order of `articles`. */
export function clusterRecords(articles: readonly AnnotatedArticle[], stories: readonly Story[]) {
  const storyOf = new Map<string, string>();
  for (const story of stories) for (const id of story.articles) storyOf.set(id, story.id);
  return articles.map((a) => ({
    id: a.id,
    story: storyOf.get(a.id) ?? null,
    ...(a.duplicateOf === undefined ? {} : { duplicateOf: a.duplicateOf }),
  }));
}
