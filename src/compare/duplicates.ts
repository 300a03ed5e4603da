import { byPublication } from '../order.ts';
import type { AnnotatedArticle } from '../model.ts';
import type { CorpusStage } from '../pipeline/stage.ts';
import { isNearDuplicate, shingles } from './shingles.ts';

/**
 * Within one story's articles: id of each copy -> id of the earliest original it copies. An
 * article is compared with the originals before it, earliest first.
 */
export function findDuplicates(articles: readonly AnnotatedArticle[]): Map<string, string> {
  const ordered = [...articles].sort(byPublication);
  const originals: { id: string; shingles: Set<string> }[] = [];
  const duplicateOf = new Map<string, string>();
  for (const article of ordered) {
    const own = shingles(article);
    const original = originals.find((o) => isNearDuplicate(o.shingles, own));
    if (original) duplicateOf.set(article.id, original.id);
    else originals.push({ id: article.id, shingles: own });
  }
  return duplicateOf;
}

function withoutDuplicateMark(article: AnnotatedArticle): AnnotatedArticle {
  const { duplicateOf, ...rest } = article;
  return duplicateOf === undefined ? article : rest;
}

export const markDuplicates: CorpusStage = {
  name: 'duplicates',
  run(corpus) {
    const byId = new Map(corpus.articles.map((a) => [a.id, a]));
    const duplicateOf = new Map<string, string>();
    for (const story of corpus.stories) {
      const members = story.articles.flatMap((id) => byId.get(id) ?? []);
      for (const [copy, original] of findDuplicates(members)) duplicateOf.set(copy, original);
    }
    const articles = corpus.articles.map((article) => {
      const original = duplicateOf.get(article.id);
      const clean = withoutDuplicateMark(article);
      return original === undefined ? clean : { ...clean, duplicateOf: original };
    });
    return { ...corpus, articles };
  },
};
