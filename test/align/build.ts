/**
 * A tiny builder of annotated articles for align and report tests: annotations are placed at
 * given substrings of the text, so tests read like the articles they describe.
 */
import type { AnnotatedArticle, DateMention, Entity, EntityType, Precision, Quantity, Quote, QuoteKind, Removed, Sentence, Span } from '../../src/model.ts';
import { emptyArticle } from '../../src/pipeline/run.ts';
import { speakerNamer } from '../../src/align/speakers.ts';
import type { StoryEntities } from '../../src/align/speakers.ts';

export interface ArticleSpec {
  readonly id: string;
  readonly text: string;
  readonly publishedAt?: string;
  readonly source?: string;
  readonly title?: string;
  readonly duplicateOf?: string;
  readonly removed?: readonly { readonly text: string; readonly reason: string }[];
  readonly quotes?: readonly { readonly text: string; readonly speaker?: string; readonly kind?: QuoteKind }[];
  readonly dates?: readonly { readonly text: string; readonly value: string; readonly precision: Precision }[];
  readonly quantities?: readonly { readonly text: string; readonly value: number; readonly unit?: string; readonly vague?: boolean }[];
  readonly entities?: readonly { readonly name: string; readonly type: EntityType; readonly mentions: readonly string[] }[];
}

/** The span of the first occurrence of `part` in `text`; throws when absent (a broken test). */
export function at(text: string, part: string): Span {
  const start = text.indexOf(part);
  if (start < 0) throw new Error(`"${part}" is not in the text`);
  return { start, end: start + part.length };
}

/** Every occurrence of `part` in `text`. */
export function every(text: string, part: string): Span[] {
  const spans: Span[] = [];
  for (let from = text.indexOf(part); from >= 0; from = text.indexOf(part, from + part.length)) {
    spans.push({ start: from, end: from + part.length });
  }
  return spans;
}

/** Sentences: each line split after . ! ? followed by a space, minus removed lines. */
export function simpleSentences(text: string, removed: readonly Span[]): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  for (const line of text.matchAll(/[^\n]+/g)) {
    const lineStart = line.index ?? 0;
    if (removed.some((r) => r.start <= lineStart && lineStart < r.end)) continue;
    let start = lineStart;
    for (const cut of line[0].matchAll(/[.!?]["”’]?\s+(?=["“‘\p{Lu}])/gu)) {
      const end = lineStart + (cut.index ?? 0) + cut[0].trimEnd().length;
      sentences.push({ start, end, paragraph });
      start = lineStart + (cut.index ?? 0) + cut[0].length;
    }
    sentences.push({ start, end: lineStart + line[0].trimEnd().length, paragraph });
    paragraph++;
  }
  return sentences.filter((s) => s.end > s.start);
}

export function buildArticle(spec: ArticleSpec): AnnotatedArticle {
  const { text } = spec;
  const base = emptyArticle({ id: spec.id, path: `${spec.id}.txt`, text });
  const removed: Removed[] = (spec.removed ?? []).map((r) => ({ ...at(text, r.text), reason: r.reason, by: 'test' }));
  const entities: Entity[] = (spec.entities ?? []).map((e, i) => ({
    id: `e${i + 1}`,
    name: e.name,
    type: e.type,
    aliases: [e.name],
    mentions: e.mentions.flatMap((m) => every(text, m)).map((s) => ({ ...s, by: 'test', inferred: false })),
    by: 'test',
  }));
  const quotes: Quote[] = (spec.quotes ?? []).map((q) => {
    const entity = entities.find((e) => e.name === q.speaker);
    return {
      ...at(text, q.text),
      text: q.text,
      kind: q.kind ?? 'direct',
      speaker: q.speaker === undefined ? null : { name: q.speaker, inferred: false, ...(entity ? { entity: entity.id } : {}) },
      by: 'test',
      inferred: false,
    };
  });
  const dates: DateMention[] = (spec.dates ?? []).map((d) => ({ ...at(text, d.text), ...d, by: 'test', inferred: false }));
  const quantities: Quantity[] = (spec.quantities ?? []).map((q) => ({ ...at(text, q.text), ...q, by: 'test', inferred: false }));
  const metaValue = (value: string) => ({ value, by: 'test', inferred: false, from: 'input' });
  return {
    ...base,
    meta: {
      ...base.meta,
      ...(spec.publishedAt === undefined ? {} : { publishedAt: metaValue(spec.publishedAt), publishedAtSource: 'input' as const }),
      ...(spec.source === undefined ? {} : { source: metaValue(spec.source) }),
      ...(spec.title === undefined ? {} : { title: metaValue(spec.title) }),
    },
    ...(spec.duplicateOf === undefined ? {} : { duplicateOf: spec.duplicateOf }),
    removed,
    sentences: simpleSentences(text, removed),
    entities,
    quotes,
    dates,
    quantities,
  };
}

/** A story-entity lookup for tests: articles' entities with the same name are one story entity. */
export function lookupByName(articles: readonly AnnotatedArticle[]): (articleId: string, entityId: string) => string | undefined {
  const names = new Map<string, string>();
  for (const a of articles) for (const e of a.entities) names.set(`${a.id}:${e.id}`, `E:${e.name}`);
  return (articleId, entityId) => names.get(`${articleId}:${entityId}`);
}

/** Story entities for tests: same name, same story entity (stands in for `linkEntitiesAcross`). */
export function linkByName(articles: readonly AnnotatedArticle[]): StoryEntities {
  const lookup = lookupByName(articles);
  const byName = new Map<string, { type: EntityType; articles: Set<string>; }>();
  for (const a of articles) {
    for (const e of a.entities) {
      const entry = byName.get(e.name) ?? { type: e.type, articles: new Set<string>() };
      entry.articles.add(a.id);
      byName.set(e.name, entry);
    }
  }
  const entities = [...byName].map(([name, e]) => ({ id: `E:${name}`, name, type: e.type, aliases: [name], articles: [...e.articles].sort() }));
  return { entities, lookup, speakerName: speakerNamer(entities, lookup) };
}
