/**
 * Order statistics of numbers in a typed array, in place, in linear time on average: what a ranking
 * needs when it keeps a few of a few hundred (a full sort of them costs several times more).
 */

/** Partitions below this size are finished by insertion sort. */
const SMALL = 16;

/**
 * Rearranges `keys[from, to)` so that `keys[k]` holds the value a sort would put there, no value
 * before it is greater and none after it is smaller (quickselect, median of three pivots).
 */
export function selectNth(keys: Float64Array, from: number, to: number, k: number): void {
  let lo = from;
  let hi = to - 1;
  while (hi - lo >= SMALL) {
    const pivot = medianOfThree(keys[lo]!, keys[(lo + hi) >>> 1]!, keys[hi]!);
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (keys[i]! < pivot) i++;
      while (keys[j]! > pivot) j--;
      if (i <= j) {
        const swap = keys[i]!;
        keys[i++] = keys[j]!;
        keys[j--] = swap;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return;
  }
  sortRange(keys, lo, hi + 1);
}

/** Sorts `keys[from, to)` ascending (insertion sort below `SMALL` values, else the native sort). */
export function sortRange(keys: Float64Array, from: number, to: number): void {
  if (to - from > SMALL) {
    keys.subarray(from, to).sort();
    return;
  }
  for (let i = from + 1; i < to; i++) {
    const value = keys[i]!;
    let j = i - 1;
    while (j >= from && keys[j]! > value) {
      keys[j + 1] = keys[j]!;
      j--;
    }
    keys[j + 1] = value;
  }
}

function medianOfThree(a: number, b: number, c: number): number {
  if (a < b) return b < c ? b : a < c ? c : a;
  return a < c ? a : b < c ? c : b;
}
