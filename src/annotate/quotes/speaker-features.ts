import type { Quote } from '../../model.ts';
import { sentenceAt } from './registry.ts';
import type { SpeakerCandidate } from './speaker-candidates.ts';
import type { SpeakerContext } from './speaker-context.ts';

/** At most this much text (an opening mark, spaces) before a quote that opens its paragraph. */
const MAX_LEAD = 2;
/** Quotes of this many words or fewer are slogans, titles and scare quotes more than speech. */
const SHORT_QUOTE_WORDS = 4;
/** Scales that keep every feature near [0, 1]. */
const SENTENCE_SCALE = 3;
const CHARS_SCALE = Math.log(1000);
const MENTIONS_SCALE = Math.log(30);

/** What is known of a speaker-less quote itself, the same for all its candidates. */
export interface QuoteSetting {
  readonly kind: Quote['kind'];
  readonly start: number;
  readonly hasCue: boolean;
  readonly opensParagraph: boolean;
  readonly candidates: number;
  /** Words of the quote. */
  readonly words: number;
  /** The fewest characters between the quote and any candidate's nearest mention (-1: none). */
  readonly nearestChars: number;
  /** The same among candidates named before the quote. */
  readonly nearestBeforeChars: number;
  /** Some candidate is the subject of the quote's own sentence. */
  readonly hasOwnSubject: boolean;
}

/** The features, in the order of the weights; every value is a number near [0, 1]. */
export const FEATURE_NAMES = [
  'sentence_distance',
  'before_in_sentence',
  'after_in_sentence',
  'in_previous_sentence',
  'in_sentence_two_before',
  'in_next_sentence',
  'log_chars',
  'subject',
  'cue_near',
  'only_quoted',
  'same_paragraph',
  'previous_speaker',
  'next_speaker',
  'previous_sentence_subject',
  'own_sentence_subject',
  'from_pronoun',
  'person',
  'organisation',
  'log_mentions',
  'protagonist',
  'quote_direct',
  'quote_partial',
  'quote_has_cue',
  'quote_opens_paragraph',
  'one_over_candidates',
  'nearest_candidate',
  'nearest_before',
  'short_quote',
  'cue_near_in_sentence',
  'common_noun_subject',
  'direct_and_previous_speaker',
  'opens_paragraph_and_previous_subject',
  'partial_and_own_subject',
  'phrase',
  'next_to_cue',
  'after_verb',
  'before_colon',
  'common_noun',
  'document_noun',
  'first_person',
  'another_is_own_subject',
  'object_of_verb',
  'object_of_preposition',
] as const;

export type FeatureName = (typeof FEATURE_NAMES)[number];

/** The quote-level facts of a quote and its candidates. */
export function quoteSetting(ctx: SpeakerContext, quote: Quote, candidates: readonly SpeakerCandidate[]): QuoteSetting {
  const sentences = ctx.registry.sentences;
  const at = sentenceAt(sentences, quote.start);
  const own = sentences[at];
  const opensParagraph = own !== undefined && sentences[at - 1]?.paragraph !== own.paragraph && ctx.article.text.slice(own.start, quote.start).trim().length <= MAX_LEAD;
  const named = candidates.filter((c) => c.chars >= 0);
  const before = named.filter((c) => (c.speaker.end ?? quote.start) <= quote.start);
  const fewest = (list: readonly SpeakerCandidate[]): number => (list.length === 0 ? -1 : Math.min(...list.map((c) => c.chars)));
  return {
    kind: quote.kind,
    start: quote.start,
    hasCue: quote.cue !== undefined,
    opensParagraph,
    candidates: candidates.length,
    words: quote.text.split(/\s+/u).length,
    nearestChars: fewest(named),
    nearestBeforeChars: fewest(before),
    hasOwnSubject: candidates.some((c) => c.ownSubject),
  };
}

const flag = (on: boolean): number => (on ? 1 : 0);

/**
 * True when something ties the candidate to speech: a cue verb by it, a quote of its own nearby,
 * its place before a cue or a colon or after the quote's verb, or being the subject of a clause
 * before the quote in its sentence or of the sentence before. A name merely near the quote is no speaker.
 */
