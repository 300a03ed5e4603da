/**
 * A light suffix stripper: enough to make "earthquakes"/"earthquake" or "killed"/"killing"/"kill"
 * one term, without a full Porter stemmer. Rules are tried in order; the first that fits applies.
 */
const rules: readonly (readonly [suffix: string, replacement: string, minStem: number])[] = [
  ['ies', 'y', 3],
  ['sses', 'ss', 2],
  ['ness', '', 4],
  ['ings', '', 3],
  ['ing', '', 3],
  ['edly', '', 3],
  ['ed', '', 3],
  ['ers', '', 3],
  ['er', '', 3],
  ['ly', '', 4],
  ['s', '', 3],
];

/** The stem of a lowercase word; words ending in "ss", "us" or "is" keep their final s. */
export function stem(word: string): string {
  const base = word.replace(/['’]s$/u, '');
  if (/(?:ss|us|is)$/u.test(base)) return base;
  for (const [suffix, replacement, minStem] of rules) {
    if (base.endsWith(suffix) && base.length - suffix.length >= minStem) {
      return undoubleFinal(base.slice(0, base.length - suffix.length) + replacement, suffix);
    }
  }
  return base;
}

/** "stopped" -> "stopp" -> "stop": a doubled final consonant left by -ed/-ing is undone. */
function undoubleFinal(word: string, suffix: string): string {
  if (suffix !== 'ed' && suffix !== 'ing' && suffix !== 'er') return word;
  return /([b-df-hj-np-tv-z])\1$/u.test(word) && !/(?:ll|ss|zz)$/u.test(word) ? word.slice(0, -1) : word;
}
