type Growable = Int32Array | Uint32Array | Uint16Array | Uint8Array | Float32Array | Float64Array;

/** A copy of `array` long enough to hold index `at` (its length doubled as often as needed). */
export function grown<T extends Growable>(array: T, at: number): T {
  let size = Math.max(1, array.length);
  while (size <= at) size *= 2;
  const larger = new (array.constructor as new (size: number) => T)(size);
  larger.set(array);
  return larger;
}
