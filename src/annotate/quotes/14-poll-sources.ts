import type { Phrase } from './phrases.ts';
import type { Word } from './tokens.ts';

/** Nouns that make an introductory phrase a poll or a study whose findings the sentence reports. */
const POLL_NOUNS: ReadonlySet<string> = new Set(['poll', 'polls', 'survey', 'surveys', 'study', 'studies', 'questionnaire']);
/** How many words the introductory phrase may run to before its comma. */
const MAX_INTRO_WORDS = 24;

/**
 * The poll a sentence opens on ("According to a Reuters/Ipsos poll, 51 percent said", "In a
 * national CNN/ORC poll released Monday, 31% of Republicans said"): the respondents' answers are
 * the poll's findings, so the poll is their source. Null when the sentence opens otherwise.
 */
export function pollIntro(text: string, words: readonly Word[]): Phrase | null {
  const first = words[0]?.lower;
  const from = first === 'according' && words[1]?.lower === 'to' ? 2 : first === 'in' ? 1 : -1;
  if (from < 0) return null;
  let polled = false;
  for (let k = from; k < words.length && k < from + MAX_INTRO_WORDS; k++) {
    const w = words[k] as Word;
    if (w.text === ',') return polled && k > from ? pollPhrase(text, words, from, k - 1) : null;
    if (POLL_NOUNS.has(w.lower)) polled = true;
  }
  return null;
}

/** Words before a group that make it a share of respondents ("31% of Republicans", "half of voters"). */
const SHARE_WORDS: ReadonlySet<string> = new Set(['of', '%', 'percent']);

/**
 * True when a cue's subject is the poll's respondents, not a source of its own: none found, a
 * common noun ("51 percent of respondents", "voters"), or a group written as a share
 * ("31% of Republicans").
 */
export function isRespondents(words: readonly Word[], subject: Phrase | null): boolean {
  if (subject === null || subject.kind === 'noun') return true;
  if (subject.kind !== 'name') return false;
  const at = words.findIndex((w) => w.start === subject.start);
  return SHARE_WORDS.has(words[at - 1]?.lower ?? '');
}

function pollPhrase(text: string, words: readonly Word[], first: number, last: number): Phrase {
  const start = (words[first] as Word).start;
  const end = (words[last] as Word).end;
  return { start, end, kind: 'noun', text: text.slice(start, end), possessive: false };
}
