import type { Token } from '../../model.ts';
import { PARTICIPLE_ONLY } from './data/irregular-verbs.ts';
import { tagAt, type Word } from './tokens.ts';

/** Tells whether a word may be the finite verb of a reported clause ("lost", "plan", "shouldn't"). */
export type FiniteTest = (word: Word, before?: Word) => boolean;

/** Tags of a verb or an auxiliary, as the tokenizer writes them. */
const VERB_TAGS: ReadonlySet<string> = new Set(['VERB', 'AUX']);

/** Words after which a verb form is an adjective or a noun ("the added security", "his resume"). */
export const ADJECTIVE_SLOT: ReadonlySet<string> = new Set(['the', 'a', 'an', 'his', 'their', 'its', 'our', 'my', 'your']);

/** No tagger: only the word lists of `bareClauseStart` decide. */
export const NO_TAGS: FiniteTest = () => false;

/**
 * A finite-verb test over the article's tagged tokens: the token starting where the word starts
 * is a verb or an auxiliary, in lower case ("May" is a month), and not a participle ("facing",
 * "known") that could open a modifier. `before` is the word before it: after a determiner or a
 * possessive ("his resume") a word is a noun whatever the tag, after "to" an infinitive.
 */
export function finiteTagger(tokens: readonly Token[]): FiniteTest {
  return (word, before) => {
    if (word.cap || word.lower.endsWith('ing') || PARTICIPLE_ONLY.has(word.lower) || (before !== undefined && (ADJECTIVE_SLOT.has(before.lower) || before.lower === 'to'))) return false;
    const tag = tagAt(tokens, word.start);
    return tag !== undefined && VERB_TAGS.has(tag);
  };
}
