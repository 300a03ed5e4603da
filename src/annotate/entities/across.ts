/**
 * Entities across the articles of one story: the same person, organisation or place named in
 * several articles becomes one story entity. Links: a shared alias (abbreviations and place
 * aliases included), a lone surname and the one full name it belongs to, an acronym and the
 * name it abbreviates, a misspelling. Deterministic, and independent of the order of articles.
 */
import type { AnnotatedArticle, Entity, EntityType, ReportEntity } from '../../model.ts';
import { isAcronym } from './01-runs.ts';
import { isVariantName } from './04-merge.ts';
import { nameKey } from '../../lexicon/key.ts';
import { isRoleNoun } from '../../lexicon/titles.ts';
import { placeOf } from './gazetteer.ts';

export interface LinkedEntities {
  readonly entities: readonly ReportEntity[];
  /** The story entity id ("E3") of an article's entity ("e2"), if that entity was linked. */
  storyEntityOf(articleId: string, entityId: string): string | undefined;
}

interface Node {
  readonly article: string;
  readonly entity: Entity;
  readonly keys: ReadonlySet<string>;
  readonly words: readonly string[];
}

const aliasKey = (alias: string) => nameKey(placeOf(alias)?.name ?? alias);

/** "the president", "Mexico's president": right within an article, ambiguous across a story. */
const isRolePhrase = (alias: string) => {
  const last = alias.split(/\s+/).pop() ?? '';
  return /^\p{Ll}/u.test(last) && isRoleNoun(last);
};

function nodeOf(article: string, entity: Entity): Node {
  return {
    article,
    entity,
    keys: new Set([entity.name, ...entity.aliases.filter((a) => !isRolePhrase(a))].map(aliasKey)),
    words: aliasKey(entity.name).split(' '),
  };
}

const compatible = (a: Node, b: Node) =>
  a.entity.type === b.entity.type || a.entity.type === 'other' || b.entity.type === 'other';

const sharesAlias = (a: Node, b: Node) => [...a.keys].some((k) => b.keys.has(k));

const isVariant = (a: Node, b: Node) =>
  a.entity.type !== 'place' && b.entity.type !== 'place' && (isVariantName(a.words, b.words) || isVariantName(b.words, a.words));

const initials = (words: readonly string[]) => words.map((w) => w[0] ?? '').join('');
const abbreviates = (a: Node, b: Node) =>
  a.words.length === 1 && isAcronym(a.entity.name) && b.words.length >= 2 && initials(b.words) === a.words[0];

/** Pairs linked by a rule that looks at the two nodes only. */
export function linkedPair(a: Node, b: Node): boolean {
  if (!compatible(a, b)) return false;
  return sharesAlias(a, b) || isVariant(a, b) || abbreviates(a, b) || abbreviates(b, a);
}

/** A lone surname links to the one full person name (in any article) that ends with it. */
function surnameLinks(nodes: readonly Node[]): [number, number][] {
  const fullNames = new Map<string, number[]>();
  nodes.forEach((n, i) => {
    if (n.entity.type === 'person' && n.words.length >= 2) {
      const surname = n.words[n.words.length - 1] ?? '';
      fullNames.set(surname, [...(fullNames.get(surname) ?? []), i]);
    }
  });
  const links: [number, number][] = [];
  nodes.forEach((n, i) => {
    const matches = n.words.length === 1 && n.entity.type !== 'place' ? fullNames.get(n.words[0] ?? '') : undefined;
    const distinctNames = new Set(matches?.map((j) => nodes[j]?.words.join(' ')));
    if (matches && distinctNames.size === 1) for (const j of matches) links.push([i, j]);
  });
  return links;
}

/** Connected components of the nodes under all links. */
function components(nodes: readonly Node[]): Node[][] {
  const parent = nodes.map((_, i) => i);
  const root = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r] ?? r;
    return r;
  };
  const union = (i: number, j: number) => {
    const [a, b] = [root(i), root(j)].sort((x, y) => x - y);
    if (a !== undefined && b !== undefined && a !== b) parent[b] = a;
  };
  for (let i = 0; i < nodes.length; i++) {
    for (let j = i + 1; j < nodes.length; j++) {
      if (linkedPair(nodes[i] as Node, nodes[j] as Node)) union(i, j);
    }
  }
  for (const [i, j] of surnameLinks(nodes)) union(i, j);
  const groups = new Map<number, Node[]>();
  nodes.forEach((n, i) => groups.set(root(i), [...(groups.get(root(i)) ?? []), n]));
  return [...groups.values()];
}

function countBy(values: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}

/** Most frequent first, then most words, then longest, then alphabetical. */
function ranked(values: readonly string[]): string[] {
  const counts = countBy(values);
  const words = (v: string) => v.split(' ').length;
  return [...counts.keys()].sort(
    (a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || words(b) - words(a) || b.length - a.length || a.localeCompare(b),
  );
}

/** The type most mentions carry; "other" only when nothing else is known. */
function storyType(nodes: readonly Node[]): EntityType {
  const votes = new Map<EntityType, number>();
  for (const n of nodes) if (n.entity.type !== 'other') votes.set(n.entity.type, (votes.get(n.entity.type) ?? 0) + n.entity.mentions.length);
  const order: readonly EntityType[] = ['person', 'organization', 'place'];
  return order.reduce<EntityType>((best, t) => ((votes.get(t) ?? 0) > (votes.get(best) ?? 0) ? t : best), 'other');
}

function storyEntity(nodes: readonly Node[], id: string): ReportEntity {
  const name = ranked(nodes.map((n) => n.entity.name))[0] ?? '';
  return {
    id,
    name,
    type: storyType(nodes),
    aliases: [...new Set([name, ...ranked(nodes.flatMap((n) => n.entity.aliases))])],
    articles: [...new Set(nodes.map((n) => n.article))].sort(),
  };
}

export function linkEntitiesAcross(articles: readonly Pick<AnnotatedArticle, 'id' | 'entities'>[]): LinkedEntities {
  const nodes = [...articles]
    .sort((a, b) => a.id.localeCompare(b.id))
    .flatMap((a) => a.entities.map((e) => nodeOf(a.id, e)));
  const mentionCount = (group: readonly Node[]) => group.reduce((sum, n) => sum + n.entity.mentions.length, 0);
  const groups = components(nodes)
    .map((group) => ({ group, entity: storyEntity(group, '') }))
    .sort(
      (a, b) =>
        b.entity.articles.length - a.entity.articles.length ||
        mentionCount(b.group) - mentionCount(a.group) ||
        a.entity.name.localeCompare(b.entity.name) ||
        a.entity.type.localeCompare(b.entity.type),
    );
  const storyIdOf = new Map<string, string>();
  const entities = groups.map(({ group, entity }, i) => {
    const id = `E${i + 1}`;
    for (const n of group) storyIdOf.set(`${n.article}\u0000${n.entity.id}`, id);
    return { ...entity, id };
  });
  return { entities, storyEntityOf: (articleId, entityId) => storyIdOf.get(`${articleId}\u0000${entityId}`) };
}
