import { speakerStartingAt } from './noun-phrases.ts';
import type { Phrase } from './phrases.ts';
import { SENTENCE_END, type Word } from './tokens.ts';

/** Words that tie a participle cue to a clause whose subject it shares ("said, while arguing"). */
const SUBORDINATORS = new Set(['while', 'before', 'after', 'since', 'when', 'without', 'upon', 'besides']);
/** An adverb between the subordinator and the participle ("before optimistically predicting"). */
const isAdverb = (w: Word | undefined): boolean => w !== undefined && w.lower.endsWith('ly') && w.lower.length > 4;

/** Index of the subordinator before the participle cue at `cue` ("while", "in addition to"), else -1. */
export function subordinatorBefore(words: readonly Word[], cue: number): number {
  let link = cue - 1;
  if (isAdverb(words[link])) link--;
  const word = words[link];
  if (word !== undefined && SUBORDINATORS.has(word.lower)) return link;
  const isInAdditionTo = word?.lower === 'to' && words[link - 1]?.lower === 'addition' && words[link - 2]?.lower === 'in';
  return isInAdditionTo ? link - 2 : -1;
}

/**
 * The subject of the clause after an opening participle phrase ("After saying he was nervous,
 * the man ended up ..."): the speaker phrase right after the first comma that follows the cue,
 * when a lower-case word (its verb) comes next.
 */
export function mainClauseSubject(words: readonly Word[], cue: number): Phrase | null {
  for (let k = cue + 1; k < words.length; k++) {
    const w = words[k] as Word;
    if (SENTENCE_END.has(w.text)) return null;
    if (w.text !== ',') continue;
    const found = speakerStartingAt(words, k + 1);
    const verb = found ? words[found.last + 1] : undefined;
    return found && !found.phrase.possessive && verb?.isWord && !verb.cap ? found.phrase : null;
  }
  return null;
}

/**
 * True when the cue at `cue` opens the sentence starting at word `from` as a participle phrase
 * ("Noting that ..., Smith", "Having announced that ..., the judge"): its subject is the main clause's.
 */
export function opensParticiplePhrase(words: readonly Word[], cue: number, from: number): boolean {
  const isParticiple = cue === from && (words[cue] as Word).lower.endsWith('ing');
  return isParticiple || (cue === from + 1 && words[from]?.lower === 'having');
}

/** Words a participle opening a sentence is followed by ("Speaking to", "Writing in the"), unlike a name ending in -ing ("King said"). */
const AFTER_OPENING_PARTICIPLE = new Set(['to', 'at', 'in', 'on', 'with', 'about', 'from', 'for', 'during', 'after', 'before', 'the', 'a', 'an', 'his', 'her', 'their', 'its', 'out', 'up', 'back']);

/** A participle opening the clause ("Speaking to reporters, ...", "Having won, ..."): no name. */
export function isParticipleOpener(words: readonly Word[], from: number, subject: Phrase): boolean {
  const opening = words[from];
  if (opening?.start !== subject.start || opening.end !== subject.end) return false;
  return opening.lower === 'having' || (opening.lower.endsWith('ing') && AFTER_OPENING_PARTICIPLE.has(words[from + 1]?.lower ?? ''));
}
