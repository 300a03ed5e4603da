import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { seedArticles } from '../helpers/seeds.ts';
import { splitSentences } from '../../src/annotate/sentences.ts';
import { findEntities } from '../../src/annotate/entities/index.ts';
import { linkEntitiesAcross } from '../../src/annotate/entities/across.ts';
import { emptyArticle, runArticleStages } from '../../src/pipeline/run.ts';
import type { AnnotatedArticle, Entity, EntityType } from '../../src/model.ts';

const goldenFile = new URL('../fixtures/annotate/entities/seeds.golden.json', import.meta.url);
const ctx = { now: '2025-06-01T00:00:00Z' };

const seeds: AnnotatedArticle[] = seedArticles().map((raw) =>
  runArticleStages(emptyArticle(raw), [splitSentences, findEntities], ctx),
);

const seed = (id: string) => seeds.find((a) => a.id === id) as AnnotatedArticle;
const withAlias = (a: AnnotatedArticle, alias: string): Entity[] => a.entities.filter((e) => e.aliases.includes(alias));

function assertOne(a: AnnotatedArticle, alias: string, type: EntityType, name?: string): Entity {
  const found = withAlias(a, alias);
  assert.equal(found.length, 1, `${a.id}: one entity with alias "${alias}", found ${found.length}`);
  const entity = found[0] as Entity;
  assert.equal(entity.type, type, `${a.id}: "${alias}" typed ${entity.type}`);
  if (name !== undefined) assert.equal(entity.name, name, `${a.id}: "${alias}" named ${entity.name}`);
  return entity;
}

test('golden: entities of the five seeds (UPDATE=1 regenerates)', () => {
  const actual = Object.fromEntries(
    seeds.map((a) => [a.id, a.entities.map((e) => ({ name: e.name, type: e.type, aliases: e.aliases, mentions: e.mentions.length }))]),
  );
  if (process.env.UPDATE === '1') writeFileSync(goldenFile, `${JSON.stringify(actual, null, 2)}\n`);
  const expected: unknown = JSON.parse(readFileSync(goldenFile, 'utf8'));
  assert.deepEqual(actual, expected);
});

test('the Mexican president: full name, surname, title and the misspelling are one person', () => {
  for (const a of seeds) {
    const person = assertOne(a, 'Sheinbaum', 'person', 'Claudia Sheinbaum');
    assert.ok(person.aliases.includes('Claudia Sheinbaum'), a.id);
    assert.equal(a.entities.filter((e) => e.aliases.some((x) => /Shei/.test(x))).length, 1, a.id);
  }
  assert.ok(withAlias(seed('002'), 'Claudia Sheibaum')[0]?.aliases.includes('Claudia Sheinbaum'));
});

test('the US president: one person per article', () => {
  for (const a of seeds) assertOne(a, 'Trump', 'person');
  for (const id of ['001', '002', '003', '004']) assertOne(seed(id), 'Donald Trump', 'person', 'Donald Trump');
});

test('places: U.S., US and United States are one place; Mexico, Texcoco, Texas', () => {
  for (const a of seeds) {
    const us = a.entities.filter((e) => e.name === 'United States');
    assert.equal(us.length, 1, a.id);
    assert.equal(us[0]?.type, 'place');
    assertOne(a, 'Mexico', 'place');
  }
  assertOne(seed('001'), 'United States', 'place');
  assertOne(seed('001'), 'U.S.', 'place');
  assertOne(seed('001'), 'Texcoco', 'place');
  assertOne(seed('002'), 'Texcoco', 'place');
  assertOne(seed('000'), 'Texas', 'place');
});

test('organisations and other people of the reference story', () => {
  for (const id of ['000', '001', '003', '004']) assertOne(seed(id), 'White House', 'organization');
  for (const a of seeds) {
    assert.equal(a.entities.filter((e) => /Wall Street Journal/.test(e.name) && e.type === 'organization').length, 1, a.id);
  }
  assertOne(seed('000'), 'State Department', 'organization');
  assertOne(seed('000'), 'Elon Musk', 'person');
  assertOne(seed('001'), 'Reuters', 'organization');
  assertOne(seed('001'), 'Sinaloa Cartel', 'organization');
  assertOne(seed('002'), 'Sinaloa Cartel', 'organization');
  assertOne(seed('002'), 'CJNG', 'organization');
  assertOne(seed('003'), 'Newsweek', 'organization');
  assertOne(seed('004'), 'MENAFN', 'organization');
});

test('no months, weekdays or lone demonyms become entities', () => {
  const bad = /^(?:May|April|February|Saturday|Sunday|Friday|Mexican|American|Many|Earlier)$/;
  for (const a of seeds) assert.deepEqual(a.entities.filter((e) => e.aliases.some((x) => bad.test(x))), [], a.id);
});

test('offsets: every mention is one of its entity\'s aliases, inside a sentence', () => {
  for (const a of seeds) {
    for (const e of a.entities) {
      for (const m of e.mentions) {
        assert.ok(e.aliases.includes(a.text.slice(m.start, m.end)), `${a.id} ${e.name}`);
        assert.ok(a.sentences.some((s) => s.start <= m.start && m.end <= s.end), `${a.id} ${e.name}`);
      }
    }
  }
});

test('across the seeds: one story entity each for the two presidents, the US and the newspaper', () => {
  const linked = linkEntitiesAcross(seeds);
  const all = ['000', '001', '002', '003', '004'];
  const find = (name: string) => linked.entities.filter((e) => e.name === name);
  for (const name of ['Claudia Sheinbaum', 'Donald Trump', 'United States', 'Mexico']) {
    assert.equal(find(name).length, 1, name);
    assert.deepEqual(find(name)[0]?.articles, all, name);
  }
  assert.deepEqual(find('White House')[0]?.articles, ['000', '001', '003', '004']);
  const journal = linked.entities.filter((e) => /Wall Street Journal/.test(e.name));
  assert.equal(journal.length, 1);
  assert.deepEqual(journal[0]?.articles, all);
  const sheinbaum = find('Claudia Sheinbaum')[0];
  for (const a of seeds) {
    const local = withAlias(a, 'Sheinbaum')[0] as Entity;
    assert.equal(linked.storyEntityOf(a.id, local.id), sheinbaum?.id);
  }
});

test('across: independent of article order and deterministic', () => {
  const forward = linkEntitiesAcross(seeds);
  const backward = linkEntitiesAcross([...seeds].reverse());
  assert.deepEqual(backward.entities, forward.entities);
  for (const a of seeds) {
    for (const e of a.entities) assert.equal(backward.storyEntityOf(a.id, e.id), forward.storyEntityOf(a.id, e.id));
  }
  assert.deepEqual(forward.entities.map((e) => e.id), forward.entities.map((_, i) => `E${i + 1}`));
});
