/**
 * One story report from its articles and its story entities, part by part: articles, facts
 * aligned across outlets, quote variants, the timeline, discrepancies, the brief and coverage.
 */
import type { AnnotatedArticle, Span, Story, StoryReport } from '../model.ts';
import { reportArticle, sortArticles } from './articles.ts';
import { buildCoverage } from './coverage.ts';
import { findDiscrepancies } from './discrepancies.ts';
import type { StoryEntities } from './speakers.ts';
import { alignFacts } from './facts.ts';
import { alignQuotes } from './quotes.ts';
import { buildBrief, storyTitle } from './summary.ts';
import { buildTimeline } from './timeline.ts';
import { sentenceUnits } from './units.ts';
import type { EntityLookup, SentenceUnit } from './units.ts';
import { uniqueDetails } from './details.ts';

/**
 * The first mention, inside a sentence and outside quotes, of an article entity that is the story
 * entity `entity`; none for the article's own outlet (a wire service named in its own copy).
 */
function mentionOf(article: AnnotatedArticle | undefined, unit: SentenceUnit, entity: string, lookup: EntityLookup): Span | undefined {
  const own = article?.entities.find((e) => lookup(article.id, e.id) === entity);
  const outlet = article?.meta.source?.value.toLowerCase() ?? '';
  if (own === undefined || article === undefined || (outlet !== '' && own.aliases.some((a) => outlet.includes(a.toLowerCase())))) return undefined;
  return own.mentions.find((m) => m.start >= unit.start && m.end <= unit.end && !article.quotes.some((q) => q.start <= m.start && q.end >= m.end));
}

/**
 * The report of one story from its annotated articles (any order: the result does not depend on
 * it); `link` merges the articles' entities into story entities.
 */
export function assembleReport(
  story: Story,
  storyArticles: readonly AnnotatedArticle[],
  link: (articles: readonly AnnotatedArticle[]) => StoryEntities,
): StoryReport {
  const articles = sortArticles(storyArticles);
  const articleOrder = articles.map((a) => a.id);
  const { entities, lookup, speakerName } = link(articles);
  const units = sentenceUnits(articles, lookup);
  const facts = alignFacts(units, articleOrder);
  const factOfSentence = new Map(facts.flatMap((f) => f.units.map((u) => [`${u.article}:${u.start}`, f.fact.id] as const)));
  const quotes = alignQuotes(articles, speakerName);
  const byId = new Map(articles.map((a) => [a.id, a]));
  const details = uniqueDetails(facts, new Map(articles.map((a) => [a.id, a.text])), (unit, entity) => mentionOf(byId.get(unit.article), unit, entity, lookup)).map(
    (d, i) => ({ ...d, fact: { ...d.fact, id: `f${facts.length + i + 1}` } }),
  );
  return {
    schemaVersion: 1,
    id: story.id,
    title: storyTitle(articles, facts),
    summary: buildBrief(facts),
    articles: articles.map(reportArticle),
    entities,
    quotes,
    facts: [...facts, ...details].map((f) => f.fact),
    timeline: buildTimeline(units, (u) => factOfSentence.get(`${u.article}:${u.start}`), articleOrder),
    discrepancies: findDiscrepancies(facts, {
      articles: byId,
      lookup,
      articleOrder,
      names: new Map(entities.map((e) => [e.id, e.name])),
    }),
    coverage: buildCoverage([...facts, ...details], articleOrder, quotes),
  };
}
