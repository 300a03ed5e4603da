/** The `report` corpus stage: one report per story, with entities linked across its articles. */
import type { AnnotatedArticle, Story, StoryReport } from '../model.ts';
import type { CorpusStage } from '../pipeline/stage.ts';
import { assembleReport } from './assemble.ts';
import { storyEntities } from './entities.ts';

export { assembleReport } from './assemble.ts';

/** The report of one story (articles in any order). */
export function buildReport(story: Story, articles: readonly AnnotatedArticle[]): StoryReport {
  return assembleReport(story, articles, storyEntities);
}

/** Reports of all stories, the biggest story first, then by id. */
export const buildReports: CorpusStage = {
  name: 'report',
  run(corpus) {
    const byId = new Map(corpus.articles.map((a) => [a.id, a]));
    const reports = [...corpus.stories]
      .sort((a, b) => b.articles.length - a.articles.length || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .map((story) =>
        buildReport(
          story,
          story.articles.map((id) => byId.get(id)).filter((a): a is AnnotatedArticle => a !== undefined),
        ),
      );
    return { ...corpus, reports };
  },
};
