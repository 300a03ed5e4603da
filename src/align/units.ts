/**
 * Sentence units: each content sentence of each article of a story with what alignment compares
 * (content words, story entities, dates, quantities). Only `article.sentences` are used, so
 * boilerplate and the title line never take part.
 */
import type { AnnotatedArticle, DateMention, Quantity } from '../model.ts';
import { contains } from '../span.ts';
import { contentKeys } from './words.ts';

/** Story entity id of an article's entity (see `linkEntitiesAcross`). */
export type EntityLookup = (articleId: string, entityId: string) => string | undefined;

export interface SentenceUnit {
  readonly article: string;
  /** The id of the article this one copies, or its own id: duplicates do not corroborate. */
  readonly origin: string;
  /** Rank of the article in publication order. */
  readonly rank: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Content keys, story entity ids ("@E1") and date values ("#2025-02"), for comparison. */
  readonly keys: ReadonlySet<string>;
  /** Content keys of each clause long enough to state something on its own. */
  readonly clauses: readonly ReadonlySet<string>[];
  readonly entities: ReadonlySet<string>;
  /** The story entities among them that can act: people and organisations. */
  readonly actors: ReadonlySet<string>;
  /** Story entities of the speakers of the quotes in the sentence. */
  readonly speakers: ReadonlySet<string>;
  readonly dates: readonly DateMention[];
  readonly quantities: readonly Quantity[];
}

export function storyEntitiesIn(
  article: AnnotatedArticle,
  span: { start: number; end: number },
  lookup: EntityLookup,
): Map<string, string> {
  const found = new Map<string, string>();
  for (const entity of article.entities) {
    if (!entity.mentions.some((m) => contains(span, m))) continue;
    const storyId = lookup(article.id, entity.id);
    if (storyId !== undefined) found.set(storyId, entity.type);
  }
  return found;
}

/** Story entities of the speakers of the quotes that overlap the span ("...," she said). */
export function speakersIn(article: AnnotatedArticle, span: { start: number; end: number }, lookup: EntityLookup): string[] {
  return article.quotes
    .filter((q) => q.start < span.end && q.end > span.start && q.speaker?.entity !== undefined)
    .map((q) => lookup(article.id, q.speaker?.entity ?? ''))
    .filter((id): id is string => id !== undefined);
}

/** Clauses: a sentence cut at commas, semicolons, colons and dashes. */
const clauseBoundary = /[,;:—–]\s|\s[—–]\s?/;
/** The least content words for a clause to be compared on its own. */
const clauseWordFloor = 4;

export function clauseKeys(sentence: string): ReadonlySet<string>[] {
  const clauses = sentence.split(clauseBoundary).map((c) => new Set(contentKeys(c)));
  return clauses.length < 2 ? [] : clauses.filter((c) => c.size >= clauseWordFloor);
}

/** Units of the articles, in the order given (publication order), sentences in text order. */
export function sentenceUnits(articles: readonly AnnotatedArticle[], lookup: EntityLookup): SentenceUnit[] {
  return articles.flatMap((article, rank) =>
    article.sentences.map((sentence) => {
      const span = { start: sentence.start, end: sentence.end };
      const text = article.text.slice(span.start, span.end);
      const found = storyEntitiesIn(article, span, lookup);
      const entities = new Set(found.keys());
      const speakers = new Set(speakersIn(article, span, lookup));
      const actors = new Set([...[...found].filter(([, type]) => type === 'person' || type === 'organization').map(([id]) => id), ...speakers]);
      const dates = article.dates.filter((d) => d.precision !== 'ref' && contains(span, d));
      const keys = new Set([
        ...contentKeys(text),
        ...[...entities].map((e) => `@${e}`),
        ...dates.map((d) => `#${d.value}`),
      ]);
      return {
        article: article.id,
        origin: article.duplicateOf ?? article.id,
        rank,
        ...span,
        text,
        keys,
        clauses: clauseKeys(text),
        entities,
        actors,
        speakers,
        dates,
        quantities: article.quantities.filter((q) => contains(span, q)),
      };
    }),
  );
}

/** The number of independent articles among units (copies count once with their original). */
export function independentCount(units: readonly { readonly origin: string }[]): number {
  return new Set(units.map((u) => u.origin)).size;
}
