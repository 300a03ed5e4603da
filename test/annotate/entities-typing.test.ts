import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from '../../src/annotate/sentences.ts';
import { findEntities } from '../../src/annotate/entities/index.ts';
import { surnameOf } from '../../src/annotate/entities/04-merge.ts';
import { emptyArticle, runArticleStages } from '../../src/pipeline/run.ts';
import type { AnnotatedArticle, EntityType } from '../../src/model.ts';

const ctx = { now: '2025-06-01T00:00:00Z' };

function annotate(text: string): AnnotatedArticle {
  return runArticleStages(emptyArticle({ id: 't', path: 't.txt', text }), [splitSentences, findEntities], ctx);
}

const typeOfName = (text: string, name: string): EntityType | undefined => annotate(text).entities.find((e) => e.name === name)?.type;

test('typing: place heads and prefixes, institutions, organisation nouns, teams', () => {
  const cases: [string, string, EntityType][] = [
    ['The storm reached the Mariana Islands overnight.', 'Mariana Islands', 'place'],
    ['Fishermen left Korvo Bay at dawn.', 'Korvo Bay', 'place'],
    ['Tankers crossed the Gulf of Velm.', 'Gulf of Velm', 'place'],
    ['Climbers died on Mount Tarrek last year.', 'Mount Tarrek', 'place'],
    ['The bill passed in Congress after midnight.', 'Congress', 'organization'],
    ['Officials at the Pentagon declined to comment.', 'Pentagon', 'organization'],
    ['She first posed for Velvetine magazine in 1955.', 'Velvetine', 'organization'],
    ['Fans cheered as the Harbor Hawks won again.', 'Harbor Hawks', 'organization'],
    ['The photo was supplied by Drennan Images.', 'Drennan Images', 'organization'],
  ];
  for (const [text, name, type] of cases) assert.equal(typeOfName(text, name), type, text);
});

test('typing: people without a known given name, from their shape and what is said of them', () => {
  const cases: [string, string, EntityType][] = [
    ['Zarvela Quint, 33, was arrested on Tuesday.', 'Zarvela Quint', 'person'],
    ['Lawyers for Oskrel Dunmore filed papers. Dunmore pleaded not guilty.', 'Oskrel Dunmore', 'person'],
    ["Officials praised Tevan Brisk's wife for her courage.", 'Tevan Brisk', 'person'],
    ['Observers named Arvel C. Tunsett Jr. in the report.', 'Arvel C. Tunsett Jr.', 'person'],
    ['Critics met Quorra MacTavish later.', 'Quorra MacTavish', 'person'],
  ];
  for (const [text, name, type] of cases) assert.equal(typeOfName(text, name), type, text);
});

test('typing negatives: "in X\'s" is no place, holidays are no entities, org heads beat the name shape', () => {
  assert.notEqual(typeOfName("The model appeared in Harlan Vesk's first magazine.", 'Harlan Vesk'), 'place');
  assert.deepEqual(annotate('Shops stayed open over Christmas and Easter.').entities, []);
  assert.equal(typeOfName('Staff at Dorrin Works Authority agreed.', 'Dorrin Works Authority'), 'organization');
  assert.equal(typeOfName('Talks with the Velo Port Authority stalled.', 'Velo Port Authority'), 'organization');
});

test('merging: middle names and generational suffixes', () => {
  const a = annotate('Bexley Ann Tarrow spoke first. Later Bexley Tarrow left. Tarrow was not seen again.');
  const people = a.entities.filter((e) => e.type === 'person');
  assert.deepEqual(people.map((e) => [e.name, e.mentions.length]), [['Bexley Ann Tarrow', 3]]);
  const b = annotate('Renny Jo Holt and Renny Lee Holt arrived. Holt waved.');
  assert.equal(b.entities.filter((e) => e.name.endsWith('Holt')).length, 3, 'two middle names: two people, the surname alone unresolved');
  const c = annotate('Corliss Dunmere Jr. was sentenced. Dunmere did not speak.');
  assert.deepEqual(c.entities.map((e) => [e.name, e.mentions.length]), [['Corliss Dunmere Jr.', 2]]);
  assert.equal(surnameOf(['ana', 'torres', 'jr']), 'torres');
  assert.equal(surnameOf(['iii']), 'iii');
});
