/**
 * Units that measure rather than count: two outlets giving different figures in such a unit
 * usually measure different things (a 12-yard run and 300 passing yards; 60% of one traffic,
 * 70% of another), so they are not compared as counts. Singular words.
 */
export const MEASURE_UNITS: readonly string[] = [
  '%',
  'percent',
  'cent',
  'percentage',
  'yard',
  'metre',
  'meter',
  'm',
  'km',
  'kilometre',
  'kilometer',
  'mile',
  'foot',
  'feet',
  'ft',
  'inch',
  'centimetre',
  'centimeter',
  'cm',
  'second',
  'minute',
  'hour',
  'point',
  'degree',
  'lap',
  'round',
  'inning',
  'goal',
  'pound',
  'lb',
  'kg',
  'kilogram',
  'gram',
  'ton',
  'tonne',
  'litre',
  'liter',
  'gallon',
];

/**
 * Nouns so general that the same number with one of them and a specific noun ("40 people",
 * "40 residents") is one count worded twice, not two different things.
 */
export const GENERIC_COUNTED: readonly string[] = ['people', 'person', 'individual', 'other', 'one', 'member', 'thing', 'item', 'case', 'time'];

/** Words before a count that make it a part of a total ("his first 5 shots", "another 10 people"). */
export const SUBSET_WORDS: readonly string[] = ['first', 'last', 'next', 'final', 'remaining', 'other', 'another', 'additional', 'further', 'more', 'straight', 'consecutive'];
