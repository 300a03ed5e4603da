/**
 * Items 0..count-1 in the order of their content keys, which breaks ties so that results do not
 * depend on the order of the input: `compare(x, y)` is negative when `x`'s key comes first, 0 when
 * the keys are equal. Items are compared without making their keys into strings.
 */
export interface KeyOrder {
  readonly count: number;
  compare(x: number, y: number): number;
}

