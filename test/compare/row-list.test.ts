import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RowList } from '../../src/compare/row-list.ts';
import { rowOf } from '../helpers/rows.ts';

describe('row lists', () => {
  it('holds rows longer and more numerous than its first buffers, empty rows included', () => {
    const list = new RowList();
    for (let row = 0; row < 1500; row++) {
      for (let k = 0; k < row % 30; k++) list.push(row * 100 + k, k / 2);
      list.close();
    }
    assert.equal(list.size, 1500);
    for (const row of [0, 1, 29, 30, 1499]) {
      const values = Array.from({ length: row % 30 }, (_, k) => row * 100 + k);
      assert.deepEqual(rowOf(list, row), { values, weights: values.map((_, k) => k / 2) }, `row ${row}`);
    }
  });

  it('says which rows hold a value', () => {
    const list = new RowList();
    for (const row of [[3, 1], [], [7, 3, 9]]) {
      for (const value of row) list.push(value);
      list.close();
    }
    const table: [number, number, boolean][] = [
      [0, 3, true],
      [0, 9, false],
      [1, 3, false],
      [2, 9, true],
      [2, 1, false],
    ];
    for (const [row, value, held] of table) assert.equal(list.holds(row, value), held, `row ${row} value ${value}`);
  });

  it('starts again empty after clear, weights defaulting to 0', () => {
    const list = new RowList();
    list.push(5, 1.5);
    list.close();
    list.clear();
    assert.equal(list.size, 0);
    list.push(8);
    list.close();
    assert.deepEqual(rowOf(list, 0), { values: [8], weights: [0] });
  });
});
