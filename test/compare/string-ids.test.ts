import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { StringIds } from '../../src/compare/string-ids.ts';

/** Term-like strings, deterministic (a linear congruential sequence), some sharing long prefixes. */
function terms(count: number): string[] {
  let state = 987654321;
  return Array.from({ length: count }, (_, k) => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return `${['w:', 'e:', 'n:'][k % 3]}${state.toString(36)}${k % 7 === 0 ? 'ing' : ''}`;
  });
}

/** One table and the `Map` it should agree with, changed together. */
class Both {
  readonly ids = new StringIds(4);
  readonly map = new Map<string, number>();
  set(key: string, value: number): void {
    this.ids.set(key, value);
    this.map.set(key, value);
  }
  delete(key: string): void {
    this.ids.delete(key);
    this.map.delete(key);
  }
}

/** Runs the operations, then checks that the table and the `Map` agree on every key. */
function agreeAfter(operations: (both: Both) => void, keys: readonly string[]): void {
  const both = new Both();
  operations(both);
  const { ids, map } = both;
  assert.equal(ids.size, map.size);
  for (const key of keys) assert.equal(ids.get(key), map.get(key) ?? -1, key);
}

describe('StringIds', () => {
  const keys = terms(5000);
  const cases: { name: string; operations: (both: Both) => void }[] = [
    {
      name: 'growing from 16 slots to thousands of keys',
      operations: (both) => keys.forEach((key, value) => both.set(key, value)),
    },
    {
      name: 'setting a key again replaces its value',
      operations: (both) => {
        for (const value of [1, 2]) for (const key of keys.slice(0, 100)) both.set(key, value);
      },
    },
    {
      name: 'deleting every other key, then every third of the rest (entries after a gap move back)',
      operations: (both) => {
        keys.forEach((key, value) => both.set(key, value));
        for (const [k, key] of keys.entries()) if (k % 2 === 0) both.delete(key);
        for (const [k, key] of keys.entries()) if (k % 3 === 0) both.delete(key);
      },
    },
    {
      name: 'deleting and adding in turns, as terms are forgotten and made',
      operations: (both) => {
        keys.forEach((key, value) => {
          both.set(key, value);
          const old = keys[value - 40];
          if (old !== undefined && value % 5 !== 0) both.delete(old);
        });
      },
    },
    {
      name: 'deleting a key it does not hold changes nothing',
      operations: (both) => {
        keys.slice(0, 50).forEach((key, value) => both.set(key, value));
        both.delete('w:absent');
      },
    },
    {
      name: 'cleared, then filled again',
      operations: (both) => {
        keys.forEach((key, value) => both.ids.set(key, value));
        both.ids.clear();
        keys.slice(0, 300).forEach((key, value) => both.set(key, value + 7));
      },
    },
  ];
  for (const { name, operations } of cases) it(`agrees with a Map: ${name}`, () => agreeAfter(operations, [...keys, 'w:absent', '']));

  it('confirms a match on the string of its value when given the strings: a key that only shares the hashes is not found', () => {
    const ids = new StringIds();
    const names = ['w:storm'];
    ids.set('w:storm', 0, names);
    assert.equal(ids.get('w:storm', names), 0);
    assert.equal(ids.get('w:storm', ['w:other']), -1, 'the stored string differs: another key with the same hashes');
    ids.set('w:storm', 1, ['w:other', 'w:storm']);
    assert.equal(ids.size, 2, 'so setting it adds a second entry');
    assert.equal(ids.get('w:storm', ['w:other', 'w:storm']), 1);
  });

  it('holds the empty string and value 0', () => {
    const ids = new StringIds();
    ids.set('', 0);
    assert.equal(ids.get(''), 0);
    assert.equal(ids.get('w:'), -1);
  });
});
