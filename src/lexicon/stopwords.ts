/**
 * Words that say nothing about which event an article reports or what a sentence states:
 * function words, reporting verbs and vague verbs ("general"), and words for spans of time
 * ("time"). General knowledge, not tuned to any corpus.
 */
import stopwordLists from './data/stopwords.json' with { type: 'json' };

const generalWords: ReadonlySet<string> = new Set(stopwordLists.general);
const timeWords: ReadonlySet<string> = new Set(stopwordLists.time);

const straightApostrophes = (lower: string): string => lower.replace(/’/g, "'");

/** A lower-case function word, reporting verb or vague verb ("the", "said", "didn’t"). */
export const isStopword = (lower: string): boolean =>
  generalWords.has(lower) || generalWords.has(straightApostrophes(lower));

/**
 * A lower-case word for a span of time ("week", "yesterday"). Stop words where dates are compared
 * on their own (facts); content where they help tell events apart (story grouping).
 */
export const isTimeWord = (lower: string): boolean => timeWords.has(lower);
