import { speakerStartingAt } from './noun-phrases.ts';
import { phraseStartingAt, type Phrase } from './phrases.ts';
import { MASK, SENTENCE_END, type Word } from './tokens.ts';

/**
 * Words that open an introductory phrase or clause before a sentence's subject ("In response to
 * the proposal, ...", "Shortly after the call ended, ...", "Despite growing up ..., ...").
 */
const OPENERS: ReadonlySet<string> = new Set([
  'in', 'after', 'before', 'despite', 'during', 'since', 'following', 'amid', 'while', 'when',
  'with', 'without', 'unlike', 'although', 'though', 'because', 'if', 'once', 'upon', 'at', 'on',
  'for', 'from', 'under', 'among', 'shortly', 'soon', 'just', 'until', 'by', 'even',
]);
/** A common-noun subject longer than this has swallowed its verb ("the company sent out a release"). */
const MAX_NOUN_SUBJECT_WORDS = 4;
/** An introductory phrase ends at a comma within this many words. */
const MAX_OPENING_WORDS = 24;

/**
 * The subject phrase starting at word `at`: a name, role or pronoun ("Mrs. Ruiz endorsed Tom
 * Reed": not the later name), else a longer speaker phrase ("Ana Ruiz’s campaign", "the group").
 */
function subjectStartingAt(words: readonly Word[], at: number): { phrase: Phrase; last: number } | null {
  const simple = phraseStartingAt(words, at);
  if (simple) return simple.phrase.possessive ? null : simple;
  const found = speakerStartingAt(words, at);
  return found && found.last - at < MAX_NOUN_SUBJECT_WORDS ? found : null;
}

/**
 * The subject after an introductory phrase opening the clause at word `from` ("In response to
 * Smith’s plan to bar migrants, Ana Ruiz’s campaign rallied ..."): the speaker phrase right after
 * the phrase's comma, a lower-case word (its verb) next, before word `to`. Null when the clause
 * opens otherwise or no such subject follows.
 */
export function subjectAfterOpening(words: readonly Word[], from: number, to: number): Phrase | null {
  if (!OPENERS.has(words[from]?.lower ?? '')) return null;
  for (let k = from + 1; k < to && k <= from + MAX_OPENING_WORDS; k++) {
    const w = words[k] as Word;
    if (SENTENCE_END.has(w.text) || w.text.startsWith(MASK)) return null;
    if (w.text !== ',') continue;
    const found = subjectStartingAt(words, k + 1);
    const verb = found ? words[found.last + 1] : undefined;
    return found && found.last + 1 < to && !found.phrase.possessive && verb?.isWord && !verb.cap ? found.phrase : null;
  }
  return null;
}
