import type { Attribution } from './02-attribution.ts';
import { speakerStartingAt } from './noun-phrases.ts';
import type { Phrase } from './phrases.ts';
import { wordsOf, type Word } from './tokens.ts';

/** How far (in characters) around a quote "according to X" is looked for. */
const REACH = 120;
/** What may stand between the source and the opening mark ("According to Ana Ruiz, “..."). */
const BEFORE_MARK = /^[,:\u2014\u2013-]$/u;

/** True when words `i` and `i + 1` are "according to". */
export function accordingAt(words: readonly Word[], i: number): boolean {
  return words[i]?.lower === 'according' && words[i + 1]?.lower === 'to';
}

/** Words the complement of "according to" may span when it is no speaker phrase ("data released Friday by regulators"). */
const MAX_SOURCE_WORDS = 12;
/** Words that end the complement: a clause or a second statement begins. */
export const SOURCE_ENDS: ReadonlySet<string> = new Set(['that', 'who', 'which', 'whose', 'while', 'when', 'because']);

/** Prepositions naming who made a work ("a report by the agency", "a post from Ana Ruiz"). */
const AUTHOR_PREPOSITIONS: ReadonlySet<string> = new Set(['by', 'from']);

/**
 * The author a common-noun source names right after it ("a recent report from the Acme
 * Institute", "a tally by the Daily Star"): the name (without "the"), not the work, else null.
 */
function authorOfWork(words: readonly Word[], work: { phrase: Phrase; last: number }): { phrase: Phrase; last: number } | null {
  if (work.phrase.kind !== 'noun' || !AUTHOR_PREPOSITIONS.has(words[work.last + 1]?.lower ?? '')) return null;
  const at = work.last + (words[work.last + 2]?.lower === 'the' ? 3 : 2);
  const author = speakerStartingAt(words, at);
  return author?.phrase.kind === 'name' && !author.phrase.possessive ? author : null;
}

/**
 * The complement of "according to" starting at word `from`, whatever its shape: the words up to
 * the next punctuation ("complete but unofficial returns", "data released Friday by regulators");
 * a work with its author after it gives the author ("a report by the Acme Institute").
 */
export function accordingSource(words: readonly Word[], from: number): { phrase: Phrase; last: number } | null {
  const found = speakerStartingAt(words, from);
  if (found) return authorOfWork(words, found) ?? found;
  let last = from - 1;
  while (last + 1 < words.length && last + 1 < from + MAX_SOURCE_WORDS && (words[last + 1] as Word).isWord) {
    if (last >= from && SOURCE_ENDS.has((words[last + 1] as Word).lower)) break;
    last++;
  }
  if (last < from) return null;
  const first = words[from] as Word;
  const end = words[last] as Word;
  const text = words.slice(from, last + 1).map((w) => w.text).join(' ');
  return { phrase: { start: first.start, end: end.end, kind: 'noun', text, possessive: false }, last };
}

/** The cue "according to" at word `i` and the source starting right after it, with its last word. */
function sourceAt(words: readonly Word[], i: number): { attribution: Attribution; last: number } | null {
  const found = accordingSource(words, i + 2);
  if (!found) return null;
  const first = words[i] as Word;
  const cue = { start: first.start, end: (words[i + 1] as Word).end, text: 'according to' };
  return { attribution: { cue, phrase: found.phrase }, last: found.last };
}

/** `“...,” according to Ana Ruiz.`: "according to" right after the closing mark (a comma between). */
export function accordingAfter(text: string, from: number, to: number): Attribution | null {
  const words = wordsOf(text, from, Math.min(to, from + REACH));
  const i = words[0]?.text === ',' ? 1 : 0;
  return accordingAt(words, i) ? (sourceAt(words, i)?.attribution ?? null) : null;
}

/** `According to Ana Ruiz, “...”`: "according to" and its source, and nothing else, before the mark. */
export function accordingBefore(text: string, from: number, to: number): Attribution | null {
  const words = wordsOf(text, Math.max(from, to - REACH), to);
  let end = words.length;
  if (BEFORE_MARK.test(words[end - 1]?.text ?? '')) end--;
  for (let i = end - 3; i >= 0; i--) {
    if (!accordingAt(words, i)) continue;
    const found = sourceAt(words, i);
    return found && found.last === end - 1 ? found.attribution : null;
  }
  return null;
}
