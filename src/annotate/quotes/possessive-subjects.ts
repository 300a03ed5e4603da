import type { VerbTest } from './09-uncued-verbs.ts';
import { phraseStartingAt, type Phrase } from './phrases.ts';
import type { Word } from './tokens.ts';

/** A possessed head keeps at most this many lower-case words ("defence counsel", "campaign"). */
const MAX_HEAD_WORDS = 3;
/** An introductory phrase before the subject ends with a comma within this many words ("Shortly after the call ended,"). */
const MAX_INTRO_WORDS = 10;

/** Where a sentence's subject may open: its first word, or the word after an introductory phrase's comma. */
function subjectOpenings(words: readonly Word[], to: number): number[] {
  const comma = words.findIndex((w, k) => k < Math.min(to, MAX_INTRO_WORDS) && w.text === ',');
  return comma < 0 ? [0] : [0, comma + 1];
}

/**
 * The subject of a sentence that opens (or opens after an introductory phrase) with a possessive name and the lower-case noun it owns,
 * up to its verb: "Rubio’s campaign sent out ...", "Ana Ruiz’s defence counsel asked ...". The
 * clause subject rules skip possessives (the name is not the speaker), so without this the
 * one who speaks there is no candidate at all. Null when no verb follows the head words.
 */
export function possessiveSubject(words: readonly Word[], to: number, isVerb: VerbTest): Phrase | null {
  for (const at of subjectOpenings(words, to)) {
    const found = possessiveSubjectAt(words, at, to, isVerb);
    if (found) return found;
  }
  return null;
}

function possessiveSubjectAt(words: readonly Word[], at: number, to: number, isVerb: VerbTest): Phrase | null {
  const owner = phraseStartingAt(words, at);
  if (!owner?.phrase.possessive || owner.phrase.kind !== 'name') return null;
  let last = owner.last;
  while (last + 1 < to && last - owner.last < MAX_HEAD_WORDS) {
    const next = words[last + 1] as Word;
    if (!next.isWord || next.cap || isVerb(next)) break;
    last++;
  }
  const verb = words[last + 1];
  if (last === owner.last || last + 1 >= to || !verb || !isVerb(verb)) return null;
  const text = words.slice(at, last + 1).map((w) => w.text).join(' ');
  return { start: owner.phrase.start, end: (words[last] as Word).end, kind: 'noun', text, possessive: false };
}
