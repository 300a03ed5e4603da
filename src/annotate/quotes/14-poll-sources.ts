import type { Sentence } from '../../model.ts';
import { indexStartingAt } from '../../span.ts';
import type { Attribution } from './02-attribution.ts';
import { countEndingAt } from './counts.ts';
import type { Phrase } from './phrases.ts';
import { sentenceAt } from './registry.ts';
import type { SentenceWords } from './sentence-words.ts';
import { type Word } from './tokens.ts';

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
/** Words a poll phrase starts at, going back from its poll noun ("a new CNN/ORC poll", "Polls"). */
const PHRASE_OPENERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'this', 'that', 'its', 'their', 'his', 'her', 'one', 'another', 'some']);
/** How many words back from its noun a poll phrase may start. */
const MAX_POLL_WORDS = 6;
/** How many words before the cue the poll's noun may stand (the sentence's own poll, not one far back in a run-on). */
const MAX_POLL_DISTANCE = 40;

/**
 * The poll named earlier in the sentence than the cue at `cue` (`The poll also finds that 37
 * percent of Americans say`, `Polls show as many as 30 percent of his backers say`), when the
 * cue's subject is a share of respondents: the poll is their answers' source.
 */
export function pollBefore(text: string, words: readonly Word[], cue: number, subject: Phrase | null): Phrase | null {
  if (subject === null ? !countsBefore(words, cue) : !isShare(words, subject)) return null;
  for (let k = cue - 1; k >= 0 && k >= cue - MAX_POLL_DISTANCE; k--) {
    if (!POLL_NOUNS.has((words[k] as Word).lower)) continue;
    let first = k;
    while (first > 0 && first > k - MAX_POLL_WORDS && (words[first - 1] as Word).isWord && !PHRASE_OPENERS.has((words[first] as Word).lower)) first--;
    return pollPhrase(text, words, PHRASE_OPENERS.has((words[first] as Word).lower) || first === 0 ? first : k, k);
  }
  return null;
}

/** Words that count respondents with no group after them ("about half said", "54 percent said"). */
const COUNT_WORDS: ReadonlySet<string> = new Set(['%', 'percent', 'half', 'third', 'thirds', 'quarter', 'majority', 'minority', 'most', 'few']);
const isCount = (w: Word): boolean => COUNT_WORDS.has(w.lower) || /^\d/.test(w.text);
/** How many words before a cue its respondents' count may stand ("54 percent of active duty personnel said"). */
const MAX_COUNT_DISTANCE = 6;

/** True when a count of respondents stands a few words before the cue at `cue`. */
function countsBefore(words: readonly Word[], cue: number): boolean {
  for (let k = cue - 1; k >= 0 && k >= cue - MAX_COUNT_DISTANCE; k--) if (isCount(words[k] as Word)) return true;
  return false;
}

/** True when the subject is written as a share of a group ("31% of Republicans", "half of voters") or is a count ("47%"). */
function isShare(words: readonly Word[], subject: Phrase): boolean {
  const at = indexStartingAt(words, subject.start);
  if (SHARE_WORDS.has(words[at - 1]?.lower ?? '')) return true;
  let last = at;
  while (words[last + 1] !== undefined && (words[last + 1] as Word).end <= subject.end) last++;
  return at >= 0 && countEndingAt(words, last)?.start === subject.start;
}

/**
 * True when a cue's subject is the poll's respondents, not a source of its own: none found, a
 * common noun ("51 percent of respondents", "voters"), or a group written as a share
 * ("31% of Republicans").
 */
export function isRespondents(words: readonly Word[], subject: Phrase | null): boolean {
  if (subject === null || subject.kind === 'noun') return true;
  return subject.kind === 'name' && isShare(words, subject);
}

/**
 * The poll that sources the words spoken at the cue at `cue` of a sentence's words: the poll the
 * sentence opens on when the cue's subject is its respondents, else one named before the cue
 * whose respondents are the subject. Null when no poll sources them.
 */
export function pollSource(text: string, words: readonly Word[], cue: number, subject: Phrase | null): Phrase | null {
  const intro = pollIntro(text, words);
  return intro && isRespondents(words, subject) ? intro : pollBefore(text, words, cue, subject);
}

/**
 * Refiner: the attribution of a top-level quote opening at `open`, its cue in the quote's own
 * sentence and its subject a poll's respondents ("In a new poll, 75 percent of voters said
 * “...”"), takes the poll as its source: the respondents' answers are the poll's findings.
 */
export function withPollSource(attribution: Attribution | null, open: number, sentences: readonly Sentence[], words: SentenceWords): Attribution | null {
  if (!attribution) return null;
  const sentence = sentenceAt(sentences, attribution.cue.start);
  if (sentence !== sentenceAt(sentences, open)) return attribution;
  const inSentence = words.inMasked[sentence] ?? [];
  const cue = indexStartingAt(inSentence, attribution.cue.start);
  const poll = cue < 0 ? null : pollSource(words.masked, inSentence, cue, attribution.phrase);
  return poll ? { ...attribution, phrase: poll } : attribution;
}

function pollPhrase(text: string, words: readonly Word[], first: number, last: number): Phrase {
  const start = (words[first] as Word).start;
  const end = (words[last] as Word).end;
  return { start, end, kind: 'noun', text: text.slice(start, end), possessive: false };
}
