/**
 * Step 5: groups become entities: typed by their summed evidence, named by their most complete
 * form, with every mention as a span. Sorted by first mention; ids e1, e2, ...
 */
import type { Entity, Mention } from '../../model.ts';
import { byPosition } from '../../span.ts';
import type { Candidate } from './02-candidates.ts';
import type { Group } from './04-merge.ts';
import { typeOf } from './03-type.ts';
import { nameKey } from '../../lexicon/key.ts';
import { placeOf } from './gazetteer.ts';
import { isTypoOf } from './04-merge.ts';

const STAGE = 'entities';

/** The surface without a leading "The", which is not what makes a name complete. */
const bare = (c: Candidate) => c.surface.replace(/^The\s+/, '');

/** The most complete form: most words, then most frequent, then longest, then earliest. */
export function canonicalName(members: readonly Candidate[]): string {
  const place = members.map((c) => placeOf(c.name)).find((p) => p !== undefined);
  if (place) return place.name;
  const bareOf = new Map(members.map((c) => [c, bare(c)]));
  const bareName = (c: Candidate): string => bareOf.get(c) ?? '';
  const count = new Map<string, number>();
  for (const c of members) count.set(bareName(c), (count.get(bareName(c)) ?? 0) + 1);
  const ranked = [...members].sort(
    (a, b) =>
      b.words.length - a.words.length ||
      (count.get(bareName(b)) ?? 0) - (count.get(bareName(a)) ?? 0) ||
      bareName(b).length - bareName(a).length ||
      a.start - b.start,
  );
  return bareName(ranked[0] as Candidate);
}

/** Each word of `name` spelt as most mentions spell it ("Torrez" once, "Torres" often). */
export function correctSpelling(name: string, members: readonly Candidate[]): string {
  const counts = new Map<string, number>();
  for (const c of members) for (const w of c.words) counts.set(w, (counts.get(w) ?? 0) + 1);
  const better = (word: string): string => {
    const own = counts.get(word) ?? 0;
    let best: string | undefined;
    let bestCount = 0;
    for (const [w, n] of counts) {
      if (n <= own || (best !== undefined && (n < bestCount || (n === bestCount && w.localeCompare(best) >= 0)))) continue;
      if (!isTypoOf(nameKey(w), nameKey(word))) continue;
      best = w;
      bestCount = n;
    }
    return best ?? word;
  };
  return name.split(' ').map(better).join(' ');
}

export function buildEntity(group: Group, id: string): Entity {
  const members = [...group.members].sort(byPosition);
  const name = correctSpelling(canonicalName(members), members);
  const mentions: Mention[] = members.map((c) => ({ start: c.start, end: c.end, by: STAGE, inferred: false }));
  return {
    id,
    name,
    type: typeOf(group.scores),
    aliases: [...new Set([name, ...members.map((c) => c.surface)])],
    mentions,
    by: STAGE,
    roles: [...new Set(members.flatMap((c) => (c.role === undefined ? [] : [c.role])))],
  };
}

export function buildEntities(groups: readonly Group[]): Entity[] {
  const firstStart = (g: Group) => Math.min(...g.members.map((c) => c.start));
  return [...groups]
    .sort((a, b) => firstStart(a) - firstStart(b))
    .map((g, i) => buildEntity(g, `e${i + 1}`));
}
