import { createHash } from 'node:crypto';
import type { Story } from '../model.ts';

/** `s-` and the first 12 hex characters of the sha256 of the smallest member id. */
export function storyId(articleIds: readonly string[]): string {
  const smallest = [...articleIds].sort()[0] ?? '';
  return `s-${createHash('sha256').update(smallest).digest('hex').slice(0, 12)}`;
}

/** A story from its member ids: ids sorted, stories ordered by their id. */
export function makeStory(articleIds: readonly string[]): Story {
  const articles = [...articleIds].sort();
  return { id: storyId(articles), articles };
}

export function sortStories(stories: readonly Story[]): Story[] {
  return [...stories].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
