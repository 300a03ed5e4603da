/**
 * Story entities: the people, organisations and places of all articles of a story, merged
 * across articles by `linkEntitiesAcross`, with a lookup from an article's entity to the story's.
 */
import { linkEntitiesAcross } from '../annotate/entities/across.ts';
import type { AnnotatedArticle } from '../model.ts';
import { speakerNamer } from './speakers.ts';
import type { StoryEntities } from './speakers.ts';
import type { EntityLookup } from './units.ts';

export function storyEntities(articles: readonly AnnotatedArticle[]): StoryEntities {
  const linked = linkEntitiesAcross(articles);
  const lookup: EntityLookup = (articleId, entityId) => linked.storyEntityOf(articleId, entityId);
  return { entities: linked.entities, lookup, speakerName: speakerNamer(linked.entities, lookup) };
}
