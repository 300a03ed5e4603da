/**
 * The `entities` stage: people, organisations and places, each with every mention, merged
 * within the article. Only sentences are read, so boilerplate and the title never count.
 *
 *   01-runs        runs of capitalised tokens, with connectors ("Bank of America")
 *   02-candidates  roles split off and remembered, place chains split, lone demonyms dropped
 *   03-type        evidence for a type, one cue per function
 *   04-merge       same key, surname to full name, acronyms, typos
 *   05-build       typed, named, sorted entities
 *   06-roles       "the Mexican president" -> an inferred mention of the one person it fits
 */
import type { AnnotatedArticle, Token } from '../../model.ts';
import type { ArticleStage } from '../../pipeline/stage.ts';
import { tokensIn } from '../nlp.ts';
import { findRuns } from './01-runs.ts';
import { candidatesOfRun } from './02-candidates.ts';
import type { Candidate } from './02-candidates.ts';
import { mergeCandidates } from './04-merge.ts';
import { buildEntities } from './05-build.ts';
import { addRoleMentions, rolePhrases } from './06-roles.ts';

/** Candidate mentions of sentences given as their tokens. */
function candidatesOf(text: string, sentenceTokens: readonly (readonly Token[])[]): Candidate[] {
  const candidates: Candidate[] = [];
  for (const tokens of sentenceTokens) for (const run of findRuns(tokens)) candidates.push(...candidatesOfRun(text, run));
  return candidates;
}

/** Candidate mentions of all the sentences of an article. */
export function articleCandidates(article: AnnotatedArticle): Candidate[] {
  return candidatesOf(article.text, article.sentences.map((sentence) => tokensIn(article, sentence)));
}

export const findEntities: ArticleStage = {
  name: 'entities',
  run(article) {
    const sentenceTokens = article.sentences.map((sentence) => tokensIn(article, sentence));
    const named = buildEntities(mergeCandidates(candidatesOf(article.text, sentenceTokens)));
    const phrases = sentenceTokens.flatMap((tokens) => rolePhrases(tokens));
    return { ...article, entities: addRoleMentions(article.text, named, phrases) };
  },
};
