import { test } from 'node:test';
import assert from 'node:assert/strict';
import { linkEntitiesAcross } from '../../src/annotate/entities/across.ts';
import type { Entity, EntityType } from '../../src/model.ts';

let counter = 0;
function entity(name: string, type: EntityType, aliases: string[] = [name]): Entity {
  counter++;
  return { id: `e${counter}`, name, type, aliases, mentions: [{ start: 0, end: 1, by: 'entities', inferred: false }], by: 'entities' };
}

const article = (id: string, entities: Entity[]) => ({ id, entities });

test('across: aliases, surnames, typos and acronyms link; different names and types do not', () => {
  const linked = linkEntitiesAcross([
    article('a', [entity('Ana Torres', 'person', ['Ana Torres', 'Torres']), entity('U.S.', 'place'), entity('International Monetary Fund', 'organization')]),
    article('b', [entity('Torres', 'person'), entity('United States', 'place', ['United States', 'US']), entity('IMF', 'organization')]),
    article('c', [entity('Ana Torrez', 'person'), entity('Luis Torres Vega', 'person'), entity('Jordan', 'place'), entity('Jordan Smith', 'person')]),
  ]);
  const byName = (name: string) => linked.entities.find((e) => e.name === name || e.aliases.includes(name));
  assert.deepEqual(byName('Ana Torres')?.articles, ['a', 'b', 'c']);
  assert.deepEqual(byName('United States')?.articles, ['a', 'b']);
  assert.equal(byName('United States')?.name, 'United States');
  assert.deepEqual(byName('IMF')?.articles, ['a', 'b']);
  assert.notEqual(byName('Luis Torres Vega')?.id, byName('Ana Torres')?.id);
  assert.notEqual(byName('Jordan')?.id, byName('Jordan Smith')?.id);
  assert.equal(linked.entities.length, 6);
});

test('across: the lookup maps every article entity, and nothing else', () => {
  const a = entity('Ana Torres', 'person');
  const b = entity('Torres', 'person');
  const linked = linkEntitiesAcross([article('x', [a]), article('y', [b])]);
  assert.equal(linked.storyEntityOf('x', a.id), 'E1');
  assert.equal(linked.storyEntityOf('y', b.id), 'E1');
  assert.equal(linked.storyEntityOf('y', a.id), undefined);
  assert.deepEqual(linked.entities[0], { id: 'E1', name: 'Ana Torres', type: 'person', aliases: ['Ana Torres', 'Torres'], articles: ['x', 'y'] });
});

test('across: a role phrase shared by two people does not link them', () => {
  const linked = linkEntitiesAcross([
    article('a', [entity('Ana Torres', 'person', ['Ana Torres', 'the president'])]),
    article('b', [entity('John Miller', 'person', ['John Miller', 'the president'])]),
  ]);
  assert.equal(linked.entities.length, 2);
});
