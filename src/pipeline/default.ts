/**
 * The default pipeline, in the order it runs. Reading this file tells what newsprism does.
 */
import type { ArticleStage, CorpusStage } from './stage.ts';
import { extractHtml } from '../extract/html.ts';
import { readCrawlerHeader } from '../extract/header.ts';
import { markBoilerplate } from '../extract/boilerplate/index.ts';
import { findTitle } from '../extract/title.ts';
import { findPublicationDate } from '../extract/published-at.ts';
import { findOutlet } from '../extract/outlet.ts';
import { findAuthor } from '../extract/author.ts';
import { detectLanguage } from '../extract/language.ts';
import { splitSentences } from '../annotate/sentences.ts';
import { findEntities } from '../annotate/entities/index.ts';
import { findQuotes } from '../annotate/quotes/index.ts';
import { resolveDates } from '../annotate/dates/index.ts';
import { findQuantities } from '../annotate/quantities/index.ts';
import { groupStories } from '../compare/group-stories.ts';
import { markDuplicates } from '../compare/duplicates.ts';
import { inferPublicationDates } from '../extract/infer-published-at.ts';
import { buildReports } from '../align/index.ts';

/** Per article, first: from the raw input to clean text and what the page says about itself. */
export const extractionStages: readonly ArticleStage[] = [
  extractHtml, // html -> main text, title, byline, dates and site name from the page
  readCrawlerHeader, // " date 2025-05-04 403" first line -> publication date, line marked removed
  markBoilerplate, // ads, sign-up prompts, captions, credits, "RELATED" blocks -> removed spans
  findTitle, // the headline line, when the text starts with one
  findPublicationDate, // input, header, page metadata, dateline, url
  findOutlet, // input, page metadata, url, text cues ("(AP) -", "reached out")
  findAuthor, // input, byline
  detectLanguage, // eld on the content
];

/** What story grouping reads (`cluster`): the clean text, its title and its date; nothing more. */
export const groupingStages: readonly ArticleStage[] = [extractHtml, readCrawlerHeader, markBoilerplate, findTitle, findPublicationDate];

/** Per article, then: what the content says. */
export const annotationStages: readonly ArticleStage[] = [
  splitSentences, // lines, then wink-nlp sentences, over content only
  findEntities, // people, organisations, places, merged within the article
  findQuotes, // direct, partial and indirect quotes with cue and speaker
  resolveDates, // temporal expressions resolved against the publication date
  findQuantities, // numbers with units or counted nouns, vague counts
];

/** Per article: from the raw input to a fully annotated text. Pure; runs article by article. */
export const articleStages: readonly ArticleStage[] = [...extractionStages, ...annotationStages];

/** Over all articles: grouping into stories and what can be inferred from a story. */
export const storyStages: readonly CorpusStage[] = [
  groupStories, // articles reporting one event -> stories
  markDuplicates, // near-identical copies -> duplicateOf the earliest
  inferPublicationDates, // undated articles -> a date from their story, then dates re-resolved
];

/** The whole corpus phase of `analyze`: the story stages, then one report per story. */
export const corpusStages: readonly CorpusStage[] = [
  ...storyStages,
  buildReports, // per story: facts, quotes, timeline, discrepancies, brief
];
