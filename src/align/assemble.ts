/**
 * One story report from its articles and its story entities, part by part: articles, facts
 * aligned across outlets, quote variants, the timeline, discrepancies, the brief and coverage.
 */
import type { AnnotatedArticle, Story, StoryReport } from '../model.ts';
import { reportArticle, sortArticles } from './articles.ts';
import { buildCoverage } from './coverage.ts';
import { findDiscrepancies } from './discrepancies.ts';
import type { StoryEntities } from './speakers.ts';
import { alignFacts } from './facts.ts';
import { alignQuotes } from './quotes.ts';
import { buildBrief, storyTitle } from './summary.ts';
import { buildTimeline } from './timeline.ts';
import { sentenceUnits } from './units.ts';

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
  return {
    schemaVersion: 1,
    id: story.id,
    title: storyTitle(articles, facts),
    summary: buildBrief(facts),
    articles: articles.map(reportArticle),
    entities,
    quotes: alignQuotes(articles, speakerName),
    facts: facts.map((f) => f.fact),
    timeline: buildTimeline(units, (u) => factOfSentence.get(`${u.article}:${u.start}`), articleOrder),
    discrepancies: findDiscrepancies(facts, {
      articles: new Map(articles.map((a) => [a.id, a])),
      lookup,
      articleOrder,
    }),
    coverage: buildCoverage(facts, articleOrder),
  };
}