export function hasSpeechEvidence(c: SpeakerCandidate): boolean {
  return c.cueNear || c.nextToCue || c.afterVerb || c.beforeColon || c.previousSpeaker || c.nextSpeaker || c.ownSubject || c.previousSubject || (c.subject && c.beforeInSentence);
}

/** The feature vector of one candidate, in FEATURE_NAMES order. */
export function featuresOf(candidate: SpeakerCandidate, setting: QuoteSetting): number[] {
  const { offsets } = candidate;
  const direct = setting.kind === 'direct';
  const values: Record<FeatureName, number> = {
    sentence_distance: Math.min(Math.abs(candidate.sentenceOffset), SENTENCE_SCALE) / SENTENCE_SCALE,
    before_in_sentence: flag(candidate.beforeInSentence),
    after_in_sentence: flag(candidate.afterInSentence),
    in_previous_sentence: flag(offsets.has(-1)),
    in_sentence_two_before: flag(offsets.has(-2)),
    in_next_sentence: flag(offsets.has(1)),
    log_chars: candidate.chars < 0 ? 1 : Math.min(1, Math.log1p(candidate.chars) / CHARS_SCALE),
    subject: flag(candidate.subject),
    cue_near: flag(candidate.cueNear),
    only_quoted: flag(candidate.onlyQuoted && candidate.chars >= 0),
    same_paragraph: flag(candidate.sameParagraph),
    previous_speaker: flag(candidate.previousSpeaker),
    next_speaker: flag(candidate.nextSpeaker),
    previous_sentence_subject: flag(candidate.previousSubject),
    own_sentence_subject: flag(candidate.ownSubject),
    from_pronoun: flag(candidate.fromPronoun),
    person: flag(candidate.kind === 'person'),
    organisation: flag(candidate.kind === 'organisation'),
    log_mentions: Math.min(1, Math.log1p(candidate.mentions) / MENTIONS_SCALE),
    protagonist: flag(candidate.protagonist),
    quote_direct: flag(direct),
    quote_partial: flag(setting.kind === 'partial'),
    quote_has_cue: flag(setting.hasCue),
    quote_opens_paragraph: flag(setting.opensParagraph),
    one_over_candidates: 1 / Math.max(1, setting.candidates),
    nearest_candidate: flag(candidate.chars >= 0 && candidate.chars === setting.nearestChars),
    nearest_before: flag(candidate.chars >= 0 && candidate.chars === setting.nearestBeforeChars && (candidate.speaker.end ?? Infinity) <= setting.start),
    short_quote: flag(setting.words <= SHORT_QUOTE_WORDS),
    cue_near_in_sentence: flag(candidate.cueNearInSentence),
    common_noun_subject: flag(candidate.kind === 'other' && (candidate.ownSubject || candidate.previousSubject)),
    direct_and_previous_speaker: flag(direct && candidate.previousSpeaker),
    opens_paragraph_and_previous_subject: flag(setting.opensParagraph && candidate.previousSubject),
    partial_and_own_subject: flag(setting.kind === 'partial' && candidate.ownSubject),
    phrase: flag(candidate.kind === 'phrase'),
    next_to_cue: flag(candidate.nextToCue),
    after_verb: flag(candidate.afterVerb),
    before_colon: flag(candidate.beforeColon),
    common_noun: flag(candidate.commonNoun),
    document_noun: flag(candidate.document),
    first_person: flag(candidate.firstPerson),
    another_is_own_subject: flag(setting.hasOwnSubject && !candidate.ownSubject),
    // A person object beside a partial quote is left unflagged: "Voters rejected Ruiz as “...”" must not hand the fragment to a bare common noun.
    object_of_verb: flag(candidate.governor === 'verb' && !(setting.kind === 'partial' && candidate.kind === 'person')),
    object_of_preposition: flag(candidate.governor === 'preposition'),
  };
  return FEATURE_NAMES.map((name) => values[name]);
}
