import type { RowList } from '../../src/compare/row-list.ts';

/** The entries of one row of a row list, as plain arrays. */
export function rowOf(list: RowList, row: number): { values: number[]; weights: number[] } {
  const values: number[] = [];
  const weights: number[] = [];
  for (let at = list.start(row); at < list.end(row); at++) {
    values.push(list.value(at));
    weights.push(list.weight(at));
  }
  return { values, weights };
}
