import type { MetaValue, Span } from '../model.ts';

/** Builds a metadata value, omitting the span when there is none. */
export function metaValue<T>(
  value: T,
  by: string,
  from: string,
  inferred: boolean,
  span?: Span,
): MetaValue<T> {
  return { value, by, inferred, from, ...(span === undefined ? {} : { span }) };
}
