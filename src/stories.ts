/** Stories as users see and steer them: why an article is in its story, and merge or split decisions. */
import { explainMembership, type Membership } from './compare/explain.ts';
import { indexArticles, restoreStoryIndex } from './compare/group-stories.ts';
import type { AnnotatedArticle, Story, StoryReport } from './model.ts';
import { corpusStages } from './pipeline/default.ts';
import { runCorpusStages } from './pipeline/run.ts';
import type { Context } from './pipeline/stage.ts';
import type { Store } from './store/store.ts';

/** A stored article named by its id, its input path or URL, or (when only one has it) its file name (`stored`: the store's articles, when loaded already). */
export function findArticle(store: Store, ref: string, stored?: readonly AnnotatedArticle[]): AnnotatedArticle | undefined {
  const direct = store.getArticle(ref);
  if (direct !== undefined) return direct;
  const articles = stored ?? store.articles();
  const exact = articles.find((a) => a.path === ref || a.url === ref);
  if (exact !== undefined) return exact;
  const named = articles.filter((a) => a.path.endsWith(`/${ref}`));
  return named.length === 1 ? named[0] : undefined;
}

export interface StoryExplanation extends Membership {
  readonly article: string;
  readonly story: Story;
  /** Input path of each article named (the article and its closest). */
  readonly paths: Readonly<Record<string, string>>;
}

/** Why a stored article is in its story: its mean similarity with the others, shared terms, closest members. */
export function explainArticle(store: Store, ref: string): StoryExplanation | undefined {
  const stored = store.articles();
  const article = findArticle(store, ref, stored);
  if (article === undefined) return undefined;
  const index = indexArticles(stored, restoreStoryIndex(store.grouping()));
  const story = index.stories().find((s) => s.articles.includes(article.id));
  if (story === undefined) return undefined;
  const membership = explainMembership(index, article.id);
  const named = new Set([article.id, ...membership.closest.map((c) => c.id)]);
  const paths = Object.fromEntries(stored.filter((a) => named.has(a.id)).map((a) => [a.id, a.path]));
  return { article: article.id, story, paths, ...membership };
}

export type StoryDecisionRequest =
  | { readonly kind: 'merge'; readonly articles: readonly [string, string] }
  | { readonly kind: 'split'; readonly articles: readonly [string] };

export interface RegroupResult {
  readonly articles: readonly AnnotatedArticle[];
  readonly stories: readonly Story[];
  readonly reports: readonly StoryReport[];
}

/**
 * Applies a user's decision (articles named by id, path or URL), keeps it in the store so that later
 * runs respect it, and rebuilds the stories' reports. Undefined when an article is not in the store.
 */
export function decideStories(store: Store, ctx: Context, request: StoryDecisionRequest): RegroupResult | undefined {
  const stored = store.articles();
  const articles = request.articles.map((ref) => findArticle(store, ref, stored));
  if (articles.some((a) => a === undefined)) return undefined;
  const grouping = indexArticles(stored, restoreStoryIndex(store.grouping()));
  const slots = articles.map((a) => grouping.slot(a!.id)!);
  if (request.kind === 'merge') grouping.merge(slots[0]!, slots[1]!);
  else grouping.split(slots[0]!);
  const corpus = runCorpusStages({ articles: stored, stories: [], reports: [], grouping }, corpusStages, ctx);
  store.transaction(() => {
    store.saveGrouping(grouping.takeChanges());
    store.replaceStories(corpus.stories, corpus.reports);
    store.putDecision({ kind: request.kind, articles: articles.map((a) => a!.id), at: ctx.now });
  });
  return corpus;
}
