import assert from 'node:assert/strict';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { areSynonyms, synonymGroups, synonymIndex } from '../../src/lexicon/synonyms.ts';

const tablePath = join(import.meta.dirname, '..', '..', 'src', 'lexicon', 'data', 'synonyms.json');

test('the synonym table loads, is small, and every group holds two or more distinct words', () => {
  assert.ok(statSync(tablePath).size < 1_500_000, `${statSync(tablePath).size} bytes`);
  assert.ok(synonymGroups.length > 5_000, `${synonymGroups.length} groups`);
  for (const group of synonymGroups) {
    const words = group.split(' ');
    assert.ok(words.length >= 2 && new Set(words).size === words.length, group);
    assert.ok(words.every((w) => /^[a-z]+$/.test(w)), group);
  }
});

test('the index is built once per way of keying words', () => {
  assert.equal(synonymIndex(), synonymIndex());
});

const synonyms: readonly [string, string][] = [
  ['sacrosanct', 'inviolable'],
  ['inviolable', 'inalienable'],
  ['Inalienable', 'unalienable'],
  ['hijack', 'commandeer'],
  ['twelve', 'dozen'],
  ['collaborate', 'cooperate'],
];

const notSynonyms: readonly [string, string][] = [
  ['bank', 'shore'],
  ['bank', 'depository'],
  ['military', 'noncombatant'],
  ['sacrosanct', 'inalienable'],
  ['arm', 'weapon'],
  ['fight', 'combat'],
  ['person', 'individual'],
  ['inviolable', 'inviolable'],
  ['the', 'a'],
  ['unknownword', 'inviolable'],
];

test('words WordNet gives a shared sense are synonyms, both ways', () => {
  for (const [a, b] of synonyms) {
    assert.ok(areSynonyms(a, b), `${a} / ${b}`);
    assert.ok(areSynonyms(b, a), `${b} / ${a}`);
  }
});

test('ambiguous words, sibling satellites, identical words and stop words are not synonyms', () => {
  for (const [a, b] of notSynonyms) assert.equal(areSynonyms(a, b), false, `${a} / ${b}`);
});
