/** Story entities as the report parts use them, and speakers named the way the story knows them. */
import type { AnnotatedArticle, Quote, ReportEntity } from '../model.ts';
import type { SpeakerName } from './quotes.ts';
import type { EntityLookup } from './units.ts';

export interface StoryEntities {
  readonly entities: readonly ReportEntity[];
  readonly lookup: EntityLookup;
  readonly speakerName: SpeakerName;
}

/** A speaker as the story knows them: the story entity's name when resolved, else the name given. */
export function speakerNamer(entities: readonly ReportEntity[], lookup: EntityLookup): SpeakerName {
  const names = new Map(entities.map((e) => [e.id, e.name]));
  return (article: AnnotatedArticle, quote: Quote) => {
    const speaker = quote.speaker;
    if (speaker === null) return null;
    const storyId = speaker.entity === undefined ? undefined : lookup(article.id, speaker.entity);
    return (storyId === undefined ? undefined : names.get(storyId)) ?? speaker.name;
  };
}
